import { api } from './api.js';
import { h, money, stockLabel } from './dom.js';

const PAGE = 24;

/**
 * Products for the grid. With a query, semantic search first; when it answers an error (it needs
 * Supabase and OpenRouter, and may be off), the catalogue's own full-text filter instead.
 */
export async function findProducts(q) {
  if (!q) {
    const page = await api(`/api/products?limit=${PAGE}`);
    return { items: page.data, source: 'newest first' };
  }
  const query = encodeURIComponent(q);
  try {
    const found = await api(`/api/search/products?q=${query}`);
    return { items: found.data, source: `search${found.meta?.mode ? ` (${found.meta.mode})` : ''}` };
  } catch (err) {
    const page = await api(`/api/products?q=${query}&limit=${PAGE}`);
    return { items: page.data, source: `full-text (search unavailable: ${err.code ?? err.message})` };
  }
}

/** Fills the grid with product cards linking to the product view. */
export function renderGrid(list, items) {
  list.replaceChildren(
    ...items.map((p) =>
      h(
        'li',
        { class: 'card' },
        h(
          'a',
          { href: `#/product/${p.id}`, 'data-product-id': p.id },
          p.thumbnail_url || p.primary_image_url
            ? h('img', { src: p.thumbnail_url ?? p.primary_image_url, alt: '', width: 150, height: 150, loading: 'lazy' })
            : h('span', { class: 'placeholder' }),
          h('span', { class: 'name' }, p.name),
          h('span', { class: 'price' }, money(p.price, p.currency)),
          h('span', { class: p.in_stock ?? p.stock_quantity > 0 ? 'stock' : 'stock out' }, stockLabel(p.stock_quantity)),
        ),
      ),
    ),
  );
}
