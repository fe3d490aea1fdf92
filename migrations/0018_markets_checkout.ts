import type { Kysely } from 'kysely';
import { checkoutFunction as checkout0006 } from './sql/0006_checkout_place_order';
import { checkoutFunction } from './sql/0018_checkout';
import { runStatements } from './statements';

// Frozen: carts, orders, discounts and shipping in the market's currency. A cart remembers its market;
// an order records its currency, market and whether its prices included tax, and per line the
// discount share, the tax and the net amount; fixed discounts and shipping rates get amounts per
// currency. The checkout function is replaced by the market-aware one (sql/0018_checkout.ts).

const timestamps = `created_at timestamptz not null default now(), updated_at timestamptz not null default now()`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    // A market handle; null for carts from before markets (the default market's).
    `alter table carts add column market text`,
    `alter table orders add column market text, add column tax_inclusive boolean not null default false,
      add column shipping_tax_cents bigint check (shipping_tax_cents >= 0)`,
    // Tax-inclusive totals already hold their tax: it is recorded, not added.
    `alter table orders drop constraint orders_check`,
    `alter table orders add constraint orders_total_check check (total_amount_cents =
      subtotal_cents - discount_amount_cents + shipping_amount_cents + case when tax_inclusive then 0 else tax_amount_cents end)`,
    `alter table order_items add column discount_cents bigint not null default 0 check (discount_cents >= 0),
      add column tax_cents bigint check (tax_cents >= 0), add column net_cents bigint check (net_cents >= 0),
      add constraint order_items_net_check check (net_cents is null or net_cents + tax_cents = total_price_cents - discount_cents)`,

    // Amounts of a discount in currencies other than the base (the default market's): a fixed code
    // applies only where it has one; a percent code's minimum is converted where it has none.
    `create table discount_amounts (
      discount_id integer not null references discounts (id) on delete cascade,
      currency char(3) not null references currencies (code),
      amount_off bigint check (amount_off > 0 and amount_off < 100000000000000),
      min_subtotal bigint not null default 0 check (min_subtotal >= 0 and min_subtotal < 100000000000000),
      ${timestamps},
      primary key (discount_id, currency)
    )`,
    // Shipping rates per currency; without one, the base rate is converted with the currency's rule.
    `create table shipping_rates (
      method_code text not null references shipping_methods (code) on delete cascade on update cascade,
      currency char(3) not null references currencies (code),
      rate bigint not null check (rate >= 0 and rate < 100000000000000),
      free_over bigint check (free_over >= 0 and free_over < 100000000000000),
      ${timestamps},
      primary key (method_code, currency)
    )`,
    ...['discount_amounts', 'shipping_rates'].map(
      (t) => `create trigger ${t}_set_updated_at before update on ${t} for each row execute function set_updated_at()`,
    ),
    `insert into shipping_rates (method_code, currency, rate, free_over) values
      ('standard', 'EUR', 599, 5000), ('standard', 'GBP', 499, 4500), ('standard', 'JPY', 800, 8000),
      ('express', 'EUR', 1999, null), ('express', 'GBP', 1799, null), ('express', 'JPY', 3000, null)`,
    checkoutFunction,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    checkout0006.replace('create function', 'create or replace function'),
    'drop table shipping_rates',
    'drop table discount_amounts',
    'alter table order_items drop constraint order_items_net_check, drop column net_cents, drop column tax_cents, drop column discount_cents',
    'alter table orders drop constraint orders_total_check',
    `alter table orders add constraint orders_check check (total_amount_cents = subtotal_cents - discount_amount_cents + shipping_amount_cents + tax_amount_cents)`,
    'alter table orders drop column shipping_tax_cents, drop column tax_inclusive, drop column market',
    'alter table carts drop column market',
  ]);
}
