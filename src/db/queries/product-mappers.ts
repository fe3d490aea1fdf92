import type { Selectable } from 'kysely';
import { imageSizes, transformedUrl, TRANSFORMATIONS } from '../../lib/image-urls';
import { fromCents } from '../../lib/money';
import type { Product, ProductImage, ProductSummary, Variant } from '../../schemas/products';
import type { ProductImagesTable, ProductsTable, ProductVariantsTable } from '../schema';

/** Rows read through json_agg carry timestamps as text; both shapes are accepted. */
type Loose<T> = { [K in keyof T]: T[K] extends Date ? Date | string : T[K] extends Date | null ? Date | string | null : T[K] };
type ProductRow = Selectable<ProductsTable>;
type ImageRow = Loose<Selectable<ProductImagesTable>>;
type VariantRow = Loose<Selectable<ProductVariantsTable>>;

const iso = (d: Date | string) => new Date(d).toISOString();
const money = (c: string | number | null) => (c === null ? null : fromCents(c));

/** The list columns; the detail adds the rest. */
export const SUMMARY_COLUMNS = [
  'id', 'name', 'slug', 'short_description', 'sku', 'price_cents', 'compare_at_price_cents', 'currency', 'category',
  'brand', 'tags', 'stock_quantity', 'primary_image_url', 'is_active', 'is_featured', 'is_digital', 'has_variants',
  'created_at', 'updated_at',
] as const satisfies readonly (keyof ProductsTable)[];

export type SummaryRow = Pick<ProductRow, (typeof SUMMARY_COLUMNS)[number]>;

export function toSummary(row: SummaryRow): ProductSummary {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    short_description: row.short_description,
    sku: row.sku,
    price: fromCents(row.price_cents),
    compare_at_price: money(row.compare_at_price_cents),
    currency: row.currency.trim(),
    category: row.category,
    brand: row.brand,
    tags: row.tags,
    stock_quantity: row.stock_quantity,
    in_stock: row.stock_quantity > 0,
    primary_image_url: row.primary_image_url,
    thumbnail_url: row.primary_image_url ? transformedUrl(row.primary_image_url, TRANSFORMATIONS.thumbnail) : null,
    is_active: row.is_active,
    is_featured: row.is_featured,
    is_digital: row.is_digital,
    has_variants: row.has_variants,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

/** Image rows arrive as JSON (timestamps as text) from the detail query, or as rows from writes. */
export function toImage(row: Pick<ImageRow, 'id' | 'url' | 'public_id' | 'alt_text' | 'width' | 'height' | 'is_primary' | 'position'>): ProductImage {
  return {
    id: row.id,
    url: row.url,
    public_id: row.public_id,
    alt_text: row.alt_text,
    width: row.width,
    height: row.height,
    is_primary: row.is_primary,
    position: row.position,
    ...imageSizes(row.url),
  };
}

export function toVariant(row: VariantRow, productPriceCents: string | number): Variant {
  return {
    id: row.id,
    product_id: row.product_id,
    sku: row.sku,
    name: row.name,
    options: row.options,
    price: money(row.price_cents),
    effective_price: fromCents(row.price_cents ?? productPriceCents),
    stock_quantity: row.stock_quantity,
    in_stock: row.is_active && row.stock_quantity > 0,
    is_active: row.is_active,
    position: row.position,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

export function toProduct(row: ProductRow, images: ImageRow[], variants: VariantRow[], admin: boolean): Product {
  return {
    ...toSummary(row),
    description: row.description,
    ...(admin ? { cost_price: money(row.cost_price_cents) } : {}),
    weight: row.weight === null ? null : Number(row.weight),
    dimensions: row.dimensions as Product['dimensions'],
    meta_title: row.meta_title,
    meta_description: row.meta_description,
    meta_keywords: row.meta_keywords,
    version: row.version,
    images: images.map(toImage),
    variants: variants.map((v) => toVariant(v, row.price_cents)),
  };
}
