import { h, money } from '../lib/dom.js';

// Facet checkboxes beside a product grid: the counts come with the page (`facets=` on the list), each
// facet's count leaving its own choice out, so ticking a brand still shows what the others would add.
// The choices live in the hash's query (`?brand=&tags=a,b&price=20-49.99&in_stock=true`).

export const FACETS = 'brand,tags,price,in_stock';

/** The facet choices in a route's query. */
export function readChoices(query) {
  const price = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(query.get('price') ?? '');
  return {
    brand: query.get('brand') || undefined,
    tags: (query.get('tags') ?? '').split(',').filter(Boolean),
    price: price ? { min: Number(price[1]), max: Number(price[2]) } : undefined,
    in_stock: query.get('in_stock') === 'true',
  };
}

/** The list's query parameters for the choices. */
export function choiceParams(c) {
  return {
    brand: c.brand,
    tags: c.tags.length ? c.tags.join(',') : undefined,
    min_price: c.price?.min,
    max_price: c.price?.max,
    in_stock: c.in_stock ? 'true' : undefined,
  };
}

/** The route query string for the choices (and the extra keys, such as sort or q). */
export function choiceQuery(c, extra = {}) {
  const q = new URLSearchParams(Object.entries(extra).filter(([, v]) => v));
  if (c.brand) q.set('brand', c.brand);
  if (c.tags.length) q.set('tags', c.tags.join(','));
  if (c.price) q.set('price', `${c.price.min}-${c.price.max}`);
  if (c.in_stock) q.set('in_stock', 'true');
  return q.toString();
}

const box = (name, label, count, checked, onChange) => {
  const input = h('input', { type: 'checkbox', name, checked, 'data-count': count });
  input.addEventListener('change', () => onChange(input.checked));
  return h('li', {}, h('label', {}, input, h('span', {}, label), h('span', { class: 'facet-count' }, `(${count})`)));
};

/**
 * The facet panel: `go(choices)` is called with the new choices when a box is ticked or cleared.
 * Brand and price take one value each (the list filters on one), tags any number.
 */
export function facetPanel(facets, choices, currency, go) {
  if (!facets) return '';
  const group = (title, id, items) =>
    items.length ? h('fieldset', { class: 'facet', id: `facet-${id}` }, h('legend', {}, title), h('ul', {}, items)) : '';
  const brand = (facets.brand ?? []).map((b) =>
    box('brand', b.value, b.count, choices.brand === b.value, (on) => go({ ...choices, brand: on ? b.value : undefined })),
  );
  const tags = (facets.tags ?? []).map((t) =>
    box('tag', t.value, t.count, choices.tags.includes(t.value), (on) =>
      go({ ...choices, tags: on ? [...choices.tags, t.value] : choices.tags.filter((x) => x !== t.value) }),
    ),
  );
  const price = (facets.price ?? []).map((p) =>
    box('price', `${money(p.min_price, currency)} – ${money(p.max_price, currency)}`, p.count, choices.price?.min === p.min_price && choices.price?.max === p.max_price, (on) =>
      go({ ...choices, price: on ? { min: p.min_price, max: p.max_price } : undefined }),
    ),
  );
  const inStock = (facets.in_stock ?? []).filter((s) => s.value === true).map((s) =>
    box('in_stock', 'In stock only', s.count, choices.in_stock, (on) => go({ ...choices, in_stock: on })),
  );
  return h('aside', { class: 'facets', id: 'facets', 'aria-label': 'Filters' }, group('Availability', 'in_stock', inStock), group('Brand', 'brand', brand), group('Price', 'price', price), group('Tags', 'tags', tags));
}
