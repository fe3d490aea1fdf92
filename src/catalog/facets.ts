import { bandFloor, type FacetCountsRaw } from '../db/queries/facets';
import { toDecimal } from '../markets/currency';
import type { FacetCounts } from '../schemas/product-list';

/** Facet counts as the API shows them: price bands become the min_price / max_price that select them. */
export function toFacetCounts(raw: FacetCountsRaw, currency: string): FacetCounts {
  const { price, ...rest } = raw;
  if (!price) return rest;
  return {
    ...rest,
    price: price.map((b) => ({
      min_price: toDecimal(bandFloor(b.band), currency),
      max_price: toDecimal(bandFloor(b.band + 1) - 1, currency),
      count: b.count,
    })),
  };
}
