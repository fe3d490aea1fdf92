import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: an order moved in time (an import or a correction) takes all of its counts to its new day: the
// product sales of its lines (product_sales_daily, which the top products and categories read) and its new or
// returning customer, besides the orders, revenue and units that already moved. Other orders of the same
// customer keep the new/returning status they were counted with.

const ROLLUP = `create or replace function sales_rollup_order() returns trigger language plpgsql as $$
    declare
      v_day date := (new.created_at at time zone 'UTC')::date;
      v_returning boolean;
      v_was_returning boolean;
      v_old_day date;
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
        -- An order moved in time (an import or a correction): its counts, its new or returning customer and
        -- its lines' product sales move with it.
        v_old_day := (old.created_at at time zone 'UTC')::date;
        v_was_returning := exists (select 1 from orders o where o.id <> new.id and o.created_at <= old.created_at
          and ((new.user_id is not null and o.user_id = new.user_id) or (new.email is not null and lower(o.email) = lower(new.email))));
        update sales_daily set orders = orders - 1, revenue = revenue - old.total_amount_cents,
          units = units - (select coalesce(sum(quantity), 0)::int from order_items where order_id = new.id),
          new_customer_orders = new_customer_orders - case when v_was_returning then 0 else 1 end,
          returning_customer_orders = returning_customer_orders - case when v_was_returning then 1 else 0 end
        where day = v_old_day and currency = old.currency;
        insert into sales_daily as s (day, currency, orders, revenue, units, new_customer_orders, returning_customer_orders)
        values (v_day, new.currency, 1, new.total_amount_cents, (select coalesce(sum(quantity), 0)::int from order_items where order_id = new.id),
          case when v_returning then 0 else 1 end, case when v_returning then 1 else 0 end)
        on conflict (day, currency) do update set orders = s.orders + 1, revenue = s.revenue + excluded.revenue, units = s.units + excluded.units,
          new_customer_orders = s.new_customer_orders + excluded.new_customer_orders,
          returning_customer_orders = s.returning_customer_orders + excluded.returning_customer_orders;
        update product_sales_daily p set units = p.units - i.units, revenue = p.revenue - i.revenue
          from (select product_id, sum(quantity)::int as units, sum(total_price_cents - discount_cents) as revenue from order_items
                where order_id = new.id and product_id is not null group by product_id) i
          where p.day = v_old_day and p.product_id = i.product_id and p.currency = old.currency;
        insert into product_sales_daily as p (day, product_id, currency, units, revenue)
          select v_day, product_id, new.currency, sum(quantity)::int, sum(total_price_cents - discount_cents) from order_items
          where order_id = new.id and product_id is not null group by product_id
          on conflict (day, product_id, currency) do update set units = p.units + excluded.units, revenue = p.revenue + excluded.revenue;
      end if;
      return null;
    end $$`;

// The function as migration 0017_b left it.
const PREVIOUS = `create or replace function sales_rollup_order() returns trigger language plpgsql as $$
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
    end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [ROLLUP]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [PREVIOUS]);
}
