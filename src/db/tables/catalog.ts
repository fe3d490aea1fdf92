import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Money, NullableJson, NullableMoney, NullableTimestamp, TextArray, Timestamp } from './columns';
import type { MarketPrice } from './markets';

// The catalogue: products, images, variants, categories, facet counts and collections.

export interface Dimensions {
  length: number;
  width: number;
  height: number;
}

export interface ProductsTable {
  id: Generated<number>;
  name: string;
  slug: string;
  description: string | null;
  short_description: string | null;
  sku: string;
  price_cents: Money;
  compare_at_price_cents: NullableMoney;
  cost_price_cents: NullableMoney;
  currency: Generated<string>;
  category: string | null;
  /** The primary category (migration 0016), kept from `category` by a trigger. */
  category_id: ColumnType<number | null, never, never>;
  /** Every category the product is in, primary first (GIN-indexed for the tree filter). */
  category_ids: ColumnType<number[], number[] | undefined, number[]>;
  /** Slugs of its categories and their ancestors, kept by triggers (migration 0021_category_slugs). */
  category_slugs: ColumnType<string[], never, never>;
  brand: string | null;
  tags: TextArray;
  stock_quantity: Generated<number>;
  low_stock_threshold: Generated<number>;
  weight: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  dimensions: NullableJson<Dimensions>;
  meta_title: string | null;
  meta_description: string | null;
  meta_keywords: TextArray;
  primary_image_url: string | null;
  is_active: Generated<boolean>;
  is_featured: Generated<boolean>;
  is_digital: Generated<boolean>;
  search_vector: ColumnType<string, never, never>;
  has_variants: ColumnType<boolean, never, never>;
  version: ColumnType<number, never, never>;
  /** Current price per market currency, kept by triggers (migration 0018): {"EUR": {amount, compare_at, source}}. */
  prices: ColumnType<Record<string, MarketPrice>, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  deleted_at: NullableTimestamp;
}

export interface ProductImagesTable {
  id: Generated<number>;
  product_id: number;
  url: string;
  public_id: string | null;
  alt_text: string | null;
  width: number | null;
  height: number | null;
  is_primary: Generated<boolean>;
  position: Generated<number>;
  version: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  format: string | null;
  bytes: number | null;
  created_at: CreatedAt;
}

export interface ProductVariantsTable {
  id: Generated<number>;
  product_id: number;
  sku: string;
  name: string;
  options: Json<Record<string, string>>;
  price_cents: NullableMoney;
  stock_quantity: Generated<number>;
  is_active: Generated<boolean>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CategoriesTable {
  id: Generated<number>;
  parent_id: number | null;
  slug: string;
  name: string;
  description: string | null;
  image_url: string | null;
  seo_title: string | null;
  seo_description: string | null;
  position: Generated<number>;
  /** Materialised path of ids, '/3/17/42/' (set by a trigger from parent_id). */
  path: ColumnType<string, never, never>;
  depth: ColumnType<number, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A facet cell: a currency, a price band and a set of facet values. */
interface FacetCellKey {
  currency: string;
  band: number;
  category_ids: number[];
  /** '' for products without a brand. */
  brand: string;
  tags: string[];
  in_stock: boolean;
  is_featured: boolean;
}

/** Listed products counted per facet cell (migration 0021, kept by triggers). */
export interface FacetCellsTable extends FacetCellKey {
  products: number;
}

/** A facet cell's products' prices, sorted (migration 0026_f). */
export interface FacetCellPricesTable extends FacetCellKey {
  amounts: string[];
}

/** Per listed product, what facet counts with a text query read (migration 0026_g). */
export interface FacetProductsTable {
  id: number;
  /** facet_kinds.id: the product's category set, brand, tag set, stock state and featured flag. */
  kind: number;
  search_vector: string;
  /** Price and price band by currency slot (facet_currencies.slot); null where it has no price. */
  amounts: (string | null)[];
  bands: (number | null)[];
}

export interface FacetKindsTable {
  id: Generated<number>;
  category_ids: number[];
  /** '' for products without a brand. */
  brand: string;
  tags: string[];
  in_stock: boolean;
  is_featured: boolean;
}

export interface FacetCurrenciesTable {
  code: string;
  slot: Generated<number>;
}

export interface CollectionsTable {
  id: Generated<number>;
  handle: string;
  title: string;
  description: string | null;
  image_url: string | null;
  seo_title: string | null;
  seo_description: string | null;
  kind: 'manual' | 'automatic';
  /** An automatic collection's rules (the API's CollectionRules); null for a manual one. */
  rules: ColumnType<CollectionRulesJson | null, string | null, string | null>;
  position: Generated<number>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Rules of an automatic collection as stored (the API's shape: prices as decimals in USD). */
export interface CollectionRulesJson {
  brand?: string;
  tags?: string[];
  min_price?: number;
  max_price?: number;
  category?: string;
  is_featured?: boolean;
  in_stock?: boolean;
}

export interface CollectionProductsTable {
  collection_id: number;
  product_id: number;
  position: number;
}
