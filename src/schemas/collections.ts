import { z } from '@hono/zod-openapi';
import { changesSomething, Id, NOTHING_TO_CHANGE, Text, Timestamp } from './common';
import { MarketParam } from './markets';
import { Money } from './money';
import { PageQuery } from './pagination';

const Handle = z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes').max(120);
const Tag = z.string().trim().toLowerCase().min(1).max(40);

/** The most products a manual collection lists (every sort but `manual` orders them all). */
export const MAX_COLLECTION_PRODUCTS = 5_000;

export const CollectionRules = z
  .object({
    brand: Text(100).optional().openapi({ description: 'The brand, exactly' }),
    tags: z.array(Tag).min(1).max(20).optional().openapi({ description: 'Any of these tags' }),
    min_price: Money.optional().openapi({ description: 'In USD, against the current price (sales included); in another market, converted to its currency as a price is (the admin’s rate and rounding)' }),
    max_price: Money.optional().openapi({ description: 'In USD, as min_price' }),
    category: Handle.optional().openapi({ description: 'A category slug: the category and its descendants' }),
    is_featured: z.boolean().optional(),
    in_stock: z.boolean().optional(),
  })
  .strict()
  .refine(changesSomething, { message: 'give at least one rule' })
  .refine((r) => r.min_price === undefined || r.max_price === undefined || r.min_price <= r.max_price, {
    path: ['min_price'],
    message: 'must not exceed max_price',
  })
  .openapi('CollectionRules', {
    description: 'Every rule given must hold (AND); a product matches `tags` when it has any of them',
    example: { category: 'outdoors', max_price: 50, in_stock: true },
  });
export type CollectionRules = z.infer<typeof CollectionRules>;

export const CollectionKind = z.enum(['manual', 'automatic']);

export const Collection = z
  .object({
    id: z.number().int(),
    handle: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    image_url: z.string().nullable(),
    seo_title: z.string().nullable(),
    seo_description: z.string().nullable(),
    kind: CollectionKind,
    rules: CollectionRules.nullable().openapi({ description: 'An automatic collection’s rules; null for a manual one' }),
    position: z.number().int().openapi({ description: 'Order in the list of collections (then id)' }),
    is_active: z.boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Collection', {
    example: {
      id: 3, handle: 'trail-ready', title: 'Trail ready', description: 'Everything for a day out', image_url: null,
      seo_title: 'Trail gear', seo_description: null, kind: 'automatic', rules: { category: 'outdoors', in_stock: true },
      position: 0, is_active: true, created_at: '2026-11-28T10:00:00.000Z', updated_at: '2026-11-28T10:00:00.000Z',
    },
  });
export type Collection = z.infer<typeof Collection>;

export const CollectionList = z
  .object({ data: z.array(Collection), next_cursor: z.string().nullable() })
  .openapi('CollectionList');

const fields = {
  title: Text(200),
  handle: Handle,
  description: z.string().trim().max(5_000).nullable(),
  image_url: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
  seo_title: Text(200).nullable(),
  seo_description: Text(500).nullable(),
  rules: CollectionRules,
  position: z.number().int().min(0).max(100_000),
  is_active: z.boolean(),
};

const ProductIds = z
  .array(Id)
  .max(MAX_COLLECTION_PRODUCTS)
  .refine((ids) => new Set(ids).size === ids.length, 'a product may appear once')
  .openapi({ description: 'Product ids in the order shown (the manual order)', example: [12, 7, 31] });

export const CollectionCreate = z
  .object({
    ...fields,
    handle: fields.handle.optional().openapi({ description: 'Default: from the title' }),
    kind: CollectionKind.default('manual').openapi({ description: 'Fixed once created' }),
    rules: fields.rules.optional().openapi({ description: 'Required for an automatic collection, refused for a manual one' }),
    product_ids: ProductIds.optional().openapi({ description: 'A manual collection’s first products, in order' }),
    description: fields.description.optional(),
    image_url: fields.image_url.optional(),
    seo_title: fields.seo_title.optional(),
    seo_description: fields.seo_description.optional(),
    position: fields.position.default(0),
    is_active: fields.is_active.default(true),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.kind === 'automatic' && !body.rules) ctx.addIssue({ code: 'custom', path: ['rules'], message: 'an automatic collection needs rules' });
    if (body.kind === 'manual' && body.rules) ctx.addIssue({ code: 'custom', path: ['rules'], message: 'a manual collection has no rules' });
    if (body.kind === 'automatic' && body.product_ids) ctx.addIssue({ code: 'custom', path: ['product_ids'], message: 'an automatic collection’s products come from its rules' });
  })
  .openapi('CollectionCreate', {
    example: { title: 'Staff picks', kind: 'manual', product_ids: [12, 7, 31], description: 'What we use ourselves' },
  });
export type CollectionCreate = z.infer<typeof CollectionCreate>;

export const CollectionUpdate = z
  .object(fields)
  .partial()
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('CollectionUpdate', {
    description: '`rules` replaces an automatic collection’s rules (a manual one has none: 422); the kind is fixed',
    example: { title: 'Trail ready', rules: { category: 'outdoors', max_price: 80 } },
  });
export type CollectionUpdate = z.infer<typeof CollectionUpdate>;

export const CollectionProductsSet = z
  .object({ product_ids: ProductIds })
  .strict()
  .openapi('CollectionProductsSet', { description: 'The whole list, in order: products left out leave the collection' });

export const CollectionProductsResult = z
  .object({ collection_id: z.number().int(), product_ids: z.array(z.number().int()) })
  .openapi('CollectionProductsResult', { example: { collection_id: 3, product_ids: [12, 7, 31] } });

export const CollectionSort = z.enum(['manual', 'newest', 'price_asc', 'price_desc', 'name']);
export type CollectionSort = z.infer<typeof CollectionSort>;

export const CollectionProductsQuery = PageQuery.extend({
  sort: CollectionSort.optional().openapi({ description: 'Default: manual (the list’s order) for a manual collection, newest for an automatic one; `manual` is for manual collections only' }),
  market: MarketParam.optional(),
}).strict();

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CollectionListQuery = PageQuery.extend({
  include_inactive: boolParam.optional().openapi({ description: 'Admins only' }),
}).strict();

export const CollectionHandleParam = z.object({
  handle: z.string().min(1).max(120).openapi({ param: { name: 'handle', in: 'path' }, example: 'staff-picks' }),
});
