import { h } from '../lib/dom.js';
import { shop, unwrap } from '../lib/shop.js';
import { categoryDetail, categoryHref, categoryProducts, categoryTitle, loadCategories } from './categories.js';
import { featuredCollection } from './collections.js';
import { card, pagedGrid } from './grid.js';

/** `#/`: the first collection, featured products, then the newest. */
export async function homeView(_params, _query, view) {
  const [collection, featured, newest, categories] = await Promise.all([
    featuredCollection(),
    unwrap(shop.api.GET('/api/products', { params: { query: { is_featured: 'true', limit: 8 } } })).catch(() => ({ data: [] })),
    unwrap(shop.api.GET('/api/products', { params: { query: { limit: 12 } } })),
    loadCategories(),
  ]);
  view.replaceChildren(
    h('section', { class: 'hero-band' }, h('h1', {}, 'Everything for the road, the trail and the desk'), h('p', {}, 'Browse by category, or search for what you need.')),
    h('nav', { class: 'chips', 'aria-label': 'Categories' }, categories.map((c) => h('a', { href: c.href, class: 'chip' }, categoryTitle(c.name)))),
    collection,
    featured.data.length > 0 ? h('section', {}, h('h2', {}, 'Featured'), h('ul', { class: 'grid' }, featured.data.map(card))) : '',
    h('section', {}, h('h2', {}, 'New in'), h('ul', { class: 'grid', id: 'grid' }, newest.data.map(card))),
  );
}

const SORTS = [
  ['newest', 'Newest'],
  ['price_asc', 'Price: low to high'],
  ['price_desc', 'Price: high to low'],
  ['name', 'Name'],
];

/** `#/c/<category>?sort=`: one category's products. */
export async function categoryView({ name }, query, view) {
  const sort = SORTS.some(([v]) => v === query.get('sort')) ? query.get('sort') : 'newest';
  const select = h('select', { name: 'sort', 'aria-label': 'Sort by' }, SORTS.map(([v, label]) => h('option', { value: v, selected: v === sort }, label)));
  select.addEventListener('change', () => {
    location.hash = `${categoryHref(name)}?sort=${select.value}`;
  });
  const [grid, detail] = await Promise.all([
    pagedGrid((cursor) => categoryProducts(name, { cursor: cursor ?? undefined, sort }), h('p', { class: 'empty' }, 'Nothing in this category yet.')),
    categoryDetail(name),
  ]);
  const title = categoryTitle(detail?.name ?? name);
  const crumbs = (detail?.breadcrumb ?? []).flatMap((c) => [h('a', { href: categoryHref(c.slug) }, categoryTitle(c.name)), ' / ']);
  view.replaceChildren(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Home'), ' / ', ...crumbs, title),
    h('div', { class: 'title-row' }, h('h1', {}, title), select),
    ...(detail?.children.length ? [h('nav', { class: 'chips', 'aria-label': 'Subcategories' }, detail.children.map((c) => h('a', { href: categoryHref(c.slug), class: 'chip' }, categoryTitle(c.name))))] : []),
    grid,
  );
}

/**
 * `#/search?q=`: semantic search first; when it answers an error (it needs Supabase and OpenRouter, and
 * may be off), the catalogue's own full-text filter instead. No result: an empty state with a way on.
 */
export async function searchView(_params, query, view) {
  const q = (query.get('q') ?? '').trim();
  const input = document.querySelector('#search input[name="q"]');
  if (input && input.value !== q) input.value = q;
  if (!q) {
    view.replaceChildren(h('h1', {}, 'Search'), h('p', {}, 'Type what you are looking for in the search box.'));
    return;
  }
  let items;
  let source;
  try {
    const found = await unwrap(shop.api.GET('/api/search/products', { params: { query: { q } } }));
    items = found.data;
    source = `search${found.meta?.mode ? ` (${found.meta.mode})` : ''}`;
  } catch (err) {
    const page = await unwrap(shop.api.GET('/api/products', { params: { query: { q, limit: 24 } } }));
    items = page.data;
    source = `full-text (search unavailable: ${err.code ?? err.message})`;
  }
  const status = h('p', { id: 'search-status', class: 'status', role: 'status' }, `${items.length} result${items.length === 1 ? '' : 's'} for “${q}” · ${source}`);
  if (items.length === 0) {
    const categories = await loadCategories();
    view.replaceChildren(
      h('h1', {}, 'Search'),
      status,
      h(
        'div',
        { class: 'empty', id: 'search-empty' },
        h('h2', {}, `Nothing matches “${q}”`),
        h('p', {}, 'Check the spelling, try a more general word, or browse a category:'),
        h('nav', { class: 'chips' }, categories.map((c) => h('a', { href: c.href, class: 'chip' }, categoryTitle(c.name)))),
      ),
    );
    return;
  }
  view.replaceChildren(h('h1', {}, 'Search'), status, h('ul', { class: 'grid', id: 'grid' }, items.map(card)));
}
