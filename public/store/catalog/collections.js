import { h } from '../lib/dom.js';
import { shop, unwrap } from '../lib/shop.js';
import { card, pagedGrid } from './grid.js';

// Collections from the API: the home page shows the first active one (by the admin's position), and
// `#/collections/<handle>` lists one whole, in its own order (a manual collection's list order).

/** The store's link to a collection. */
export const collectionHref = (handle) => `#/collections/${encodeURIComponent(handle)}`;

/** The first collection with its first products, as a home page section; '' when there is none. */
export async function featuredCollection(limit = 8) {
  const list = await unwrap(shop.api.GET('/api/collections', { params: { query: { limit: 1 } } })).catch(() => ({ data: [] }));
  const collection = list.data[0];
  if (!collection) return '';
  const page = await unwrap(
    shop.api.GET('/api/collections/{handle}/products', { params: { path: { handle: collection.handle }, query: { limit } } }),
  ).catch(() => ({ data: [] }));
  if (page.data.length === 0) return '';
  return h(
    'section',
    { id: 'collection', 'data-collection': collection.handle },
    h('div', { class: 'title-row' }, h('h2', {}, collection.title), h('a', { href: collectionHref(collection.handle), id: 'collection-all' }, 'See all')),
    collection.description ? h('p', { class: 'status' }, collection.description) : '',
    h('ul', { class: 'grid' }, page.data.map(card)),
  );
}

/** `#/collections/<handle>`: the collection's products, page by page, in its default order. */
export async function collectionView({ handle }, _query, view) {
  const collection = await unwrap(shop.api.GET('/api/collections/{handle}', { params: { path: { handle } } })).catch(() => null);
  if (!collection) {
    view.replaceChildren(h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Home')), h('h1', {}, 'Collection not found'));
    return;
  }
  const grid = await pagedGrid(
    (cursor) => unwrap(shop.api.GET('/api/collections/{handle}/products', { params: { path: { handle }, query: { limit: 24, cursor: cursor ?? undefined } } })),
    h('p', { class: 'empty' }, 'Nothing in this collection right now.'),
  );
  view.replaceChildren(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Home'), ' / ', collection.title),
    h('h1', {}, collection.title),
    collection.description ? h('p', { class: 'status' }, collection.description) : '',
    grid,
  );
}
