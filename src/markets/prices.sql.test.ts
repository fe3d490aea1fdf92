import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDb } from '../../test/worker/db';
import { testEnv, unique } from '../../test/worker/helpers';
import { runSaleRefresh } from './sale-refresh';
import { convertMinor } from './convert';

// The SQL side of price resolution (migration 0018), against the real database.

const db = () => testDb();
const q = async <T = any>(s: ReturnType<typeof sql>) => (await s.execute(db())).rows as T[];

async function product(price: number, compareAt: number | null = null): Promise<number> {
  const u = unique('mk').toLowerCase();
  const [row] = await q<{ id: number }>(sql`insert into products (name, slug, sku, price_cents, compare_at_price_cents)
    values (${u}, ${u}, ${u.toUpperCase()}, ${price}, ${compareAt}) returning id`);
  return row!.id;
}
const pricesOf = async (id: number) => (await q<{ prices: any; version: number }>(sql`select prices, version from products where id = ${id}`))[0]!;
async function priceList(currency: string): Promise<number> {
  await q(sql`insert into price_lists (name, kind, currency) values (${`${currency} prices`}, 'price', ${currency})
    on conflict (currency) where kind = 'price' do nothing`);
  return (await q<{ id: number }>(sql`select id from price_lists where kind = 'price' and currency = ${currency}`))[0]!.id;
}
async function sale(currency: string, starts: string, ends: string | null): Promise<number> {
  const [row] = await q<{ id: number }>(sql`insert into price_lists (name, kind, currency, starts_at, ends_at)
    values ('Sale', 'sale', ${currency}, ${starts}, ${ends}) returning id`);
  return row!.id;
}

describe('SQL and TypeScript convert alike', () => {
  it('price_round over random amounts, rates, exponents and rules', async () => {
    const cases = fc.sample(
      fc.record({
        amount: fc.bigInt({ min: 0n, max: 10n ** 11n }),
        whole: fc.integer({ min: 0, max: 20_000 }),
        frac: fc.integer({ min: 0, max: 99_999_999 }),
        from: fc.integer({ min: 0, max: 3 }),
        to: fc.integer({ min: 0, max: 3 }),
        increment: fc.constantFrom(1, 5, 10, 100, 1000),
        ending: fc.integer({ min: 0, max: 999 }),
      }),
      { numRuns: 400, seed: 16 },
    ).map((c) => ({ ...c, rate: `${c.whole}.${String(c.frac).padStart(8, '0')}`, ending: c.ending % c.increment }))
      .filter((c) => c.whole > 0 || c.frac > 0);
    const rows = await q<{ out: string }>(sql`select price_round(a * r * power(10::numeric, t - f), i, e)::text as out
      from unnest(${cases.map((c) => c.amount.toString())}::bigint[], ${cases.map((c) => c.rate)}::numeric[],
                  ${cases.map((c) => c.from)}::int[], ${cases.map((c) => c.to)}::int[],
                  ${cases.map((c) => c.increment)}::bigint[], ${cases.map((c) => c.ending)}::bigint[]) with ordinality as x(a, r, f, t, i, e, n)
      order by n`);
    const ts = cases.map((c) => convertMinor(c.amount, c.rate, c.from, c.to, { increment: BigInt(c.increment), ending: BigInt(c.ending) }).toString());
    expect(rows.map((r) => r.out)).toEqual(ts);
  });
});

