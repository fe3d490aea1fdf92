import { h } from '../lib/dom.js';
import { shop, unwrap } from '../lib/shop.js';
import { categoryHref } from './categories.js';

// Typeahead under the search box: GET /api/search/suggest as the visitor types, the typed part of each
// suggestion marked. A suggestion is a link: a product or category opens it, a brand or an earlier
// query searches for it. Answers that arrive after a newer keystroke are dropped.

const LINKS = {
  product: (s) => `#/p/${encodeURIComponent(s.slug)}`,
  category: (s) => categoryHref(s.slug),
  brand: (s) => `#/search?q=${encodeURIComponent(s.text)}`,
  query: (s) => `#/search?q=${encodeURIComponent(s.text)}`,
};
const LABELS = { product: 'Product', category: 'Category', brand: 'Brand', query: 'Search' };

/** The text with its highlighted spans in <mark>. */
function marked(text, spans) {
  const parts = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Attaches the typeahead to the search form's input. */
export function attachSuggest(form) {
  const input = form.querySelector('input[name="q"]');
  const list = h('ul', { id: 'suggestions', class: 'suggestions', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
  form.append(list);
  let latest = 0;
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
  };
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) return close();
    const found = await unwrap(shop.api.GET('/api/search/suggest', { params: { query: { q } } })).catch(() => ({ data: [] }));
    if (ticket !== latest) return;
    if (found.data.length === 0) return close();
    list.replaceChildren(
      ...found.data.map((s) =>
        h('li', { role: 'option' }, h('a', { href: LINKS[s.type](s), 'data-type': s.type }, h('small', {}, LABELS[s.type]), ' ', marked(s.text, s.highlights))),
      ),
    );
    list.hidden = false;
  });
  list.addEventListener('click', () => close());
  form.addEventListener('submit', () => close());
  window.addEventListener('hashchange', () => close());
}
