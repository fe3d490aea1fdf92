import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/db/schema';

const BATCH = 5_000;

/**
 * Adds `n` past orders over the last 90 days (1 to 3 lines of existing products each, a mix of statuses and
 * returning customers), in batches so a progress bar can follow. The triggers run: the sales rollups count
 * them. History does not move stock. Returns how many were added.
 */
export async function seedOrderHistory(db: Kysely<DB>, n: number, onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
  if (n <= 0) return 0;
  const products = await db.selectFrom('products').select(['id', 'name', 'sku', 'price_cents']).where('deleted_at', 'is', null).where('has_variants', '=', false).limit(500).execute();
  if (!products.length) return 0;
  const customers = Math.max(10, Math.floor(n / 4));
  const run = Date.now().toString(36);
  await sql`insert into users (email, password_hash, first_name, last_name)
    select 'history' || g || '@example.com', '!', (array['Ada','Grace','Alan','Edsger','Barbara','Donald','Frances','Ken'])[1 + g % 8],
      (array['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Allen','Thompson'])[1 + (g / 8) % 8]
    from generate_series(1, ${customers}) g on conflict do nothing`.execute(db);
  const catalogue = JSON.stringify(products.map((p) => ({ id: p.id, name: p.name, sku: p.sku, price: Number(p.price_cents) })));
  for (let done = 0; done < n; ) {
    const size = Math.min(BATCH, n - done);
    await sql`with c as (select ${catalogue}::jsonb as items), picked as (
        select g, u.id as user_id, u.email,
          now() - ((((g + ${done})::bigint * 7919) % ${n})::float8 / ${n} * 90 * 86400) * interval '1 second' as at,
          (array['delivered','delivered','delivered','shipped','processing','confirmed','pending','cancelled','refunded'])[1 + (g + ${done}) % 9] as status,
          1 + (g % 3) as lines
        from generate_series(1, ${size}) g
        join users u on u.email = 'history' || (1 + ((g + ${done}) * 31) % ${customers}) || '@example.com'),
      o as (
        insert into orders (order_number, user_id, email, status, payment_status, fulfillment_status, currency, subtotal_cents,
          discount_amount_cents, shipping_amount_cents, tax_amount_cents, total_amount_cents, shipping_method, created_at)
        select 'EC-H' || ${run} || lpad((g + ${done})::text, 7, '0'), user_id, email, status,
          case status when 'pending' then 'pending' when 'cancelled' then 'voided' when 'refunded' then 'refunded' else 'paid' end,
          case status when 'pending' then 'unfulfilled' when 'confirmed' then 'unfulfilled' when 'refunded' then 'returned' else status end,
          'USD', s.subtotal, 0, 599, 0, s.subtotal + 599, 'standard', at
        from picked p cross join lateral (
          select sum((c.items->(((p.g * 13 + k * 7) % jsonb_array_length(c.items))::int)->>'price')::bigint * (1 + k % 2)) as subtotal
          from c, generate_series(1, p.lines) k) s
        returning id, order_number)
      insert into order_items (order_id, product_id, product_name, sku, unit_price_cents, quantity, total_price_cents)
      select o.id, (it->>'id')::int, it->>'name', it->>'sku', (it->>'price')::bigint, 1 + k % 2, (it->>'price')::bigint * (1 + k % 2)
      from o join picked p on o.order_number = 'EC-H' || ${run} || lpad((p.g + ${done})::text, 7, '0')
      cross join c cross join generate_series(1, p.lines) k
      cross join lateral (select c.items->(((p.g * 13 + k * 7) % jsonb_array_length(c.items))::int) as it) x`.execute(db);
    done += size;
    onProgress(done, n);
  }
  return n;
}
