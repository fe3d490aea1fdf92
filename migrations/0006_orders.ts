import type { Kysely } from 'kysely';
import { checkoutFunction } from './sql/0006_checkout_place_order';
import { runStatements } from './statements';

// Frozen: the order functions. Each is called as one statement, so each is one Neon round trip and
// one transaction. Locks are always taken in the same order (idempotency key, cart, variants by id,
// products by id, discount; an order row before its stock) so that concurrent checkouts and
// cancellations queue instead of deadlocking. The transition tables are not stored here: the Worker
// passes them in (src/lib/order-status.ts and src/lib/payments.ts hold the only copy).

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    // 'EC-' + 8 characters from an alphabet without 0/O/1/I; 32 symbols, so a byte % 32 is unbiased.
    // The bytes come from gen_random_uuid (a strong source), skipping its version and variant bytes.
    `create function order_number_suffix() returns text language sql volatile as $$
      select string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', get_byte(b, i) % 32 + 1, 1), '' order by i)
      from (select uuid_send(gen_random_uuid()) as b) r, unnest(array[0, 1, 2, 3, 4, 5, 9, 10]) as i
    $$`,

    // The order as the API shows it (the Worker maps it); also what an idempotent replay returns.
    `create function order_snapshot(p_order integer) returns jsonb language sql stable as $$
      select to_jsonb(o) || jsonb_build_object('items', coalesce(
        (select jsonb_agg(to_jsonb(i) order by i.id) from order_items i where i.order_id = o.id), '[]'::jsonb))
      from orders o where o.id = p_order
    $$`,

    checkoutFunction,

    // An admin status change: the transition table check, the timestamps, fulfillment and payment
    // states kept in step, the restock of a cancellation and the event, all under the order's lock.
    `create function order_set_status(p jsonb) returns jsonb language plpgsql as $$
    declare
      o orders;
      v_to text := p->>'status';
      v_allowed jsonb;
      v_fulfillment text;
      v_payment text;
      v_stock jsonb := '[]'::jsonb;
    begin
      select * into o from orders where id = (p->>'order_id')::integer for update;
      if o.id is null then perform app_raise('not_found', 'Order not found'); end if;
      select coalesce(jsonb_agg(t->>'to' order by n), '[]'::jsonb) into v_allowed
      from jsonb_array_elements(p->'transitions') with ordinality as x(t, n)
      where t->>'from' = o.status and (not coalesce((t->>'requires_paid')::boolean, false) or o.payment_status = 'paid');
      if not v_allowed ? v_to then
        perform app_raise('invalid_transition', format('An order cannot go from %s to %s', o.status, v_to),
          jsonb_build_object('from', o.status, 'to', v_to, 'allowed', v_allowed));
      end if;
      if v_to = 'shipped' and (nullif(p->>'carrier', '') is null or nullif(p->>'tracking_number', '') is null) then
        perform app_raise('validation_failed', 'Shipping needs a carrier and a tracking number',
          jsonb_build_array(jsonb_build_object('path', 'tracking_number', 'code', 'custom', 'message', 'required when shipping')));
      end if;

      v_fulfillment := case v_to
        when 'pending' then 'unfulfilled' when 'confirmed' then 'unfulfilled' when 'processing' then 'processing'
        when 'shipped' then 'shipped' when 'delivered' then 'delivered' when 'cancelled' then 'cancelled'
        when 'refunded' then case when o.status = 'delivered' then 'returned' else o.fulfillment_status end
      end;
      -- Nothing will be collected for a cancelled order; a refund closes whatever was paid.
      v_payment := case
        when v_to = 'cancelled' and o.payment_status in ('pending', 'authorized') then 'voided'
        when v_to = 'refunded' then case when o.payment_status = 'paid' then 'refunded' else 'voided' end
        else o.payment_status
      end;

      if v_to = 'cancelled' then
        perform 1 from product_variants where id in (select variant_id from order_items where order_id = o.id) order by id for update;
        perform 1 from products where id in (select product_id from order_items where order_id = o.id) order by id for update;
        update product_variants v set stock_quantity = v.stock_quantity + s.q
        from (select variant_id, sum(quantity) as q from order_items where order_id = o.id and variant_id is not null group by variant_id) s
        where v.id = s.variant_id;
        -- A line whose variant was deleted since cannot be restocked: its product's stock is the variants' sum.
        update products pr set stock_quantity = pr.stock_quantity + s.q
        from (select product_id, sum(quantity) as q from order_items
              where order_id = o.id and variant_id is null and product_id is not null group by product_id) s
        where pr.id = s.product_id and not pr.has_variants;
        select coalesce(jsonb_agg(x), '[]'::jsonb) into v_stock from (
          select jsonb_build_object('product_id', pr.id, 'variant_id', null, 'stock_quantity', pr.stock_quantity) as x
          from products pr where pr.id in (select product_id from order_items where order_id = o.id)
          union all
          select jsonb_build_object('product_id', v.product_id, 'variant_id', v.id, 'stock_quantity', v.stock_quantity)
          from product_variants v where v.id in (select variant_id from order_items where order_id = o.id)
        ) s;
      end if;

      update orders set
        status = v_to,
        fulfillment_status = v_fulfillment,
        payment_status = v_payment,
        carrier = case when v_to = 'shipped' then p->>'carrier' else carrier end,
        tracking_number = case when v_to = 'shipped' then p->>'tracking_number' else tracking_number end,
        shipped_at = case when v_to = 'shipped' then now() else shipped_at end,
        estimated_delivery = case when v_to = 'shipped' then coalesce(
          (p->>'estimated_delivery')::timestamptz,
          now() + make_interval(days => coalesce((select max_days from shipping_methods where code = o.shipping_method), 7)))
          else estimated_delivery end,
        actual_delivery = case when v_to = 'delivered' then coalesce((p->>'actual_delivery')::timestamptz, now()) else actual_delivery end
      where id = o.id;
      insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind, data)
      values (o.id, (p->>'actor_user_id')::integer, o.status, v_to, nullif(p->>'note', ''), 'status', jsonb_strip_nulls(jsonb_build_object(
        'carrier', case when v_to = 'shipped' then p->>'carrier' end,
        'tracking_number', case when v_to = 'shipped' then p->>'tracking_number' end,
        'fulfillment_status', v_fulfillment,
        'payment_status', case when v_payment <> o.payment_status then v_payment end)));
      return jsonb_build_object('order', order_snapshot(o.id), 'previous_status', o.status, 'stock', v_stock);
    end $$`,

    // Records a payment state (the seam a payment provider's webhook will use too). A refund of a
    // delivered or cancelled order also moves the order to refunded, so the two never disagree.
    `create function order_record_payment(p jsonb) returns jsonb language plpgsql as $$
    declare
      o orders;
      v_to text := p->>'payment_status';
      v_allowed jsonb;
      v_status text;
    begin
      select * into o from orders where id = (p->>'order_id')::integer for update;
      if o.id is null then perform app_raise('not_found', 'Order not found'); end if;
      select coalesce(jsonb_agg(t->>'to' order by n), '[]'::jsonb) into v_allowed
      from jsonb_array_elements(p->'transitions') with ordinality as x(t, n) where t->>'from' = o.payment_status;
      if not v_allowed ? v_to then
        perform app_raise('invalid_transition', format('A payment cannot go from %s to %s', o.payment_status, v_to),
          jsonb_build_object('from', o.payment_status, 'to', v_to, 'allowed', v_allowed));
      end if;
      v_status := o.status;
      if v_to = 'refunded' then
        if o.status not in ('delivered', 'cancelled') then
          perform app_raise('invalid_transition', format('Cancel the %s order before refunding its payment', o.status),
            jsonb_build_object('from', o.payment_status, 'to', v_to, 'allowed', '[]'::jsonb, 'order_status', o.status));
        end if;
        v_status := 'refunded';
      end if;
      update orders set
        payment_status = v_to,
        payment_id = p->>'payment_id',
        paid_at = case when v_to = 'paid' then now() else paid_at end,
        status = v_status,
        fulfillment_status = case when v_status = 'refunded' and o.status = 'delivered' then 'returned' else fulfillment_status end
      where id = o.id;
      insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind, data)
      values (o.id, (p->>'actor_user_id')::integer, o.payment_status, v_to, nullif(p->>'note', ''), 'payment',
              jsonb_build_object('payment_id', p->>'payment_id'));
      if v_status <> o.status then
        insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind)
        values (o.id, (p->>'actor_user_id')::integer, o.status, v_status, 'Payment refunded', 'status');
      end if;
      return jsonb_build_object('order', order_snapshot(o.id), 'previous_status', o.status,
                                'previous_payment_status', o.payment_status);
    end $$`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop function order_record_payment(jsonb)',
    'drop function order_set_status(jsonb)',
    'drop function checkout_place_order(jsonb)',
    'drop function order_snapshot(integer)',
    'drop function order_number_suffix()',
  ]);
}
