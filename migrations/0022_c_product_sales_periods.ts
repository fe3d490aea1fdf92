import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the top products and categories read years, quarters, months and weeks, not days.
// product_sales_periods holds each product's units and revenue per ISO week ('w'), calendar month ('m'),
// quarter ('q') and year ('y') and currency, and units over every currency under currency 'XXX' (ISO 4217's
// "no currency"; its revenue stays 0) per day too. A range becomes its whole years, then whole quarters, months
// and weeks of what is left, then days at the edges (src/db/queries/analytics.ts periodBuckets), so a year
// reads one row per product instead of one per product and day. It follows product_sales_daily (statement
// triggers over its changes), which the order triggers keep; nothing else writes it.

/** Upserts the rows of `source` (day, currency, product_id, units, revenue: signed changes) into their periods. */
const spread = (source: string) => `insert into product_sales_periods as p (grain, period, currency, product_id, units, revenue)
      select g.grain, g.period, g.currency, c.product_id, sum(c.units)::int, sum(case when g.currency = 'XXX' then 0 else c.revenue end)
      from (${source}) c (day, currency, product_id, units, revenue) cross join lateral (values
        ('w', date_trunc('week', c.day)::date, c.currency), ('m', date_trunc('month', c.day)::date, c.currency),
        ('q', date_trunc('quarter', c.day)::date, c.currency), ('y', date_trunc('year', c.day)::date, c.currency),
        ('d', c.day, 'XXX'), ('w', date_trunc('week', c.day)::date, 'XXX'), ('m', date_trunc('month', c.day)::date, 'XXX'),
        ('q', date_trunc('quarter', c.day)::date, 'XXX'), ('y', date_trunc('year', c.day)::date, 'XXX')) g (grain, period, currency)
      group by 1, 2, 3, 4
      having sum(c.units) <> 0 or sum(case when g.currency = 'XXX' then 0 else c.revenue end) <> 0
      order by 1, 2, 3, 4
      on conflict (grain, period, currency, product_id) do update set units = p.units + excluded.units, revenue = p.revenue + excluded.revenue`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table product_sales_periods (
      grain char(1) not null check (grain in ('d', 'w', 'm', 'q', 'y')),
      period date not null,
      currency char(3) not null,
      product_id integer not null,
      units integer not null default 0,
      revenue bigint not null default 0,
      primary key (grain, period, currency, product_id) include (units, revenue)
    )`,
    // A ranking reads some tens of thousands of index entries: starting parallel workers costs more than it
    // saves, and on a busy server it doubled the p99 (measured at 100,000 orders).
    `alter table product_sales_periods set (parallel_workers = 0)`,
    // Changes of product_sales_daily as signed rows, spread to their week and month (and, for all currencies,
    // their day too), summed per key so one upsert never meets a row twice, and
    // in key order, so two checkouts lock shared rows in the same order.
    `create function product_sales_periods_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${spread('select day, currency, product_id, units, revenue from new_rows')};
      elsif tg_op = 'UPDATE' then
        ${spread('select day, currency, product_id, units, revenue from new_rows union all select day, currency, product_id, -units, -revenue from old_rows')};
      else
        ${spread('select day, currency, product_id, -units, -revenue from old_rows')};
      end if;
      return null;
    end $$`,
    `create trigger product_sales_periods_insert after insert on product_sales_daily referencing new table as new_rows
      for each statement execute function product_sales_periods_apply()`,
    `create trigger product_sales_periods_update after update on product_sales_daily referencing old table as old_rows new table as new_rows
      for each statement execute function product_sales_periods_apply()`,
    `create trigger product_sales_periods_delete after delete on product_sales_daily referencing old table as old_rows
      for each statement execute function product_sales_periods_apply()`,
    // What the days so far add up to.
    spread('select day, currency, product_id, units, revenue from product_sales_daily'),
    // The per-currency edge days read product_sales_daily by day and currency, without the heap.
    `create index product_sales_daily_day_currency_idx on product_sales_daily (day, currency) include (product_id, units, revenue)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop index product_sales_daily_day_currency_idx',
    'drop trigger product_sales_periods_delete on product_sales_daily',
    'drop trigger product_sales_periods_update on product_sales_daily',
    'drop trigger product_sales_periods_insert on product_sales_daily',
    'drop function product_sales_periods_apply()',
    'drop table product_sales_periods',
  ]);
}
