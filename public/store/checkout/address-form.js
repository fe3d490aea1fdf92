import { h } from '../lib/dom.js';

const FIELDS = [
  ['first_name', 'First name', { autocomplete: 'given-name', maxlength: 100 }],
  ['last_name', 'Last name', { autocomplete: 'family-name', maxlength: 100 }],
  ['line1', 'Address', { autocomplete: 'address-line1', required: true, maxlength: 200 }],
  ['line2', 'Apartment, suite (optional)', { autocomplete: 'address-line2', maxlength: 200 }],
  ['city', 'City', { autocomplete: 'address-level2', required: true, maxlength: 100 }],
  ['region', 'State / region', { autocomplete: 'address-level1', maxlength: 100 }],
  ['postal_code', 'Postal code', { autocomplete: 'postal-code', required: true, maxlength: 20 }],
  ['country', 'Country (2 letters)', { autocomplete: 'country', required: true, minlength: 2, maxlength: 2, pattern: '[A-Za-z]{2}', value: 'US' }],
  ['phone', 'Phone (optional)', { autocomplete: 'tel', maxlength: 40 }],
];

/**
 * Address fields named `<prefix>.<field>` inside a fieldset; `read(form)` gives the PostalAddress the
 * API takes (empty optional fields left out).
 */
export function addressFields(prefix, legend) {
  const fieldset = h(
    'fieldset',
    { class: 'address', 'data-address': prefix },
    h('legend', {}, legend),
    FIELDS.map(([name, label, attrs]) => h('label', {}, label, h('input', { name: `${prefix}.${name}`, ...attrs, autocomplete: `section-${prefix} ${attrs.autocomplete}` }))),
  );
  return {
    fieldset,
    read() {
      const out = {};
      for (const [name] of FIELDS) {
        const value = fieldset.querySelector(`[name="${prefix}.${name}"]`).value.trim();
        if (value) out[name] = name === 'country' ? value.toUpperCase() : value;
      }
      return out;
    },
    /** Turns the fields' `required` on or off (off while a saved address is chosen instead). */
    setRequired(on) {
      fieldset.disabled = !on;
    },
  };
}

/** One line of an address, for lists. */
export function addressLine(a) {
  return [[a.first_name, a.last_name].filter(Boolean).join(' '), a.company, a.line1, a.line2, a.city, [a.region, a.postal_code].filter(Boolean).join(' '), a.country]
    .filter(Boolean)
    .join(', ');
}
