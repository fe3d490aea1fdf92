// Frozen with migration 0018_markets: price resolution in SQL, so every statement that shows or
// charges a price resolves it itself (no extra round trip). src/markets/convert.ts holds the same
// arithmetic in TypeScript; a test holds the two to the same answers.

/** Half up to whole minor units, then up to the currency's ending (x.99, tens of yen); 0 stays 0. */
export const priceRound = `create function price_round(p_raw numeric, p_increment bigint, p_ending bigint)
returns bigint language sql immutable parallel safe as $$
  select case when round(p_raw) = 0 then 0::bigint
    else round(p_raw)::bigint + (((p_ending - round(p_raw)::bigint) % p_increment) + p_increment) % p_increment end
$$`;

/** Every conversion the admin's rates allow, as one factor per pair, and each currency to itself. */
export const priceConversions = `create view price_conversions as
  select r.base::text as base, r.quote::text as quote, r.rate * power(10::numeric, ct.exponent - cf.exponent) as factor,
         ct.rounding_increment as increment, ct.rounding_ending as ending
  from exchange_rates r join currencies cf on cf.code = r.base join currencies ct on ct.code = r.quote
  union all
  select code::text, code::text, 1::numeric, 1::bigint, 0::bigint from currencies`;

/** products.prices of a product without explicit or sale prices: its base prices converted (set-based). */
const converted = (price: string, compare: string, from: string) => `(select coalesce(jsonb_object_agg(c.quote, jsonb_build_object(
    'amount', price_round(${price} * c.factor, c.increment, c.ending),
    'compare_at', price_round(${compare} * c.factor, c.increment, c.ending),
    'source', case when c.base = c.quote then 'base' else 'converted' end)), '{}'::jsonb)
  from price_conversions c where c.base = ${from} and c.quote in (select currency::text from markets))`;

/** An amount in p_from's minor units converted to p_to's with the admin's rate; null without a rate. */
export const priceConvert = `create function price_convert(p_amount bigint, p_from text, p_to text)
returns bigint language sql stable parallel safe as $$
  select price_round(p_amount * c.factor, c.increment, c.ending) from price_conversions c where c.base = p_from and c.quote = p_to
$$`;

/**
 * The price of a product (p_variant null) or variant in one currency at one time:
 * the regular price is the explicit one in the currency's price list, else the variant's own base
 * price converted, else the product's explicit price, else its base price converted; the lowest sale
 * price running at p_at (for the variant or its product) overrides it, showing the regular price as
 * the compare-at. Base values are passed in so a BEFORE trigger can price a row not yet stored.
 */
export const priceResolve = `create function price_resolve(p_product integer, p_variant integer, p_currency text, p_at timestamptz,
  p_price bigint, p_compare bigint, p_from text, p_variant_price bigint) returns price_quote
language plpgsql stable as $$
declare r price_quote; v_sale bigint; v_any boolean;
begin
  v_any := exists (select 1 from prices where product_id = p_product);
  if v_any and p_variant is not null then
    select e.amount, e.compare_at_amount, 'explicit' into r from prices e join price_lists l on l.id = e.price_list_id
    where l.kind = 'price' and l.is_active and l.currency = p_currency and e.product_id = p_product and e.variant_id = p_variant;
  end if;
  if r.amount is null and p_variant is not null and p_variant_price is not null then
    r := row(price_convert(p_variant_price, p_from, p_currency), null,
             case when p_from = p_currency then 'base' else 'converted' end)::price_quote;
  end if;
  if r.amount is null and v_any then
    select e.amount, e.compare_at_amount, 'explicit' into r from prices e join price_lists l on l.id = e.price_list_id
    where l.kind = 'price' and l.is_active and l.currency = p_currency and e.product_id = p_product and e.variant_id is null;
  end if;
  if r.amount is null then
    r := row(price_convert(p_price, p_from, p_currency), price_convert(p_compare, p_from, p_currency),
             case when p_from = p_currency then 'base' else 'converted' end)::price_quote;
  end if;
  if v_any then
    select min(e.amount) into v_sale from prices e join price_lists l on l.id = e.price_list_id
    where l.kind = 'sale' and l.is_active and l.currency = p_currency and p_at >= l.starts_at
      and (l.ends_at is null or p_at < l.ends_at)
      and e.product_id = p_product and (e.variant_id is null or e.variant_id = p_variant);
    if v_sale is not null then
      r := row(v_sale, case when greatest(r.amount, r.compare_at) > v_sale then greatest(r.amount, r.compare_at) end, 'sale')::price_quote;
    end if;
  end if;
  if r.amount is null then r.compare_at := null; r.source := null; end if;
  return r;
end $$`;

