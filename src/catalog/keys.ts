// Redis keys of the catalogue cache. Versions are counters (INCR); a missing one reads as 0.

/** Bumped by changes that touch every price (sale windows, rates): every entry depends on it. */
export const GLOBAL_VERSION = 'catalog:version';
/** Bumped by every catalogue write: a fill is stored only if it has not moved since its lookup. */
export const WRITES = 'catalog:writes';
/** Bumped by every product write: lists and search results depend on it. */
export const LISTS_TAG = 'catalog:tag:lists';
/** Bumped when a product's stock crosses zero: lists filtered on `in_stock` depend on it. */
export const STOCK_TAG = 'catalog:tag:stock';
/** Bumped by a write to the product: its pages (by id and by slug, in every market) depend on it. */
export const productTag = (id: number) => `catalog:tag:p:${id}`;

/** Bumped by every collection write: the list of collections depends on it. */
export const COLLECTIONS_TAG = 'catalog:tag:collections';
/** Bumped by a write to the collection (its fields, rules or products): its answers depend on it. */
export const collectionTag = (id: number) => `catalog:tag:c:${id}`;

/** A stock slot's id: `p<product id>` or `v<variant id>`. */
export const stockId = (productId: number, variantId: number | null) => (variantId === null ? `p${productId}` : `v${variantId}`);
/** Where a stock level lives: `<version>:<quantity>`, the version being the product row's. */
export const STOCK_PREFIX = 'catalog:stock:';

/** Stock levels outlive the entries that show them (they are refreshed by every fill and every change). */
export const STOCK_TTL_SECONDS = 86_400;
export const CATALOG_TTL_SECONDS = 300;
