import { Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import type { DB } from '../../src/db/schema';
import { bulkProducts } from '../../scripts/lib/list-plans';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { seedOrderHistory } from '../../scripts/lib/order-history';

// The seed's order history (npm run db:seed -- --orders N) goes through the same triggers as real orders.
let db: Kysely<DB>;
let close: () => Promise<void>;

beforeAll(async () => {
  const lite = await createPgliteBackend({});
  db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
  close = () => lite.close();
  await migrateToLatest(db, () => {});
  await bulkProducts(db, 50);
}, 120_000);

afterAll(async () => close?.());

describe('seeded order history', () => {
  it('adds orders over 90 days, with lines, counted by the sales rollups', async () => {
    const progress: number[] = [];
    expect(await seedOrderHistory(db, 7_000, (d) => progress.push(d))).toBe(7_000);
    expect(progress).toEqual([5_000, 7_000]);
    const { rows } = await sql<{ orders: number; days: number; lines: number; rollup: number; cancelled: number }>`select
      (select count(*)::int from orders) as orders,
      (select count(distinct (created_at at time zone 'UTC')::date)::int from orders) as days,
      (select count(*)::int from order_items) as lines,
      (select sum(orders)::int from sales_daily) as rollup,
      (select count(*)::int from orders where status = 'cancelled') as cancelled`.execute(db);
    const r = rows[0]!;
    expect(r.orders).toBe(7_000);
    expect(r.days).toBeGreaterThanOrEqual(89);
    expect(r.lines).toBeGreaterThanOrEqual(7_000);
    expect(r.rollup).toBe(r.orders - r.cancelled);
  }, 120_000);
});
