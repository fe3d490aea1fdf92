import type { ColumnType, Generated, JSONColumnType } from 'kysely';

// Kysely table types. The Neon driver returns int8 and numeric as strings and timestamps as Date.

/** bigint money column (minor units): read as string, written as number or string. */
type Money = ColumnType<string, number | string | bigint, number | string | bigint>;
type NullableMoney = ColumnType<string | null, number | string | bigint | null | undefined, number | string | bigint | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T extends object> = JSONColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
export type Role = 'customer' | 'staff' | 'admin';
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface AddressJson {
  first_name?: string | null;
  last_name?: string | null;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postal_code: string;
  country: string;
  phone?: string | null;
}

export interface Dimensions {
  length: number;
  width: number;
  height: number;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  username: string | null;
  password_hash: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  date_of_birth: ColumnType<Date | null, string | null | undefined, string | null>;
  shipping_address: NullableJson<AddressJson>;
  billing_address: NullableJson<AddressJson>;
  preferred_currency: Generated<string>;
  preferred_language: Generated<string>;
  newsletter_subscribed: Generated<boolean>;
  marketing_emails: Generated<boolean>;
  is_active: Generated<boolean>;
  is_admin: Generated<boolean>;
  /** Kept in step with is_admin by a trigger (migration 0017). */
  role: ColumnType<Role, Role | undefined, Role>;
  is_verified: Generated<boolean>;
  verification_token_hash: string | null;
  verification_token_expires_at: NullableTimestamp;
  last_login: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AddressesTable {
  id: Generated<number>;
  user_id: number;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string;
  country: string;
  phone: string | null;
  is_default_shipping: Generated<boolean>;
  is_default_billing: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
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

export interface CartsTable {
  id: Generated<number>;
  user_id: number | null;
  token_hash: string | null;
  /** A market handle; null for carts from before markets. */
  market: string | null;
  currency: Generated<string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  expires_at: NullableTimestamp;
}

export interface CartItemsTable {
  id: Generated<number>;
  cart_id: number;
  product_id: number;
  variant_id: number | null;
  quantity: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type OrderStatus = 'pending' | 'confirmed' | 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'refunded';
export type PaymentStatus = 'pending' | 'authorized' | 'paid' | 'failed' | 'refunded' | 'voided';
export type FulfillmentStatus = 'unfulfilled' | 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'returned';

export interface OrdersTable {
  id: Generated<number>;
  order_number: string;
  user_id: number | null;
  email: string | null;
  status: ColumnType<OrderStatus, OrderStatus | undefined, OrderStatus>;
  payment_status: ColumnType<PaymentStatus, PaymentStatus | undefined, PaymentStatus>;
  fulfillment_status: ColumnType<FulfillmentStatus, FulfillmentStatus | undefined, FulfillmentStatus>;
  currency: Generated<string>;
  subtotal_cents: Money;
  discount_amount_cents: Money;
  shipping_amount_cents: Money;
  tax_amount_cents: Money;
  total_amount_cents: Money;
  discount_code: string | null;
  shipping_method: string | null;
  shipping_address: NullableJson<AddressJson>;
  billing_address: NullableJson<AddressJson>;
  carrier: string | null;
  tracking_number: string | null;
  estimated_delivery: NullableTimestamp;
  actual_delivery: NullableTimestamp;
  shipped_at: NullableTimestamp;
  payment_method: string | null;
  payment_id: string | null;
  paid_at: NullableTimestamp;
  notes: string | null;
  /** Derived from payment_transactions by payment_apply; never written elsewhere. */
  payment_provider: ColumnType<'stripe' | 'manual' | null, never, never>;
  payment_intent_id: ColumnType<string | null, never, never>;
  amount_authorized_cents: ColumnType<string, never, never>;
  amount_captured_cents: ColumnType<string, never, never>;
  amount_refunded_cents: ColumnType<string, never, never>;
  restocked_at: ColumnType<Date | null, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The payment ledger: append-only (a trigger refuses updates and deletes). */
export interface PaymentTransactionsTable {
  id: Generated<string>;
  order_id: number;
  provider: 'stripe' | 'manual';
  kind: 'authorize' | 'capture' | 'refund' | 'void' | 'failure';
  amount_cents: Money;
  currency: string;
  reference: string;
  event_id: string | null;
  note: string | null;
  actor_user_id: number | null;
  created_at: CreatedAt;
}

/** Stripe event ids seen, each applied once. */
export interface StripeEventsTable {
  id: string;
  type: string;
  received_at: CreatedAt;
}

/** The PaymentIntent of a card order; the client secret lives here, never in the order row. */
export interface PaymentIntentsTable {
  order_id: number;
  provider: Generated<string>;
  intent_id: string;
  client_secret: string;
  status: string;
  status_at: Generated<string>;
  capture_method: string;
  amount_cents: Money;
  currency: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OrderItemsTable {
  id: Generated<number>;
  order_id: number;
  product_id: number | null;
  variant_id: number | null;
  product_name: string;
  sku: string;
  variant_name: string | null;
  unit_price_cents: Money;
  quantity: number;
  total_price_cents: Money;
  created_at: CreatedAt;
}

export interface OrderEventsTable {
  id: Generated<number>;
  order_id: number;
  actor_user_id: number | null;
  from_status: string | null;
  to_status: string;
  note: string | null;
  data: NullableJson<Record<string, unknown>>;
  /** 'status': from/to are order statuses; 'payment': from/to are payment statuses. */
  kind: ColumnType<'status' | 'payment', 'status' | 'payment' | undefined, 'status' | 'payment'>;
  created_at: CreatedAt;
}

export type RevokedReason = 'rotated' | 'reused' | 'logout' | 'password_changed' | 'password_reset' | 'account_disabled';

export interface RefreshTokensTable {
  id: Generated<number>;
  user_id: number;
  family_id: string;
  token_hash: string;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  revoked_reason: RevokedReason | null;
  created_at: CreatedAt;
}

export interface PasswordResetsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface ShippingMethodsTable {
  code: string;
  name: string;
  rate_cents: Money;
  free_over_cents: NullableMoney;
  min_days: number;
  max_days: number;
  is_active: Generated<boolean>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TaxRatesTable {
  id: Generated<number>;
  country: string;
  region: string | null;
  /** Percent, numeric(6,3): read as string. */
  rate: ColumnType<string, number | string, number | string>;
  applies_to_shipping: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DiscountsTable {
  id: Generated<number>;
  code: string;
  description: string | null;
  kind: 'percent' | 'fixed';
  percent_off: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  amount_off_cents: NullableMoney;
  min_subtotal_cents: ColumnType<string, number | string | undefined, number | string>;
  starts_at: Timestamp;
  ends_at: NullableTimestamp;
  usage_limit: number | null;
  usage_count: Generated<number>;
  /** Uses per customer, by account or email (migration 0017). */
  per_customer_limit: number | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  response_status: number | null;
  response_body: NullableJson<Record<string, unknown>>;
  order_id: number | null;
  created_at: CreatedAt;
}

export interface SearchQueriesTable {
  id: Generated<number>;
  query: string;
  filters: Json<Record<string, unknown>>;
  result_count: number;
  mode: 'hybrid' | 'keyword';
  cached: Generated<boolean>;
  latency_ms: number;
  embedding_tokens: Generated<number>;
  /** numeric: read as string. */
  embedding_cost_usd: ColumnType<string, number | string | undefined, number | string>;
  created_at: CreatedAt;
}

/** One product embedding made while indexing, keyed by what was embedded (migration 0025_a). */
export interface SearchIndexingEmbeddingsTable {
  key: string;
  day: ColumnType<string, string, never>;
  source: 'queue' | 'reindex';
  product_id: number;
  tokens: number;
  /** numeric: read as string. */
  cost_usd: ColumnType<string, number | string, never>;
  created_at: CreatedAt;
}

/** Indexing embeddings per UTC day and source, written with the log rows they count (migration 0025_a). */
export interface SearchIndexingDailyTable {
  day: ColumnType<string, string, never>;
  source: 'queue' | 'reindex';
  embeddings: number;
  tokens: ColumnType<string, number | string, number | string>;
  cost_usd: ColumnType<string, number | string, number | string>;
}

/** The transactional outbox (migration 0012_a): one row per change that matters. */
export interface EventsTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  type: string;
  subject_type: string;
  subject_id: string;
  data: Json<Record<string, unknown>>;
  txid: ColumnType<string, never, never>;
  dedupe_key: string | null;
  created_at: CreatedAt;
  dispatched_at: NullableTimestamp;
  swept_at: NullableTimestamp;
}

export interface WebhookEndpointsTable {
  id: Generated<number>;
  url: string;
  description: string | null;
  topics: TextArray;
  active: Generated<boolean>;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: NullableTimestamp;
  failing_since: NullableTimestamp;
  disabled_at: NullableTimestamp;
  disabled_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'dead';

export interface EventDeliveriesTable {
  id: Generated<string>;
  event_id: string;
  sink: 'email' | 'webhook';
  endpoint_id: number | null;
  template: string | null;
  status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: NullableTimestamp;
  swept_at: NullableTimestamp;
  last_attempt_at: NullableTimestamp;
  response_status: number | null;
  response_ms: number | null;
  response_body: string | null;
  error: string | null;
  provider_id: string | null;
  created_at: CreatedAt;
  completed_at: NullableTimestamp;
}

/** One currency's entry in products.prices: minor units of that currency. */
export interface MarketPrice {
  amount: number;
  compare_at: number | null;
  source: PriceSource;
}

export type PriceSource = 'base' | 'explicit' | 'converted' | 'sale';

export interface CurrenciesTable {
  code: string;
  exponent: number;
  rounding_increment: Money;
  rounding_ending: Money;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A shipping method's rate in one currency (minor units); without a row the base rate is converted. */
export interface ShippingRatesTable {
  method_code: string;
  currency: string;
  rate: Money;
  free_over: NullableMoney;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A discount's amounts in one currency (minor units): a fixed code applies only where it has one. */
export interface DiscountAmountsTable {
  discount_id: number;
  currency: string;
  amount_off: NullableMoney;
  min_subtotal: ColumnType<string, number | string | bigint | undefined, number | string | bigint>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ExchangeRatesTable {
  base: string;
  quote: string;
  /** numeric(20, 10), read as a decimal string. */
  rate: ColumnType<string, string, string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MarketsTable {
  id: Generated<number>;
  handle: string;
  name: string;
  currency: string;
  countries: TextArray;
  tax_inclusive: Generated<boolean>;
  default_locale: Generated<string>;
  is_active: Generated<boolean>;
  is_default: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PriceListsTable {
  id: Generated<number>;
  name: string;
  kind: 'price' | 'sale';
  currency: string;
  starts_at: NullableTimestamp;
  ends_at: NullableTimestamp;
  is_active: Generated<boolean>;
  applied: ColumnType<boolean | null, never, boolean | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PricesTable {
  id: Generated<number>;
  price_list_id: number;
  product_id: number;
  variant_id: number | null;
  amount: Money;
  compare_at_amount: NullableMoney;
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

/** Listed products counted per currency, price band and facet values (migration 0021, kept by triggers). */
export interface FacetCellsTable {
  currency: string;
  band: number;
  category_ids: number[];
  /** '' for products without a brand. */
  brand: string;
  tags: string[];
  in_stock: boolean;
  is_featured: boolean;
  products: number;
}

/** A facet cell's products' prices, sorted (migration 0026_f). */
export interface FacetCellPricesTable {
  currency: string;
  band: number;
  category_ids: number[];
  brand: string;
  tags: string[];
  in_stock: boolean;
  is_featured: boolean;
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

export interface DB {
  facet_cells: FacetCellsTable;
  facet_cell_prices: FacetCellPricesTable;
  facet_products: FacetProductsTable;
  facet_kinds: FacetKindsTable;
  facet_currencies: FacetCurrenciesTable;
  collections: CollectionsTable;
  collection_products: CollectionProductsTable;
  payment_transactions: PaymentTransactionsTable;
  stripe_events: StripeEventsTable;
  payment_intents: PaymentIntentsTable;
  categories: CategoriesTable;
  users: UsersTable;
  addresses: AddressesTable;
  products: ProductsTable;
  product_images: ProductImagesTable;
  product_variants: ProductVariantsTable;
  carts: CartsTable;
  cart_items: CartItemsTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  order_events: OrderEventsTable;
  refresh_tokens: RefreshTokensTable;
  password_resets: PasswordResetsTable;
  shipping_methods: ShippingMethodsTable;
  tax_rates: TaxRatesTable;
  discounts: DiscountsTable;
  idempotency_keys: IdempotencyKeysTable;
  search_queries: SearchQueriesTable;
  search_indexing_embeddings: SearchIndexingEmbeddingsTable;
  search_indexing_daily: SearchIndexingDailyTable;
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  event_deliveries: EventDeliveriesTable;
  currencies: CurrenciesTable;
  exchange_rates: ExchangeRatesTable;
  shipping_rates: ShippingRatesTable;
  discount_amounts: DiscountAmountsTable;
  markets: MarketsTable;
  price_lists: PriceListsTable;
  prices: PricesTable;
}
