import { z } from '@hono/zod-openapi';
import { Text } from './common';
import { MarketInfo, MarketParam } from './markets';
import { Money } from './money';
import { ProductSummary, Tag } from './products';

const FacetValue = <T extends z.ZodType>(value: T) => z.object({ value, count: z.number().int() });

export const FacetCounts = z
  .object({
    category: z
      .array(FacetValue(z.string()).extend({ label: z.string(), parent: z.string().nullable() }))
      .optional()
      .openapi({ description: 'Per category slug: the products in it or below it (parents first)' }),
    brand: z.array(FacetValue(z.string())).optional(),
    tags: z.array(FacetValue(z.string())).optional(),
    in_stock: z.array(FacetValue(z.boolean())).optional(),
    price: z
      .array(z.object({ min_price: z.number(), max_price: z.number(), count: z.number().int() }))
      .optional()
      .openapi({ description: 'Bands of the 1-2-5 ladder that hold products, cheapest first; min_price and max_price are the filter values that select one' }),
  })
  .openapi('FacetCounts', {
    description: "Counts under the current filters, each facet's own filter left out (choosing a brand still counts the other brands)",
    example: { brand: [{ value: 'Acme', count: 120 }], price: [{ min_price: 20, max_price: 49.99, count: 310 }] },
  });
export type FacetCounts = z.infer<typeof FacetCounts>;

export const ProductList = z
  .object({ data: z.array(ProductSummary), next_cursor: z.string().nullable(), market: MarketInfo, facets: FacetCounts.optional() })
  .openapi('ProductList');

const FACET_NAMES = ['category', 'brand', 'tags', 'price', 'in_stock'] as const;

/** `facets=category,brand,…`: which facet counts to return beside the page. */
export const FacetsParam = z
  .string()
  .transform((s) => [...new Set(s.split(',').map((t) => t.trim()).filter(Boolean))])
  .pipe(z.array(z.enum(FACET_NAMES)).min(1))
  .openapi({ description: 'Comma-separated facets to count: category, brand, tags, price, in_stock', example: 'category,brand,price' });

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ProductSort = z.enum(['newest', 'price_asc', 'price_desc', 'name', 'relevance']);
export type ProductSort = z.infer<typeof ProductSort>;

export const ProductListQuery = z
  .object({
    category: Text(100).optional(),
    brand: Text(100).optional(),
    min_price: z.coerce.number().pipe(Money).optional(),
    max_price: z.coerce.number().pipe(Money).optional(),
    tags: z
      .string()
      .transform((s) => [...new Set(s.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(Tag).min(1).max(20))
      .optional()
      .openapi({ description: 'Comma-separated; a product matches if it has any of them', example: 'wireless,bluetooth' }),
    is_featured: boolParam.optional(),
    in_stock: boolParam.optional(),
    q: z.string().trim().min(1).max(200).optional().openapi({ description: 'Full-text search' }),
    sort: ProductSort.optional().openapi({ description: 'Default: relevance with q, else newest' }),
    include_inactive: boolParam.optional().openapi({ description: 'Admins only' }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().min(1).max(2048).optional(),
    market: MarketParam.optional(),
    facets: FacetsParam.optional(),
  })
  .strict()
  .refine((q) => q.min_price === undefined || q.max_price === undefined || q.min_price <= q.max_price, {
    path: ['min_price'],
    message: 'must not exceed max_price',
  })
  .refine((q) => q.sort !== 'relevance' || q.q !== undefined, { path: ['sort'], message: 'relevance needs q' });
export type ProductListQuery = z.infer<typeof ProductListQuery>;
