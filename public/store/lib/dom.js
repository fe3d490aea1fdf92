/** Builds an element: `h('a', { href: '#/', class: 'x' }, 'text', child)`. Text is never parsed as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' && 'value' in el) el.value = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

/** `199.99` in the given currency, formatted for the visitor's locale. */
export function money(amount, currency = 'USD') {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
}

/** A date (ISO string) for people. */
export function date(iso) {
  return iso ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)) : '';
}

/** A status line: `status(el, 'Saved')`, `status(el, err, true)`. */
export function say(el, text, error = false) {
  el.textContent = text instanceof Error ? text.message : text;
  el.classList.toggle('error', error);
}

/** The fields of a form as a plain object of trimmed strings; empty fields left out. */
export function fields(form) {
  const out = {};
  for (const [key, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text) out[key] = text;
  }
  return out;
}

/** Disables a form's buttons while `work` runs (its fields stay enabled: disabled fields are left out of FormData). */
export async function busy(form, work) {
  const controls = [...form.querySelectorAll('button')].filter((c) => !c.disabled);
  for (const c of controls) c.disabled = true;
  try {
    return await work();
  } finally {
    for (const c of controls) c.disabled = false;
  }
}