/** A product's current price in every market's currency, as stored in products.prices. */
export const productPrices = `create function product_prices(p_id integer, p_price bigint, p_compare bigint, p_from text, p_at timestamptz)
returns jsonb language plpgsql stable as $$
begin
  if not exists (select 1 from prices where product_id = p_id) then
    return ${converted('p_price', 'p_compare', 'p_from')};
  end if;
  return (select coalesce(jsonb_object_agg(c.currency, jsonb_build_object('amount', q.amount, 'compare_at', q.compare_at, 'source', q.source)), '{}'::jsonb)
  from (select distinct currency::text as currency from markets) c
  cross join lateral price_resolve(p_id, null, c.currency, p_at, p_price, p_compare, p_from::text, null) q
  where q.amount is not null);
end $$`;

/** The price of a cart or order line: a product's (p_variant null) or a variant's, read from their rows. */
export const linePrice = `create function line_price(p_product integer, p_variant integer, p_currency text, p_at timestamptz)
returns price_quote language sql stable as $$
  select price_resolve(p.id, v.id, p_currency, p_at, p.price_cents, p.compare_at_price_cents, p.currency::text, v.price_cents)
  from products p left join product_variants v on v.id = p_variant and v.product_id = p.id
  where p.id = p_product
$$`;

/**
 * Re-prices products: all of them (p_ids null) or those listed, set-based: products without explicit
 * or sale prices (most) are converted in one join, the others resolved one by one. Returns the count.
 */
export const pricesRecompute = `create function prices_recompute(p_ids integer[], p_at timestamptz) returns integer
language plpgsql as $$
declare n integer;
begin
  -- A re-pricing is not an edit: products.version (the optimistic-concurrency token) stays.
  perform set_config('app.repricing', 'on', true);
  with target as (
    select p.id, p.price_cents, p.compare_at_price_cents, p.currency::text as currency,
           exists (select 1 from prices e where e.product_id = p.id) as listed
    from products p where p_ids is null or p.id in (select unnest(p_ids))
  ), computed as (
    select t.id, coalesce(jsonb_object_agg(c.quote, jsonb_build_object(
        'amount', price_round(t.price_cents * c.factor, c.increment, c.ending),
        'compare_at', price_round(t.compare_at_price_cents * c.factor, c.increment, c.ending),
        'source', case when c.base = c.quote then 'base' else 'converted' end)) filter (where c.quote is not null), '{}'::jsonb) as prices
    from target t
    left join price_conversions c on c.base = t.currency and c.quote in (select currency::text from markets)
    where not t.listed group by t.id
    union all
    select t.id, product_prices(t.id, t.price_cents, t.compare_at_price_cents, t.currency, p_at) from target t where t.listed
  )
  update products p set prices = x.prices from computed x where p.id = x.id and p.prices is distinct from x.prices;
  get diagnostics n = row_count;
  perform set_config('app.repricing', '', true);
  return n;
end $$`;

/**
 * Applies sale lists whose window opened or closed since they were last applied (the cron calls it
 * each minute with its scheduled time). Returns how many products changed price.
 */
export const pricesRefresh = `create function prices_refresh(p_at timestamptz) returns integer language plpgsql as $$
declare v_lists integer[]; n integer := 0;
begin
  with due as (
    update price_lists l set applied = s.running
    from (select id, is_active and p_at >= starts_at and (ends_at is null or p_at < ends_at) as running
          from price_lists where kind = 'sale') s
    where l.id = s.id and l.applied is distinct from s.running
    returning l.id
  ) select array_agg(id) into v_lists from due;
  if v_lists is not null then
    n := prices_recompute(coalesce((select array_agg(distinct product_id) from prices where price_list_id = any (v_lists)), '{}'), p_at);
  end if;
  return n;
end $$`;

/** 0003's version counter, left alone by re-pricing (prices_recompute). */
export const bumpVersion = (skipRepricing: boolean) => `create or replace function bump_version() returns trigger language plpgsql as $$
     begin ${skipRepricing ? "if current_setting('app.repricing', true) = 'on' then return new; end if; " : ''}new.version := old.version + 1; return new; end $$`;
