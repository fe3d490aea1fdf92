import { z } from '@hono/zod-openapi';
import { changesSomething, INT4_MAX, NOTHING_TO_CHANGE, Text, Timestamp } from './common';
import { MarketInfo } from './markets';
import { Money } from './money';
import { Sku, Variant } from './variants';

const Slug = z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes').max(120);
/** A product tag or meta keyword, as stored: trimmed and lowercase. */
export const Tag = z.string().trim().toLowerCase().min(1).max(40);
const Positive = z.number().positive().max(100_000);

export const Dimensions = z
  .object({ length: Positive, width: Positive, height: Positive })
  .strict()
  .openapi('Dimensions', { example: { length: 30, width: 20, height: 10 } });

export const ImageInput = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    public_id: z.string().max(255).optional(),
    alt_text: Text(300).optional(),
    width: z.number().int().positive().max(INT4_MAX).optional(),
    height: z.number().int().positive().max(INT4_MAX).optional(),
    is_primary: z.boolean().default(false),
  })
  .strict()
  .openapi('ImageInput', {
    example: { url: 'https://res.cloudinary.com/demo/image/upload/v1764057600/products/3f9c2d1e.jpg', public_id: 'products/3f9c2d1e', alt_text: 'Headphones, side view', width: 1200, height: 900, is_primary: true },
  });

const productFields = {
  name: Text(200),
  slug: Slug.optional(),
  description: z.string().trim().max(20_000).nullish(),
  short_description: z.string().trim().max(500).nullish(),
  sku: Sku,
  price: Money,
  compare_at_price: Money.nullish(),
  cost_price: Money.nullish(),
  category: Text(100).nullish(),
  brand: Text(100).nullish(),
  tags: z.array(Tag).max(50),
  stock_quantity: z.number().int().min(0).max(10_000_000),
  weight: z.number().min(0).max(100_000).nullish().openapi({ description: 'Kilograms' }),
  dimensions: Dimensions.nullish(),
  meta_title: Text(200).nullish(),
  meta_description: Text(500).nullish(),
  meta_keywords: z.array(Tag).max(50),
  is_active: z.boolean(),
  is_featured: z.boolean(),
  is_digital: z.boolean(),
};

/** Image rules shared by create and update: at least one, exactly one primary, its URL mirrored. */
function checkImages(
  body: { images?: { url: string; is_primary: boolean }[]; primary_image_url?: string | null },
  ctx: z.RefinementCtx,
) {
  if (!body.images) return;
  const primaries = body.images.filter((i) => i.is_primary);
  if (primaries.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['images'], message: `exactly one image must have is_primary: true (found ${primaries.length})` });
  } else if (body.primary_image_url !== undefined && body.primary_image_url !== primaries[0]!.url) {
    ctx.addIssue({ code: 'custom', path: ['primary_image_url'], message: "must equal the primary image's url" });
  }
}

export const ProductCreate = z
  .object({
    ...productFields,
    tags: productFields.tags.default([]),
    stock_quantity: productFields.stock_quantity.default(0),
    meta_keywords: productFields.meta_keywords.default([]),
    is_active: productFields.is_active.default(true),
    is_featured: productFields.is_featured.default(false),
    is_digital: productFields.is_digital.default(false),
    primary_image_url: z.url({ protocol: /^https?$/ }),
    images: z.array(ImageInput).min(1, 'at least one image is required').max(20),
  })
  .strict()
  .superRefine(checkImages)
  .openapi('ProductCreate', {
    example: {
      name: 'Wireless Bluetooth Headphones',
      description: 'High-quality wireless headphones with noise cancellation',
      short_description: 'Premium wireless headphones',
      sku: 'WBH-001',
      price: 199.99,
      compare_at_price: 249.99,
      cost_price: 120,
      category: 'electronics',
      brand: 'AudioTech',
      tags: ['wireless', 'bluetooth', 'headphones'],
      stock_quantity: 50,
      weight: 0.25,
      dimensions: { length: 20, width: 18, height: 8 },
      meta_title: 'Wireless Bluetooth Headphones | AudioTech',
      meta_description: 'Premium wireless headphones with active noise cancellation',
      primary_image_url: 'https://res.cloudinary.com/demo/image/upload/v1/products/wbh-001.jpg',
      images: [{ url: 'https://res.cloudinary.com/demo/image/upload/v1/products/wbh-001.jpg', alt_text: 'Headphones', is_primary: true }],
      is_featured: true,
    },
  });
