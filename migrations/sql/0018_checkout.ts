// Frozen with migration 0018_markets_checkout: 0006's checkout in the market's currency. Added to it:
// p.market (a market handle) prices the lines with line_price in the market's currency; a cart of
// another market is refused (market_mismatch); fixed discounts need an amount in the currency
// (discount_amounts), shipping takes the currency's rate (shipping_rates) or the base rate converted;
// in a tax-inclusive market the lines are gross, the discount is spread over them, and each line's
// included tax is extracted at the shipping address's rate, so net + tax = gross on every line.
//
// p: as 0006, plus market. Returns as 0006.

export const checkoutFunction = `create or replace function checkout_place_order(p jsonb) returns jsonb language plpgsql as $$
declare
  v_user integer := (p->>'user_id')::integer;
  v_token text := p->>'cart_token_hash';
  v_prev_timeout text := current_setting('lock_timeout');
  v_claimed boolean;
  v_seen idempotency_keys;
  v_cart integer;
  v_lines jsonb;
  v_problems jsonb;
  v_ship jsonb;
  v_bill jsonb;
  v_email text;
  v_subtotal bigint;
  v_digital boolean;
  v_discount bigint := 0;
  v_shipping bigint := 0;
  v_tax bigint := 0;
  v_disc discounts;
  v_method shipping_methods;
  v_rate tax_rates;
  v_order integer;
  v_snapshot jsonb;
  v_stock jsonb;
  v_market markets;
  v_cart_market text;
  v_base text;
  v_min bigint;
  v_amount bigint;
  v_free_over bigint;
  v_ship_tax bigint := 0;
  v_alloc jsonb := '[]'::jsonb;
begin
  -- 1. Claim the key. A first request still running holds its uncommitted row, so this insert waits
  --    for it (at most wait_ms) and then finds its committed response: concurrent retries replay it.
  --    A key older than 24 hours is taken over as if new.
  perform set_config('lock_timeout', (p->>'wait_ms')::integer || 'ms', true);
  begin
    insert into idempotency_keys as k (scope, key, request_hash) values (p->>'scope', p->>'key', p->>'request_hash')
    on conflict (scope, key) do update
      set request_hash = excluded.request_hash, response_status = null, response_body = null, order_id = null, created_at = now()
      where k.created_at < now() - interval '24 hours'
    returning true into v_claimed;
  exception when lock_not_available then
    perform app_raise('request_in_progress', 'A request with this Idempotency-Key is still being processed');
  end;
  perform set_config('lock_timeout', v_prev_timeout, true);
  if v_claimed is not true then
    select * into v_seen from idempotency_keys where scope = p->>'scope' and key = p->>'key';
    if v_seen.request_hash <> p->>'request_hash' then
      perform app_raise('idempotency_key_reused', 'This Idempotency-Key was already used with a different request');
    end if;
    if v_seen.response_status is null then
      perform app_raise('request_in_progress', 'A request with this Idempotency-Key is still being processed');
    end if;
    return jsonb_build_object('replayed', true, 'status', v_seen.response_status, 'order', v_seen.response_body, 'stock', '[]'::jsonb);
  end if;
  delete from idempotency_keys where scope = p->>'scope' and created_at < now() - interval '24 hours';

  -- 2. The market and the cart, locked: a second checkout of the same cart waits here and then finds it
  --    empty. A cart answers in the market it was last changed in; another market's checkout is refused.
  select * into v_market from markets where handle = coalesce(p->>'market', (select handle from markets where is_default)) and is_active;
  if v_market.id is null then perform app_raise('validation_failed', 'Unknown market',
    jsonb_build_array(jsonb_build_object('path', 'market', 'code', 'invalid_value', 'message', 'not an active market'))); end if;
  v_base := (select currency::text from markets where is_default);
  if v_user is not null and v_token is not null then perform cart_merge(v_user, v_token); end if;
  if v_user is not null then
    select id, market into v_cart, v_cart_market from carts where user_id = v_user for update;
  else
    select id, market into v_cart, v_cart_market from carts
    where token_hash = v_token and user_id is null and (expires_at is null or expires_at > now()) for update;
  end if;
  if v_cart is not null and coalesce(v_cart_market, (select handle from markets where is_default)) <> v_market.handle then
    perform app_raise('market_mismatch', 'The cart is priced in another market; change it in this market (or check out in the cart''s market)',
      jsonb_build_object('cart_market', coalesce(v_cart_market, (select handle from markets where is_default)), 'request_market', v_market.handle));
  end if;

  -- 3. Lock the stock rows in id order (variants first, as a variant write locks its product after
  --    it), then read every line at the locked, current stock and prices.
  perform 1 from product_variants where id in (select variant_id from cart_items where cart_id = v_cart) order by id for update;
  perform 1 from products where id in (select product_id from cart_items where cart_id = v_cart) order by id for update;
  select coalesce(jsonb_agg(jsonb_build_object(
      'cart_item_id', ci.id, 'product_id', ci.product_id, 'variant_id', ci.variant_id, 'quantity', ci.quantity,
      'product_name', pr.name, 'sku', coalesce(v.sku, pr.sku), 'variant_name', v.name,
      'unit_price_cents', lp.amount, 'is_digital', pr.is_digital, 'sellable', s.sellable,
      'available', case when s.sellable then coalesce(v.stock_quantity, pr.stock_quantity) else 0 end) order by ci.id), '[]'::jsonb)
  into v_lines
  from cart_items ci
  join products pr on pr.id = ci.product_id
  left join product_variants v on v.id = ci.variant_id
  cross join lateral line_price(ci.product_id, ci.variant_id, v_market.currency::text, now()) lp
  cross join lateral (select pr.is_active and pr.deleted_at is null and lp.amount is not null
    and case when ci.variant_id is null then not pr.has_variants else coalesce(v.is_active, false) end as sellable) s
  where ci.cart_id = v_cart;
  if jsonb_array_length(v_lines) = 0 then perform app_raise('cart_empty', 'The cart is empty'); end if;

  select jsonb_agg(jsonb_build_object(
      'cart_item_id', l->'cart_item_id', 'product_id', l->'product_id', 'variant_id', l->'variant_id',
      'name', l->'product_name', 'variant_name', l->'variant_name', 'requested', l->'quantity', 'available', l->'available',
      'reason', case when (l->>'sellable')::boolean then 'insufficient_stock' else 'unavailable' end) order by n)
  into v_problems
  from jsonb_array_elements(v_lines) with ordinality as x(l, n)
  where not (l->>'sellable')::boolean or (l->>'available')::integer < (l->>'quantity')::integer;
  if v_problems is not null then
    perform app_raise('insufficient_stock', 'Some items are not available in the requested quantity',
      jsonb_build_object('lines', v_problems));
  end if;

  -- 4. Addresses and email: saved addresses must be the user's own.
  if p ? 'shipping_address_id' then
    select address_json(a) into v_ship from addresses a where a.id = (p->>'shipping_address_id')::integer and a.user_id = v_user;
    if v_ship is null then perform app_raise('not_found', 'Shipping address not found'); end if;
  else
    v_ship := jsonb_strip_nulls(p->'shipping_address');
  end if;
  if coalesce((p->>'billing_same_as_shipping')::boolean, false) then
    v_bill := v_ship;
  elsif p ? 'billing_address_id' then
    select address_json(a) into v_bill from addresses a where a.id = (p->>'billing_address_id')::integer and a.user_id = v_user;
    if v_bill is null then perform app_raise('not_found', 'Billing address not found'); end if;
  else
    v_bill := jsonb_strip_nulls(p->'billing_address');
  end if;
  if v_user is not null then select email into v_email from users where id = v_user; else v_email := p->>'email'; end if;

  -- 5. Totals in integer cents. Percent discounts and tax round half away from zero, once per order.
  select sum((l->>'unit_price_cents')::bigint * (l->>'quantity')::integer), bool_and((l->>'is_digital')::boolean)
  into v_subtotal, v_digital from jsonb_array_elements(v_lines) l;

  if nullif(p->>'discount_code', '') is not null then
    select * into v_disc from discounts where code = upper(p->>'discount_code') for update;
    if v_disc.id is null or not v_disc.is_active then
      perform app_raise('discount_invalid', 'This discount code does not exist', jsonb_build_object('reason', 'unknown'));
    elsif now() < v_disc.starts_at then
      perform app_raise('discount_invalid', 'This discount code is not valid yet', jsonb_build_object('reason', 'not_started'));
    elsif v_disc.ends_at is not null and now() >= v_disc.ends_at then
      perform app_raise('discount_invalid', 'This discount code has expired', jsonb_build_object('reason', 'expired'));
    elsif v_disc.usage_limit is not null and v_disc.usage_count >= v_disc.usage_limit then
      perform app_raise('discount_invalid', 'This discount code has been used up', jsonb_build_object('reason', 'exhausted'));
    end if;
    -- Amounts in the base currency apply as they are there; elsewhere the currency's own row, a
    -- percent code's minimum converted, and no fixed amount without a row.
    if v_market.currency = v_base then
      v_min := v_disc.min_subtotal_cents; v_amount := v_disc.amount_off_cents;
    else
      select da.min_subtotal, da.amount_off into v_min, v_amount from discount_amounts da
      where da.discount_id = v_disc.id and da.currency = v_market.currency;
      if not found then
        v_min := price_convert(v_disc.min_subtotal_cents, v_base, v_market.currency::text); v_amount := null;
      end if;
    end if;
    if v_disc.kind = 'fixed' and v_amount is null then
      perform app_raise('discount_invalid', format('This discount code has no amount in %s', v_market.currency), jsonb_build_object(
        'reason', 'currency_not_supported', 'currency', v_market.currency));
    end if;
    if v_subtotal < coalesce(v_min, 0) then
      perform app_raise('discount_invalid', 'The subtotal is below this code''s minimum', jsonb_build_object(
        'reason', 'minimum_not_met', 'minimum_subtotal', v_min::numeric / power(10, (select exponent from currencies where code = v_market.currency)),
        'currency', v_market.currency));
    end if;
    v_discount := least(v_subtotal, case when v_disc.kind = 'percent'
      then round(v_subtotal * v_disc.percent_off / 100)::bigint else v_amount end);
    update discounts set usage_count = usage_count + 1 where id = v_disc.id;
  end if;

  if not v_digital then
    select * into v_method from shipping_methods where code = p->>'shipping_method' and is_active;
    if v_method.code is null then
      perform app_raise('shipping_method_invalid', 'Unknown shipping method', jsonb_build_object(
        'available', (select coalesce(jsonb_agg(code order by position), '[]'::jsonb) from shipping_methods where is_active)));
    end if;
    select sr.rate, sr.free_over into v_amount, v_free_over from shipping_rates sr
    where sr.method_code = v_method.code and sr.currency = v_market.currency;
    if not found then
      v_amount := price_convert(v_method.rate_cents, v_base, v_market.currency::text);
      v_free_over := price_convert(v_method.free_over_cents, v_base, v_market.currency::text);
      if v_amount is null then
        perform app_raise('shipping_method_invalid', format('This shipping method has no rate in %s', v_market.currency),
          jsonb_build_object('reason', 'currency_not_supported', 'currency', v_market.currency));
      end if;
    end if;
    v_shipping := case when v_free_over is not null and v_subtotal - v_discount >= v_free_over then 0 else v_amount end;
  end if;

  select * into v_rate from tax_rates
  where country = upper(v_ship->>'country') and (region is null or region = upper(trim(v_ship->>'region')))
  order by region is null limit 1;
  if v_market.tax_inclusive then
    -- Gross lines: the discount is spread over them in proportion (largest remainders first, so the
    -- shares add up exactly), then each line's included tax is extracted at the address's rate.
    with l as (
      select (x->>'cart_item_id')::integer as id, (x->>'unit_price_cents')::bigint * (x->>'quantity')::integer as gross, n
      from jsonb_array_elements(v_lines) with ordinality as t(x, n)
    ), shares as (
      select id, gross, n, case when v_subtotal = 0 then 0 else (gross * v_discount) / v_subtotal end as share,
             case when v_subtotal = 0 then 0 else (gross * v_discount) % v_subtotal end as remainder from l
    ), fixed as (
      -- Largest remainders first: only a line with a fractional share gets the extra unit.
      select id, gross, share + case when row_number() over (order by remainder desc, n) <= v_discount - sum(share) over () then 1 else 0 end as disc
      from shares
    )
    select coalesce(jsonb_agg(jsonb_build_object('cart_item_id', id, 'discount_cents', disc, 'tax_cents', t.tax) order by id), '[]'::jsonb),
           coalesce(sum(t.tax), 0)
    into v_alloc, v_tax
    from fixed cross join lateral (select case when v_rate.id is null then 0
      else round((gross - disc) * v_rate.rate / (100 + v_rate.rate))::bigint end as tax) t;
    if v_rate.id is not null and v_rate.applies_to_shipping then
      v_ship_tax := round(v_shipping * v_rate.rate / (100 + v_rate.rate))::bigint;
      v_tax := v_tax + v_ship_tax;
    end if;
  elsif v_rate.id is not null then
    v_tax := round((v_subtotal - v_discount + case when v_rate.applies_to_shipping then v_shipping else 0 end) * v_rate.rate / 100)::bigint;
  end if;

  -- 6. Write: stock, order (retrying the rare order-number collision), items, first event, empty cart.
  update product_variants v set stock_quantity = v.stock_quantity - ci.quantity
  from cart_items ci where ci.cart_id = v_cart and ci.variant_id = v.id;
  update products pr set stock_quantity = pr.stock_quantity - ci.quantity
  from cart_items ci where ci.cart_id = v_cart and ci.variant_id is null and ci.product_id = pr.id;

  loop
    insert into orders (order_number, user_id, email, subtotal_cents, discount_amount_cents, shipping_amount_cents,
      tax_amount_cents, total_amount_cents, discount_code, shipping_method, shipping_address, billing_address, payment_method, notes,
      currency, market, tax_inclusive, shipping_tax_cents)
    values ('EC-' || order_number_suffix(), v_user, v_email, v_subtotal, v_discount, v_shipping, v_tax,
      v_subtotal - v_discount + v_shipping + case when v_market.tax_inclusive then 0 else v_tax end, v_disc.code,
      case when v_digital then null else v_method.code end,
      v_ship, v_bill, p->>'payment_method', nullif(p->>'notes', ''),
      v_market.currency, v_market.handle, v_market.tax_inclusive, case when v_market.tax_inclusive then v_ship_tax end)
    on conflict (order_number) do nothing
    returning id into v_order;
    exit when v_order is not null;
  end loop;

  insert into order_items (order_id, product_id, variant_id, product_name, sku, variant_name, unit_price_cents, quantity, total_price_cents,
                           discount_cents, tax_cents, net_cents)
  select v_order, l.product_id, l.variant_id, l.product_name, l.sku, l.variant_name, l.unit_price_cents, l.quantity,
         l.unit_price_cents * l.quantity, coalesce(a.discount_cents, 0), a.tax_cents,
         case when a.cart_item_id is not null then l.unit_price_cents * l.quantity - a.discount_cents - a.tax_cents end
  from jsonb_to_recordset(v_lines) as l(cart_item_id integer, product_id integer, variant_id integer, product_name text,
                                         sku text, variant_name text, unit_price_cents bigint, quantity integer)
  left join jsonb_to_recordset(v_alloc) as a(cart_item_id integer, discount_cents bigint, tax_cents bigint) on a.cart_item_id = l.cart_item_id
  order by l.cart_item_id;
  insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind)
  values (v_order, v_user, null, 'pending', 'Order placed', 'status');
  delete from cart_items where cart_id = v_cart;
  update carts set updated_at = now() where id = v_cart;

  select coalesce(jsonb_agg(x), '[]'::jsonb) into v_stock from (
    select jsonb_build_object('product_id', pr.id, 'variant_id', null, 'stock_quantity', pr.stock_quantity) as x
    from products pr where pr.id in (select (l->>'product_id')::integer from jsonb_array_elements(v_lines) l)
    union all
    select jsonb_build_object('product_id', v.product_id, 'variant_id', v.id, 'stock_quantity', v.stock_quantity)
    from product_variants v where v.id in (select (l->>'variant_id')::integer from jsonb_array_elements(v_lines) l)
  ) s;

  -- 7. Store the response with the key, in the same transaction as the order it describes.
  v_snapshot := order_snapshot(v_order);
  update idempotency_keys set response_status = 201, response_body = v_snapshot, order_id = v_order
  where scope = p->>'scope' and key = p->>'key';
  return jsonb_build_object('replayed', false, 'status', 201, 'order', v_snapshot, 'stock', v_stock);
end $$`;
