import type { Selectable } from 'kysely';
import { imageSizes, transformedUrl, TRANSFORMATIONS } from '../../catalog/image-urls';
import { fromCents } from '../../markets/money';
import { toDecimal } from '../../markets/currency';
import type { Product, ProductImage, ProductSummary } from '../../schemas/products';
import type { Variant } from '../../schemas/variants';
import type { ProductImagesTable, ProductsTable, ProductVariantsTable } from '../schema';

/** Rows read through json_agg carry timestamps as text; both shapes are accepted. */
type Loose<T> = { [K in keyof T]: T[K] extends Date ? Date | string : T[K] extends Date | null ? Date | string | null : T[K] };
type ProductRow = Selectable<ProductsTable>;
type ImageRow = Loose<Selectable<ProductImagesTable>>;
type VariantRow = Loose<Selectable<ProductVariantsTable>>;

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const money = (c: string | number | null) => (c === null ? null : fromCents(c));

/** The list columns; the detail adds the rest. */
export const SUMMARY_COLUMNS = [
  'id', 'name', 'slug', 'short_description', 'sku', 'price_cents', 'compare_at_price_cents', 'currency', 'category',
  'brand', 'tags', 'stock_quantity', 'primary_image_url', 'is_active', 'is_featured', 'is_digital', 'has_variants',
  'created_at', 'updated_at', 'prices', 'version',
] as const satisfies readonly (keyof ProductsTable)[];

export type SummaryRow = Pick<ProductRow, (typeof SUMMARY_COLUMNS)[number]>;

/**
 * The product's list price in a market currency (products.prices); without an entry (no rate, no
 * explicit price) the base price in the base currency.
 */
function priceIn(row: Pick<SummaryRow, 'prices' | 'price_cents' | 'compare_at_price_cents' | 'currency'>, currency: string | undefined) {
  const entry = currency ? row.prices?.[currency] : undefined;
  if (entry) {
    return { price: toDecimal(entry.amount, currency!), compare_at_price: entry.compare_at === null ? null : toDecimal(entry.compare_at, currency!), currency: currency! };
  }
  const base = row.currency.trim();
  return { price: toDecimal(row.price_cents, base), compare_at_price: row.compare_at_price_cents === null ? null : toDecimal(row.compare_at_price_cents, base), currency: base };
}

/** A list row as the API shows it, priced in `currency` (the market's). */
export function toSummary(row: SummaryRow, currency?: string): ProductSummary {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    short_description: row.short_description,
    sku: row.sku,
    ...priceIn(row, currency),
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

/** A variant's price in the market currency, resolved by line_price in the detail query. */
export interface VariantPrice {
  amount: string | number | null;
  currency: string;
}

export function toVariant(row: VariantRow, productPriceCents: string | number, market?: VariantPrice): Variant {
  const effective = market && market.amount !== null ? toDecimal(market.amount, market.currency) : fromCents(row.price_cents ?? productPriceCents);
  return {
    id: row.id,
    product_id: row.product_id,
    sku: row.sku,
    name: row.name,
    options: row.options,
    price: market ? (row.price_cents === null ? null : effective) : money(row.price_cents),
    effective_price: effective,
    stock_quantity: row.stock_quantity,
    in_stock: row.is_active && row.stock_quantity > 0,
    is_active: row.is_active,
    position: row.position,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

export function toProduct(row: ProductRow, images: ImageRow[], variants: (VariantRow & { market_amount?: string | number | null })[], admin: boolean, currency?: string): Product {
  return {
    ...toSummary(row, currency),
    description: row.description,
    ...(admin ? { cost_price: money(row.cost_price_cents) } : {}),
    weight: row.weight === null ? null : Number(row.weight),
    dimensions: row.dimensions as Product['dimensions'],
    meta_title: row.meta_title,
    meta_description: row.meta_description,
    meta_keywords: row.meta_keywords,
    version: row.version,
    images: images.map(toImage),
    variants: variants.map((v) => toVariant(v, row.price_cents, currency && v.market_amount !== undefined ? { amount: v.market_amount, currency } : undefined)),
  };
}