export type ProductCreate = z.infer<typeof ProductCreate>;

export const ProductUpdate = z
  .object({
    ...productFields,
    primary_image_url: z.url({ protocol: /^https?$/ }),
    images: z.array(ImageInput).min(1, 'at least one image is required').max(20),
  })
  .partial()
  .strict()
  .superRefine((body, ctx) => {
    if (body.primary_image_url !== undefined && body.images === undefined) {
      ctx.addIssue({ code: 'custom', path: ['primary_image_url'], message: 'change the primary image with PUT /api/products/{id}/images/{image_id}, or send images too' });
    }
    checkImages(body, ctx);
  })
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('ProductUpdate');
export type ProductUpdate = z.infer<typeof ProductUpdate>;

export const ProductImage = z
  .object({
    id: z.number().int(),
    url: z.string(),
    public_id: z.string().nullable(),
    alt_text: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    is_primary: z.boolean(),
    position: z.number().int(),
    thumbnail_url: z.string(),
    medium_url: z.string(),
    large_url: z.string(),
  })
  .openapi('ProductImage', {
    example: {
      id: 17,
      url: 'https://res.cloudinary.com/demo/image/upload/v1764057600/products/3f9c2d1e.jpg',
      public_id: 'products/3f9c2d1e',
      alt_text: 'Headphones, side view',
      width: 1200,
      height: 900,
      is_primary: true,
      position: 0,
      thumbnail_url: 'https://res.cloudinary.com/demo/image/upload/c_thumb,w_150,h_150,g_auto/f_auto,q_auto/v1764057600/products/3f9c2d1e.jpg',
      medium_url: 'https://res.cloudinary.com/demo/image/upload/c_fit,w_400,h_400/f_auto,q_auto/v1764057600/products/3f9c2d1e.jpg',
      large_url: 'https://res.cloudinary.com/demo/image/upload/c_fit,w_800,h_800/f_auto,q_auto/v1764057600/products/3f9c2d1e.jpg',
    },
  });
export type ProductImage = z.infer<typeof ProductImage>;

const summaryShape = {
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  short_description: z.string().nullable(),
  sku: z.string(),
  price: z.number(),
  compare_at_price: z.number().nullable(),
  currency: z.string(),
  category: z.string().nullable(),
  brand: z.string().nullable(),
  tags: z.array(z.string()),
  stock_quantity: z.number().int(),
  in_stock: z.boolean(),
  primary_image_url: z.string().nullable(),
  thumbnail_url: z.string().nullable(),
  is_active: z.boolean(),
  is_featured: z.boolean(),
  is_digital: z.boolean(),
  has_variants: z.boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
};

export const ProductSummary = z.object(summaryShape).openapi('ProductSummary');
export type ProductSummary = z.infer<typeof ProductSummary>;

export const Product = z
  .object({
    ...summaryShape,
    description: z.string().nullable(),
    cost_price: z.number().nullable().optional().openapi({ description: 'Admins only' }),
    weight: z.number().nullable(),
    dimensions: Dimensions.nullable(),
    meta_title: z.string().nullable(),
    meta_description: z.string().nullable(),
    meta_keywords: z.array(z.string()),
    version: z.number().int(),
    images: z.array(ProductImage),
    variants: z.array(Variant),
    market: MarketInfo.optional().openapi({ description: 'The market the prices are in (reads; writes answer in the base currency)' }),
  })
  .openapi('Product');
export type Product = z.infer<typeof Product>;
