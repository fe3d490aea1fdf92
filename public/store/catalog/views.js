import { h } from '../lib/dom.js';
import { shop, unwrap } from '../lib/shop.js';
import { categoryDetail, categoryHref, categoryProducts, categoryTitle, loadCategories } from './categories.js';
import { featuredCollection } from './collections.js';
import { card, pagedGrid } from './grid.js';
import { choiceParams, choiceQuery, FACETS, facetPanel, readChoices } from './facets.js';

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

/** `#/c/<category>?sort=&brand=&tags=&price=&in_stock=`: one category's products, with facet checkboxes. */
export async function categoryView({ name }, query, view) {
  const sort = SORTS.some(([v]) => v === query.get('sort')) ? query.get('sort') : 'newest';
  const choices = readChoices(query);
  const select = h('select', { name: 'sort', 'aria-label': 'Sort by' }, SORTS.map(([v, label]) => h('option', { value: v, selected: v === sort }, label)));
  select.addEventListener('change', () => {
    location.hash = `${categoryHref(name)}?${choiceQuery(choices, { sort: select.value })}`;
  });
  // The first page brings the facet counts with it (one request, one statement).
  let first;
  const load = async (cursor) => {
    const page = await categoryProducts(name, { cursor: cursor ?? undefined, sort, ...choiceParams(choices), facets: cursor ? undefined : FACETS });
    first ??= page;
    return page;
  };
  const [grid, detail] = await Promise.all([pagedGrid(load, h('p', { class: 'empty' }, 'Nothing here matches.')), categoryDetail(name)]);
  const title = categoryTitle(detail?.name ?? name);
  const crumbs = (detail?.breadcrumb ?? []).flatMap((c) => [h('a', { href: categoryHref(c.slug) }, categoryTitle(c.name)), ' / ']);
  const panel = facetPanel(first?.facets, choices, first?.market?.currency ?? 'USD', (next) => {
    location.hash = `${categoryHref(name)}?${choiceQuery(next, { sort: sort === 'newest' ? undefined : sort })}`;
  });
  view.replaceChildren(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Home'), ' / ', ...crumbs, title),
    h('div', { class: 'title-row' }, h('h1', {}, title), select),
    ...(detail?.children.length ? [h('nav', { class: 'chips', 'aria-label': 'Subcategories' }, detail.children.map((c) => h('a', { href: categoryHref(c.slug), class: 'chip' }, categoryTitle(c.name))))] : []),
    h('div', { class: 'with-facets' }, panel, grid),
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
  const choices = readChoices(query);
  const chosen = Boolean(choices.brand || choices.tags.length || choices.price || choices.in_stock);
  let items;
  let source;
  let facets;
  let currency = 'USD';
  try {
    // Search ranks by meaning and words; once a facet is ticked, the catalogue's full text filters by it.
    if (chosen) throw Object.assign(new Error('filtered'), { code: 'filtered' });
    const found = await unwrap(shop.api.GET('/api/search/products', { params: { query: { q, facets: FACETS } } }));
    items = found.data;
    facets = found.facets;
    currency = found.meta?.market?.currency ?? currency;
    source = `search${found.meta?.mode ? ` (${found.meta.mode})` : ''}`;
  } catch (err) {
    const page = await unwrap(shop.api.GET('/api/products', { params: { query: { q, limit: 24, ...choiceParams(choices), facets: FACETS } } }));
    items = page.data;
    facets = page.facets;
    currency = page.market?.currency ?? currency;
    source = err.code === 'filtered' ? 'full-text, filtered' : `full-text (search unavailable: ${err.code ?? err.message})`;
  }
  const panel = facetPanel(facets, choices, currency, (next) => {
    location.hash = `#/search?${choiceQuery(next, { q })}`;
  });
  const status = h('p', { id: 'search-status', class: 'status', role: 'status' }, `${items.length} result${items.length === 1 ? '' : 's'} for “${q}” · ${source}`);
  if (items.length === 0 && !chosen) {
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
  view.replaceChildren(h('h1', {}, 'Search'), status, h('div', { class: 'with-facets' }, panel, h('ul', { class: 'grid', id: 'grid' }, items.map(card))));
}