describe('products.prices and line_price', () => {
  it('converts the base price into every market currency with its rounding rule', async () => {
    const id = await product(1840, 2500);
    const { prices } = await pricesOf(id);
    expect(prices.USD).toEqual({ amount: 1840, compare_at: 2500, source: 'base' });
    // 18.40 × 0.92 = 16.928 → 16.93 → 16.99; 25.00 × 0.92 = 23.00 → 23.99.
    expect(prices.EUR).toEqual({ amount: 1699, compare_at: 2399, source: 'converted' });
    expect(prices.GBP).toEqual({ amount: 1499, compare_at: 1999, source: 'converted' });
    // Zero decimals: 18.40 × 150 = ¥2,760, already in tens.
    expect(prices.JPY).toEqual({ amount: 2760, compare_at: 3750, source: 'converted' });
  });

  it('explicit prices win, a running sale overrides both, and neither bumps the product version', async () => {
    const id = await product(1000);
    const before = await pricesOf(id);
    const list = await priceList('EUR');
    await q(sql`insert into prices (price_list_id, product_id, amount, compare_at_amount) values (${list}, ${id}, 1250, 1500)`);
    let p = await pricesOf(id);
    expect(p.prices.EUR).toEqual({ amount: 1250, compare_at: 1500, source: 'explicit' });
    expect(p.prices.GBP.source).toBe('converted');
    expect(p.version).toBe(before.version);

    const running = await sale('EUR', '2000-01-01T00:00:00Z', '2099-01-01T00:00:00Z');
    const ended = await sale('EUR', '2000-01-01T00:00:00Z', '2001-01-01T00:00:00Z');
    await q(sql`insert into prices (price_list_id, product_id, amount) values (${ended}, ${id}, 500), (${running}, ${id}, 999)`);
    p = await pricesOf(id);
    expect(p.prices.EUR).toEqual({ amount: 999, compare_at: 1500, source: 'sale' });

    // Switching the sale off restores the explicit price; deleting the explicit one falls back to conversion
    // (10.00 × 0.92 = 9.20 → 9.99).
    await q(sql`update price_lists set is_active = false where id = ${running}`);
    expect((await pricesOf(id)).prices.EUR.source).toBe('explicit');
    await q(sql`delete from prices where price_list_id = ${list} and product_id = ${id}`);
    expect((await pricesOf(id)).prices.EUR).toEqual({ amount: 999, compare_at: null, source: 'converted' });
  });

  it('prices_refresh applies a sale when its window opens and removes it when it closes', async () => {
    const id = await product(2000);
    const s = await sale('GBP', '2091-01-01T00:00:00Z', '2092-01-01T00:00:00Z');
    await q(sql`insert into prices (price_list_id, product_id, amount) values (${s}, ${id}, 1234)`);
    expect((await pricesOf(id)).prices.GBP.source).toBe('converted');
    // The cron's run at a time inside the window.
    expect(await runSaleRefresh(testEnv, Date.parse('2091-06-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect((await pricesOf(id)).prices.GBP).toEqual({ amount: 1234, compare_at: 1599, source: 'sale' });
    await q(sql`select prices_refresh('2092-01-01T00:00:00Z')`);
    expect((await pricesOf(id)).prices.GBP.source).toBe('converted');
    await q(sql`select prices_refresh(now())`);
  });

  it('line_price resolves variants: explicit, own base converted, else the product price; JPY in whole yen', async () => {
    const id = await product(1000);
    const u = unique('v');
    const [own, inherits] = await q<{ id: number }>(sql`insert into product_variants (product_id, sku, name, price_cents)
      values (${id}, ${`${u}-A`}, 'A', 1200), (${id}, ${`${u}-B`}, 'B', null) returning id`);
    const at = sql`'2050-01-01T00:00:00Z'::timestamptz`;
    const line = async (variant: number | null, currency: string) =>
      (await q(sql`select (line_price(${id}, ${variant}, ${currency}, ${at})).*`))[0];
    expect(await line(own!.id, 'JPY')).toEqual({ amount: '1800', compare_at: null, source: 'converted' });
    expect(await line(inherits!.id, 'JPY')).toEqual({ amount: '1500', compare_at: null, source: 'converted' });
    const list = await priceList('JPY');
    await q(sql`insert into prices (price_list_id, product_id, variant_id, amount) values (${list}, ${id}, ${own!.id}, 1700), (${list}, ${id}, null, 1400)`);
    expect((await line(own!.id, 'JPY')).amount).toBe('1700');
    expect((await line(inherits!.id, 'JPY')).amount).toBe('1400');
    expect((await line(null, 'USD'))).toEqual({ amount: '1000', compare_at: null, source: 'base' });
    expect((await line(null, 'CHF')).amount).toBeNull();
  });
});

describe('market rules', () => {
  it('refuses no default, two defaults and a country in two active markets (nothing changes)', async () => {
    await expect(q(sql`update markets set is_default = false`)).rejects.toThrow(/conflict: Exactly one market/);
    await expect(q(sql`update markets set is_default = true`)).rejects.toThrow();
    await expect(q(sql`update markets set countries = array['GB'] where handle = 'jp'`)).rejects.toThrow(/GB is in more than one/);
    await expect(q(sql`update markets set countries = array['gb'] where handle = 'jp'`)).rejects.toThrow();
    const markets = await q(sql`select handle, currency, is_default, tax_inclusive from markets where handle in ('us', 'eu', 'uk', 'jp') order by id`);
    expect(markets).toEqual([
      { handle: 'us', currency: 'USD', is_default: true, tax_inclusive: false },
      { handle: 'eu', currency: 'EUR', is_default: false, tax_inclusive: true },
      { handle: 'uk', currency: 'GBP', is_default: false, tax_inclusive: true },
      { handle: 'jp', currency: 'JPY', is_default: false, tax_inclusive: true },
    ]);
  });
});
