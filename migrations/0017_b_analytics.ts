import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: sales rollups for the admin's analytics, kept by triggers in the same transactions as the
// orders (UTC days). sales_daily holds, per day and currency: orders placed and their revenue (cancelled
// orders leave both), refunds on the day of the refund, units, and orders by new and returning customers.
// product_sales_daily holds units and revenue per product. Reports read a few hundred rows, not the orders.

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table sales_daily (
      day date not null,
      currency char(3) not null,
      orders integer not null default 0,
      revenue bigint not null default 0,
      refunds bigint not null default 0,
      refunded_orders integer not null default 0,
      units integer not null default 0,
      new_customer_orders integer not null default 0,
      returning_customer_orders integer not null default 0,
      primary key (day, currency)
    )`,
    `create table product_sales_daily (
      day date not null,
      product_id integer not null,
      currency char(3) not null,
      units integer not null default 0,
      revenue bigint not null default 0,
      primary key (day, product_id, currency)
    )`,
    `create index product_sales_daily_product_idx on product_sales_daily (product_id, day)`,
    // An order placed: counted, and its customer new (no earlier order by account or email) or returning.
    `create function sales_rollup_order() returns trigger language plpgsql as $$
    declare
      v_day date := (new.created_at at time zone 'UTC')::date;
      v_returning boolean;
    begin
      v_returning := exists (select 1 from orders o where o.id <> new.id and o.created_at <= new.created_at
        and ((new.user_id is not null and o.user_id = new.user_id) or (new.email is not null and lower(o.email) = lower(new.email))));
      if tg_op = 'INSERT' then
        if new.status = 'cancelled' then return null; end if;
        insert into sales_daily as s (day, currency, orders, revenue, new_customer_orders, returning_customer_orders)
        values (v_day, new.currency, 1, new.total_amount_cents, case when v_returning then 0 else 1 end, case when v_returning then 1 else 0 end)
        on conflict (day, currency) do update set orders = s.orders + 1, revenue = s.revenue + excluded.revenue,
          new_customer_orders = s.new_customer_orders + excluded.new_customer_orders,
          returning_customer_orders = s.returning_customer_orders + excluded.returning_customer_orders;
      elsif new.status is distinct from old.status then
        if new.status = 'cancelled' then
          update sales_daily set orders = orders - 1, revenue = revenue - old.total_amount_cents,
            new_customer_orders = new_customer_orders - case when v_returning then 0 else 1 end,
            returning_customer_orders = returning_customer_orders - case when v_returning then 1 else 0 end
          where day = v_day and currency = new.currency;
          update sales_daily s set units = s.units - i.units from (select coalesce(sum(quantity), 0)::int as units from order_items where order_id = new.id) i
            where s.day = v_day and s.currency = new.currency;
          update product_sales_daily p set units = p.units - i.units, revenue = p.revenue - i.revenue
            from (select product_id, sum(quantity)::int as units, sum(total_price_cents - discount_cents) as revenue from order_items
                  where order_id = new.id and product_id is not null group by product_id) i
            where p.day = v_day and p.product_id = i.product_id and p.currency = new.currency;
        elsif new.status = 'refunded' and old.payment_status = 'paid' then
          insert into sales_daily as s (day, currency, refunds, refunded_orders)
          values ((now() at time zone 'UTC')::date, new.currency, new.total_amount_cents, 1)
          on conflict (day, currency) do update set refunds = s.refunds + excluded.refunds, refunded_orders = s.refunded_orders + 1;
        end if;
      elsif new.created_at is distinct from old.created_at and new.status <> 'cancelled' then
        -- An order moved in time (an import or a correction): its counts move with it.
        update sales_daily set orders = orders - 1, revenue = revenue - old.total_amount_cents,
          units = units - (select coalesce(sum(quantity), 0)::int from order_items where order_id = new.id)
        where day = (old.created_at at time zone 'UTC')::date and currency = old.currency;
        insert into sales_daily as s (day, currency, orders, revenue, units)
        values (v_day, new.currency, 1, new.total_amount_cents, (select coalesce(sum(quantity), 0)::int from order_items where order_id = new.id))
        on conflict (day, currency) do update set orders = s.orders + 1, revenue = s.revenue + excluded.revenue, units = s.units + excluded.units;
      end if;
      return null;
    end $$`,
    `create trigger orders_sales_rollup after insert or update of status, created_at on orders for each row execute function sales_rollup_order()`,
    `create function sales_rollup_items() returns trigger language plpgsql as $$
    begin
      insert into sales_daily as s (day, currency, units)
      select (o.created_at at time zone 'UTC')::date, o.currency, sum(n.quantity)::int
      from new_items n join orders o on o.id = n.order_id where o.status <> 'cancelled' group by 1, 2
      on conflict (day, currency) do update set units = s.units + excluded.units;
      insert into product_sales_daily as p (day, product_id, currency, units, revenue)
      select (o.created_at at time zone 'UTC')::date, n.product_id, o.currency, sum(n.quantity)::int, sum(n.total_price_cents - n.discount_cents)
      from new_items n join orders o on o.id = n.order_id where n.product_id is not null and o.status <> 'cancelled' group by 1, 2, 3
      on conflict (day, product_id, currency) do update set units = p.units + excluded.units, revenue = p.revenue + excluded.revenue;
      return null;
    end $$`,
    `create trigger order_items_sales_rollup after insert on order_items referencing new table as new_items
      for each statement execute function sales_rollup_items()`,
    // What the orders so far add up to.
    `insert into sales_daily (day, currency, orders, revenue, units, new_customer_orders, returning_customer_orders)
      select (o.created_at at time zone 'UTC')::date, o.currency,
        count(*) filter (where o.status <> 'cancelled'),
        coalesce(sum(o.total_amount_cents) filter (where o.status <> 'cancelled'), 0),
        coalesce(sum((select sum(quantity) from order_items i where i.order_id = o.id)) filter (where o.status <> 'cancelled'), 0),
        count(*) filter (where o.status <> 'cancelled' and not exists (select 1 from orders e where e.id < o.id and
          ((o.user_id is not null and e.user_id = o.user_id) or (o.email is not null and lower(e.email) = lower(o.email))))),
        count(*) filter (where o.status <> 'cancelled' and exists (select 1 from orders e where e.id < o.id and
          ((o.user_id is not null and e.user_id = o.user_id) or (o.email is not null and lower(e.email) = lower(o.email)))))
      from orders o group by 1, 2`,
    `insert into product_sales_daily (day, product_id, currency, units, revenue)
      select (o.created_at at time zone 'UTC')::date, i.product_id, o.currency, sum(i.quantity)::int,
        -- discount_cents arrives with migration 0018, which a new database runs after this one.
        sum(i.total_price_cents - coalesce((to_jsonb(i)->>'discount_cents')::bigint, 0))
      from order_items i join orders o on o.id = i.order_id where i.product_id is not null and o.status <> 'cancelled' group by 1, 2, 3`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop trigger order_items_sales_rollup on order_items',
    'drop function sales_rollup_items()',
    'drop trigger orders_sales_rollup on orders',
    'drop function sales_rollup_order()',
    'drop table product_sales_daily',
    'drop table sales_daily',
  ]);
}
