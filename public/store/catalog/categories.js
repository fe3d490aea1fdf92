import { shop, unwrap } from '../lib/shop.js';

// The category menu's source: the API's category tree (GET /api/categories, depth first). If that call
// fails, the distinct categories of the newest products stand in, as a flat list. A category page
// lists a category (and everything below it) through the product list's `category` filter, which
// takes the category's slug. Everything that knows where categories come from is in this file.

let menu;
const bySlug = new Map();

/** The category tree for the menu: `[{ name, slug, href, children }]`, roots first. */
export function loadCategories() {
  menu ??= unwrap(shop.api.GET('/api/categories'))
    .then((tree) => {
      const nodes = new Map();
      const roots = [];
      for (const c of tree.data) {
        const node = { name: c.name, slug: c.slug, href: categoryHref(c.slug), children: [] };
        nodes.set(c.id, node);
        bySlug.set(c.slug, node);
        (c.parent_id === null ? roots : (nodes.get(c.parent_id)?.children ?? roots)).push(node);
      }
      return roots;
    })
    .catch(() => fromProducts());
  return menu;
}

function fromProducts() {
  return unwrap(shop.api.GET('/api/products', { params: { query: { limit: 100 } } }))
    .then((page) => [...new Set(page.data.map((p) => p.category).filter(Boolean))].sort((a, b) => a.localeCompare(b)))
    .then((names) => names.map((name) => ({ name, slug: name, href: categoryHref(name), children: [] })))
    .catch(() => []);
}

/** The store's link to a category, by slug (or, from the fallback, by name). */
export function categoryHref(slug) {
  return `#/c/${encodeURIComponent(slug)}`;
}

/** A category's slug from its text (products carry their category's name or slug), as the API slugs it. */
export function categorySlugOf(text) {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100).replace(/-+$/g, '');
  return slug || 'category';
}

/** A category with its breadcrumb and children, or null when the API cannot say. */
export function categoryDetail(slug) {
  return unwrap(shop.api.GET('/api/categories/{slug}', { params: { path: { slug } } })).catch(() => null);
}

/** A page of the category's products (its subcategories' included): `{ data, next_cursor }`. */
export function categoryProducts(slug, { cursor, sort, ...filters } = {}) {
  return unwrap(shop.api.GET('/api/products', { params: { query: { category: slug, limit: 24, cursor, sort, ...filters } } }));
}

/** A category's display name, from the tree when it is loaded. */
export function categoryTitle(nameOrSlug) {
  const name = bySlug.get(nameOrSlug)?.name ?? nameOrSlug;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
