// The catalogue cache lives in src/catalog/ (cache.ts, stock.ts, edge.ts); this path is kept for code
// written against it before the move.
export { CATALOG_TTL_SECONDS, CatalogCache } from '../catalog/cache';
