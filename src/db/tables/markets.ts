import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Money, NullableMoney, NullableTimestamp, TextArray, Timestamp } from './columns';

// Markets, currencies, exchange rates, price lists and per-currency amounts.

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
