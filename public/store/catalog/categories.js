import { shop, unwrap } from '../lib/shop.js';

// The category menu's source. The catalogue keeps one category name per product, so the menu is the
// distinct categories of the newest products; the category page lists a category through the product
// list's `category` filter. Everything that knows where categories come from is in this file.

let menu;

/** The categories to show in the menu: `[{ name, href }]`, sorted by name. */
export function loadCategories() {
  menu ??= unwrap(shop.api.GET('/api/products', { params: { query: { limit: 100 } } }))
    .then((page) => [...new Set(page.data.map((p) => p.category).filter(Boolean))].sort((a, b) => a.localeCompare(b)))
    .then((names) => names.map((name) => ({ name, href: categoryHref(name) })))
    .catch(() => []);
  return menu;
}

/** The store's link to a category. */
export function categoryHref(name) {
  return `#/c/${encodeURIComponent(name)}`;
}

/** A page of the category's products: `{ data, next_cursor }`. */
export function categoryProducts(name, { cursor, sort } = {}) {
  return unwrap(shop.api.GET('/api/products', { params: { query: { category: name, limit: 24, cursor, sort } } }));
}

/** A category's display name. */
export function categoryTitle(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
