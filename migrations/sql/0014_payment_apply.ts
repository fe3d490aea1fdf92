// Frozen with migration 0014_payments: the payment ledger's one writer.
//
// payment_apply(p) appends provider facts to payment_transactions and derives the order's payment
// state from the whole ledger in the same statement, under the order's row lock:
//   p.provider        'stripe' | 'manual'
//   p.order_id        the order, or p.intent_id (found through payment_intents)
//   p.event           {id, type}: a provider event, stored once (a replay returns {duplicate: true})
//   p.intent          {status, at?}: the intent's status as of an event's `at` (unix seconds), mirrored when newer;
//                     without `at` (an API answer) it is current
//   p.facts           [{kind, amount_cents, reference, note?}], kind authorize|capture|refund|void|failure;
//                     a fact already recorded (same order, provider, kind and reference) is skipped
//   p.restock         put the lines back in stock (once per order; never for an order that is still to ship)
//   p.order_transitions  the order status table: a full refund moves the order to refunded where it allows
// The status is derived by precedence (refunded, paid, voided, authorized, failed), so events applied in
// any order and any number of times end in the same state, and a late event never moves it back.
// Returns {duplicate, order, previous_status, previous_payment_status, stock, refund_due, changed}.

export const paymentApply = `create function payment_apply(p jsonb) returns jsonb language plpgsql as $$
declare
  o orders;
  f jsonb;
  n integer;
  v_new jsonb := '[]'::jsonb;
  v_auth bigint; v_cap bigint; v_ref bigint; v_void boolean; v_fail boolean; v_ref_id text;
  v_pay text;
  v_status text;
  v_kind text;
  v_stock jsonb := '[]'::jsonb;
  v_restock boolean := false;
  v_due bigint := 0;
begin
  if jsonb_typeof(p->'event') = 'object' then
    insert into stripe_events (id, type) values (p->'event'->>'id', p->'event'->>'type') on conflict (id) do nothing;
    get diagnostics n = row_count;
    if n = 0 then return jsonb_build_object('duplicate', true); end if;
  end if;
  select * into o from orders
  where id = coalesce((select order_id from payment_intents where intent_id = p->>'intent_id'), (p->>'order_id')::integer) for update;
  if o.id is null then
    -- An event about no order of this shop (another integration on the account): kept as seen, no effect.
    if jsonb_typeof(p->'event') = 'object' then return jsonb_build_object('duplicate', false, 'order', null); end if;
    perform app_raise('not_found', 'Order not found');
  end if;

  if jsonb_typeof(p->'intent') = 'object' then
    -- An event's status applies when no newer one was seen; an API answer (no at) is current.
    update payment_intents set status = p->'intent'->>'status', status_at = coalesce((p->'intent'->>'at')::bigint, status_at), updated_at = now()
    where intent_id = p->>'intent_id' and status not in ('succeeded', 'canceled')
      and (p->'intent'->>'at' is null or status_at <= (p->'intent'->>'at')::bigint);
  end if;

  for f in select value from jsonb_array_elements(coalesce(p->'facts', '[]'::jsonb)) loop
    insert into payment_transactions (order_id, provider, kind, amount_cents, currency, reference, event_id, note, actor_user_id)
    values (o.id, p->>'provider', f->>'kind', (f->>'amount_cents')::bigint, o.currency, f->>'reference', p->'event'->>'id',
            nullif(f->>'note', ''), (p->>'actor_user_id')::integer)
    on conflict (order_id, provider, kind, reference) where kind <> 'failure' do nothing;
    get diagnostics n = row_count;
    if n > 0 then v_new := v_new || jsonb_build_array(f); end if;
  end loop;

  select coalesce(sum(amount_cents) filter (where kind = 'authorize'), 0), coalesce(sum(amount_cents) filter (where kind = 'capture'), 0),
         coalesce(sum(amount_cents) filter (where kind = 'refund'), 0), coalesce(bool_or(kind = 'void'), false),
         coalesce(bool_or(kind = 'failure'), false), (array_agg(reference order by id desc) filter (where kind in ('authorize', 'capture')))[1]
  into v_auth, v_cap, v_ref, v_void, v_fail, v_ref_id
  from payment_transactions where order_id = o.id;
  v_pay := case
    when v_cap > 0 and v_ref >= v_cap then 'refunded'
    when v_cap > 0 then 'paid'
    when v_void then 'voided'
    when v_auth > 0 then 'authorized'
    when v_fail and o.payment_status in ('pending', 'failed') then 'failed'
    else o.payment_status
  end;
  v_status := o.status;
  if v_pay = 'refunded' and o.payment_status <> 'refunded' and exists (
    select 1 from jsonb_array_elements(coalesce(p->'order_transitions', '[]'::jsonb)) t where t->>'from' = o.status and t->>'to' = 'refunded') then
    v_status := 'refunded';
  end if;
  -- Money that arrives for a cancelled order goes back (the Worker sends the refund).
  if o.status = 'cancelled' and v_cap > v_ref and exists (select 1 from jsonb_array_elements(v_new) x where x->>'kind' = 'capture') then
    v_due := v_cap - v_ref;
  end if;

  v_restock := coalesce((p->>'restock')::boolean, false) and o.restocked_at is null
    and o.status not in ('pending', 'confirmed', 'processing', 'cancelled');
  if v_restock then
    perform 1 from product_variants where id in (select variant_id from order_items where order_id = o.id) order by id for update;
    perform 1 from products where id in (select product_id from order_items where order_id = o.id) order by id for update;
    update product_variants v set stock_quantity = v.stock_quantity + s.q
    from (select variant_id, sum(quantity) as q from order_items where order_id = o.id and variant_id is not null group by variant_id) s
    where v.id = s.variant_id;
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
    payment_status = v_pay,
    payment_id = coalesce(v_ref_id, payment_id),
    payment_provider = coalesce(payment_provider, p->>'provider'),
    paid_at = case when v_pay = 'paid' and paid_at is null then now() else paid_at end,
    amount_authorized_cents = v_auth, amount_captured_cents = v_cap, amount_refunded_cents = v_ref,
    status = v_status,
    fulfillment_status = case when v_status = 'refunded' and o.status = 'delivered' then 'returned' else fulfillment_status end,
    restocked_at = case when v_restock then now() else restocked_at end
  where id = o.id;

  if jsonb_array_length(v_new) > 0 and (v_pay <> o.payment_status
      or exists (select 1 from jsonb_array_elements(v_new) x where x->>'kind' in ('refund', 'failure'))) then
    select x->>'kind' into v_kind from jsonb_array_elements(v_new) x
    order by case x->>'kind' when 'refund' then 0 when 'failure' then 1 when 'void' then 2 when 'capture' then 3 else 4 end limit 1;
    insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind, data)
    select o.id, (p->>'actor_user_id')::integer, o.payment_status, v_pay,
           coalesce(nullif(p->>'note', ''), (select x->>'note' from jsonb_array_elements(v_new) x where x->>'kind' = v_kind and x->>'note' is not null limit 1)),
           'payment', jsonb_strip_nulls(jsonb_build_object('transaction_kind', v_kind, 'provider', p->>'provider', 'event_id', p->'event'->>'id',
             'amount_cents', (select sum((x->>'amount_cents')::bigint) from jsonb_array_elements(v_new) x where x->>'kind' = v_kind),
             'reference', (select x->>'reference' from jsonb_array_elements(v_new) x where x->>'kind' = v_kind limit 1),
             'payment_id', coalesce(v_ref_id, o.payment_id)));
  end if;
  if v_status <> o.status then
    insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind)
    values (o.id, (p->>'actor_user_id')::integer, o.status, v_status, 'Payment refunded', 'status');
  end if;
  return jsonb_build_object('duplicate', false, 'order', order_snapshot(o.id), 'previous_status', o.status,
    'previous_payment_status', o.payment_status, 'stock', v_stock, 'refund_due', v_due, 'changed', jsonb_array_length(v_new) > 0);
end $$`;
