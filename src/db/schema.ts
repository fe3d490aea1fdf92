import type { AddressesTable, IdempotencyKeysTable, PasswordResetsTable, RefreshTokensTable, UsersTable } from './tables/accounts';
import type { CategoriesTable, CollectionProductsTable, CollectionsTable, FacetCellPricesTable, FacetCellsTable, FacetCurrenciesTable, FacetKindsTable, FacetProductsTable, ProductImagesTable, ProductVariantsTable, ProductsTable } from './tables/catalog';
import type { EventDeliveriesTable, EventsTable, WebhookEndpointsTable } from './tables/events';
import type { CurrenciesTable, DiscountAmountsTable, ExchangeRatesTable, MarketsTable, PriceListsTable, PricesTable, ShippingRatesTable } from './tables/markets';
import type { CartItemsTable, CartsTable, DiscountsTable, OrderEventsTable, OrderItemsTable, OrdersTable, ShippingMethodsTable, TaxRatesTable } from './tables/orders';
import type { PaymentIntentsTable, PaymentTransactionsTable, StripeEventsTable } from './tables/payments';
import type { SearchIndexingDailyTable, SearchIndexingEmbeddingsTable, SearchQueriesTable } from './tables/search';

export type * from './tables/accounts';
export type * from './tables/catalog';
export type * from './tables/orders';
export type * from './tables/payments';
export type * from './tables/search';
export type * from './tables/events';
export type * from './tables/markets';

// Kysely's database type: every table by name; the table types live by domain in ./tables/.
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
