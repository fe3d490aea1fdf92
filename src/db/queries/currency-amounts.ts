import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

// Per-currency money settings: a shipping method's rates and a discount's amounts in currencies other
// than the base one (the default market's), in minor units. Checkout reads these tables on every order.

/** What a write needs to know first: does the owner exist (a discount's kind), the currency, and the base currency. */
export interface MoneyContext {
  owner: string | null;
  exponent: number | null;
  base: string | null;
}

export async function shippingRateContext(db: Kysely<DB>, code: string, currency: string): Promise<MoneyContext> {
  const r = await sql<MoneyContext>`select (select code from shipping_methods where code = ${code}) as owner,
      (select exponent from currencies where code = ${currency}) as exponent, (select trim(currency) from markets where is_default) as base`.execute(db);
  return r.rows[0]!;
}

export async function discountAmountContext(db: Kysely<DB>, id: number, currency: string): Promise<MoneyContext> {
  const r = await sql<MoneyContext>`select (select kind from discounts where id = ${id}) as owner,
      (select exponent from currencies where code = ${currency}) as exponent, (select trim(currency) from markets where is_default) as base`.execute(db);
  return r.rows[0]!;
}

export interface ShippingRateRow {
  currency: string;
  exponent: number;
  rate: string;
  free_over: string | null;
  updated_at: Date;
}

export interface DiscountAmountRow {
  currency: string;
  exponent: number;
  amount_off: string | null;
  min_subtotal: string;
  updated_at: Date;
}

/** A method's rates per currency, or null when there is no such method. */
export async function listShippingRates(db: Kysely<DB>, code: string): Promise<ShippingRateRow[] | null> {
  const r = await sql<ShippingRateRow & { method: string | null }>`select m.code as method, trim(s.currency) as currency, c.exponent, s.rate::text as rate,
      s.free_over::text as free_over, s.updated_at
    from shipping_methods m left join shipping_rates s on s.method_code = m.code left join currencies c on c.code = s.currency
    where m.code = ${code} order by s.currency`.execute(db);
  if (!r.rows.length) return null;
  return r.rows.filter((x) => x.currency !== null);
}

/** A discount's amounts per currency, or null when there is no such discount. */
export async function listDiscountAmounts(db: Kysely<DB>, id: number): Promise<DiscountAmountRow[] | null> {
  const r = await sql<DiscountAmountRow>`select trim(a.currency) as currency, c.exponent, a.amount_off::text as amount_off,
      a.min_subtotal::text as min_subtotal, a.updated_at
    from discounts d left join discount_amounts a on a.discount_id = d.id left join currencies c on c.code = a.currency
    where d.id = ${id} order by a.currency`.execute(db);
  if (!r.rows.length) return null;
  return r.rows.filter((x) => x.currency !== null);
}

/** Sets a method's rate in a currency (insert or replace); answers the row and whether it is new. */
export async function upsertShippingRate(db: Kysely<DB>, code: string, currency: string, rate: number, freeOver: number | null) {
  const r = await sql<ShippingRateRow & { created: boolean }>`insert into shipping_rates as s (method_code, currency, rate, free_over)
      values (${code}, ${currency}, ${rate}, ${freeOver})
      on conflict (method_code, currency) do update set rate = excluded.rate, free_over = excluded.free_over
      returning trim(s.currency) as currency, (select exponent from currencies where code = s.currency) as exponent, s.rate::text as rate,
        s.free_over::text as free_over, s.updated_at, (xmax = 0) as created`.execute(db);
  return r.rows[0]!;
}

/** Sets a discount's amounts in a currency (insert or replace); answers the row and whether it is new. */
export async function upsertDiscountAmount(db: Kysely<DB>, id: number, currency: string, amountOff: number | null, minSubtotal: number) {
  const r = await sql<DiscountAmountRow & { created: boolean }>`insert into discount_amounts as a (discount_id, currency, amount_off, min_subtotal)
      values (${id}, ${currency}, ${amountOff}, ${minSubtotal})
      on conflict (discount_id, currency) do update set amount_off = excluded.amount_off, min_subtotal = excluded.min_subtotal
      returning trim(a.currency) as currency, (select exponent from currencies where code = a.currency) as exponent,
        a.amount_off::text as amount_off, a.min_subtotal::text as min_subtotal, a.updated_at, (xmax = 0) as created`.execute(db);
  return r.rows[0]!;
}

/** Removes a method's rate in a currency; false when there was none. */
export async function deleteShippingRate(db: Kysely<DB>, code: string, currency: string): Promise<boolean> {
  const r = await db.deleteFrom('shipping_rates').where('method_code', '=', code).where('currency', '=', currency).returning('currency').executeTakeFirst();
  return r !== undefined;
}

/** Removes a discount's amounts in a currency; false when there were none. */
export async function deleteDiscountAmount(db: Kysely<DB>, id: number, currency: string): Promise<boolean> {
  const r = await db.deleteFrom('discount_amounts').where('discount_id', '=', id).where('currency', '=', currency).returning('currency').executeTakeFirst();
  return r !== undefined;
}
