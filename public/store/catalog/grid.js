import { h, money } from '../lib/dom.js';

/** A product card linking to its page. */
export function card(p) {
  const image = p.thumbnail_url ?? p.primary_image_url;
  return h(
    'li',
    { class: 'card' },
    h(
      'a',
      { href: `#/p/${encodeURIComponent(p.slug)}`, 'data-product-id': p.id },
      image ? h('img', { src: image, alt: '', width: 150, height: 150, loading: 'lazy' }) : h('span', { class: 'placeholder' }),
      h('span', { class: 'name' }, p.name),
      h(
        'span',
        { class: 'price' },
        money(p.price, p.currency),
        p.compare_at_price > p.price ? h('s', { class: 'was' }, money(p.compare_at_price, p.currency)) : null,
      ),
      h('span', { class: p.in_stock ? 'stock' : 'stock out' }, p.in_stock ? (p.has_variants ? 'Several options' : 'In stock') : 'Out of stock'),
    ),
  );
}

/**
 * A product grid fed page by page: `load(cursor)` answers `{ data, next_cursor }`. Shows `empty` when the
 * first page has nothing, and a "More" button while there is a next page.
 */
export async function pagedGrid(load, empty) {
  const list = h('ul', { class: 'grid', id: 'grid' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More products');
  const wrap = h('div', { class: 'paged' }, list, more);
  let cursor = null;
  const next = async () => {
    more.disabled = true;
    const page = await load(cursor);
    list.append(...page.data.map(card));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    more.disabled = false;
    return page;
  };
  more.addEventListener('click', () => void next());
  const first = await next();
  if (first.data.length === 0) return empty;
  return wrap;
}
