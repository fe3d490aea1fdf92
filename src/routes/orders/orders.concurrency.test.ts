import { sql } from 'kysely';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { createDatabase } from '../../db/client';
import { loadEnv } from '../../lib/env';
import { Timing } from '../../lib/timing';
import { testDb } from '../../../test/worker/db';
import { testEnv } from '../../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeUser, makeUsers, setStatus, stockOf } from '../../../test/worker/shop';

// In the PostgreSQL run (DATABASE_URL set, as in CI) the Neon stand-in serves these requests from a
// pool, so they really race in the database; over PGlite they queue. Both must give the same outcome.

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const onPostgres = inject('backendKind') === 'postgres';

// PostgreSQL only: over PGlite a query waits behind the held transaction, so nothing can be watched.
// Sessions are followed by who blocks whom, so other test files' lock waits in the same database never count.
async function pids(where: ReturnType<typeof sql>): Promise<number[]> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and ${where}`.execute(testDb());
  return rows.map((r) => r.pid);
}
/** The sessions waiting for a lock that session `pid` holds. */
const blockedBy = (pid: number) => pids(sql`${pid} = any(pg_blocking_pids(pid))`);

/** Polls until `find` yields a session: the tests wait for the state they need, never for a guessed delay. */
async function sessionWhen(what: string, find: () => Promise<number[]>): Promise<number> {
  for (let i = 0; i < 1_000; i++) {
    const [pid] = await find();
    if (pid !== undefined) return pid;
    await sleep(20);
  }
  throw new Error(`timed out waiting until ${what}`);
}

/**
 * Holds a product's row lock inside one batch transaction, as a slow concurrent writer would, until
 * `release()` renames a second product it watches (released when the test ends, and given up after
 * 20 s in any case, so a failed test cannot hang). PostgreSQL only: over PGlite the watch would queue
 * every other query behind it. `pid` is the holding session, once it holds the lock.
 */
async function holdProductLock(productId: number): Promise<{ pid: number; done: Promise<unknown>; release: () => Promise<void> }> {
  const signal = await makeProduct({ stock: 0 });
  const marker = `held-until-released ${Number(signal.id)}`;
  const database = createDatabase(loadEnv(testEnv), new Timing());
  const done = database.batch([
    sql`select id from products where id = ${productId} for update`.compile(database.db),
    sql.raw(`do $$ /* ${marker} */ begin
      for i in 1..2000 loop
        exit when exists (select 1 from products where id = ${Number(signal.id)} and name = 'released');
        perform pg_sleep(0.01);
      end loop;
    end $$`).compile(database.db),
  ]);
  const release = async () => {
    await testDb().updateTable('products').set({ name: 'released' }).where('id', '=', signal.id).execute();
  };
  onTestFinished(async () => {
    await release();
    await done.catch(() => undefined);
  });
  const pid = await sessionWhen('the lock is held', () => pids(sql`state = 'active' and query like ${`%${marker}%`}`));
  return { pid, done, release };
}

const ordersFor = (productId: number) =>
  testDb().selectFrom('order_items').select('order_id').where('product_id', '=', productId).execute();

describe(`checkout under concurrency (${inject('backendKind')})`, () => {
  it('sells exactly 10 units to 50 concurrent buyers: 10 orders, stock 0, 40 × 409, no 5xx', async () => {
    const product = await makeProduct({ stock: 10, price_cents: 1500 });
    const buyers = await makeUsers(50);
    await Promise.all(buyers.map((b) => addItem(b, { product_id: product.id, quantity: 1 })));

    const started = performance.now();
    const results = await Promise.all(buyers.map((b) => checkout(b)));
    const ms = Math.round(performance.now() - started);
    const statuses = results.map((r) => r.res.status);
    console.log(`50 concurrent checkouts for 10 units: ${JSON.stringify(tally(statuses))} in ${ms} ms`);

    expect(tally(statuses)).toEqual({ 201: 10, 409: 40 });
    for (const r of results.filter((r) => r.res.status === 409)) {
      expect(r.body.error).toMatchObject({ code: 'insufficient_stock', details: { lines: [expect.objectContaining({ product_id: product.id, requested: 1, available: 0 })] } });
    }
    expect(await stockOf(product.id)).toBe(0);
    expect(await ordersFor(product.id)).toHaveLength(10);
  });

  it('makes exactly one order from 20 concurrent retries with one Idempotency-Key, with 20 identical bodies', async () => {
    const me = await makeUser();
    const product = await makeProduct({ stock: 100 });
    await addItem(me, { product_id: product.id, quantity: 3 });
    const key = crypto.randomUUID();
    const body = checkoutBody();

    const results = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const r = await checkout(me, body, key);
        return { status: r.res.status, replayed: r.res.headers.get('Idempotent-Replayed'), text: JSON.stringify(r.body) };
      }),
    );
    console.log(`20 concurrent retries: ${JSON.stringify(tally(results.map((r) => r.status)))}, replayed ${results.filter((r) => r.replayed).length}`);

    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => r.text)).size).toBe(1);
    expect(results.filter((r) => r.replayed === null)).toHaveLength(1);
    expect(await ordersFor(product.id)).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(97);
  });

  it('lets only one of two concurrent checkouts of the same cart (different keys) through', async () => {
    const me = await makeUser();
    const product = await makeProduct({ stock: 10 });
    await addItem(me, { product_id: product.id, quantity: 2 });
    const [a, b] = await Promise.all([checkout(me), checkout(me)]);
    expect([a.res.status, b.res.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.res.status === 409)!.body.error.code).toBe('cart_empty');
    expect(await stockOf(product.id)).toBe(8);
  });

  it('restocks once when two admins cancel the same order at the same time', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const product = await makeProduct({ stock: 5 });
    await addItem(me, { product_id: product.id, quantity: 2 });
    const order = (await checkout(me)).body;
    const results = await Promise.all([1, 2, 3].map(() => setStatus(admin.token, order.id, { status: 'cancelled' })));
    expect(results.map((r) => r.res.status).sort()).toEqual([200, 409, 409]);
    expect(await stockOf(product.id)).toBe(5);
  });

  // Over PGlite requests queue one after another, so a first request can never be seen running.
  it.runIf(onPostgres)('makes a retry wait while the first request is still running, then replays its answer', async () => {
    const me = await makeUser();
    const product = await makeProduct({ stock: 5 });
    await addItem(me, { product_id: product.id, quantity: 1 });
    const key = crypto.randomUUID();
    const hold = await holdProductLock(product.id);
    const first = checkout(me, checkoutBody(), key); // claims the key, then waits for the stock lock
    const firstPid = await sessionWhen('the first checkout waits for the lock', () => blockedBy(hold.pid));
    const retry = checkout(me, checkoutBody(), key); // waits for the first one's key
    await sessionWhen("the retry waits for the first one's key", () => blockedBy(firstPid));
    await hold.release();
    const [a, b] = await Promise.all([first, retry]);
    await hold.done;
    expect([a.res.status, b.res.status]).toEqual([201, 201]);
    expect([a.res.headers.get('Idempotent-Replayed'), b.res.headers.get('Idempotent-Replayed')]).toEqual([null, 'true']);
    expect(b.body).toEqual(a.body);
    expect(await stockOf(product.id)).toBe(4);
    expect(await ordersFor(product.id)).toHaveLength(1);
  });

  it.runIf(onPostgres)('answers 409 request_in_progress with Retry-After when the first runs past the wait', async () => {
    const me = await makeUser();
    const product = await makeProduct({ stock: 5 });
    await addItem(me, { product_id: product.id, quantity: 1 });
    const key = crypto.randomUUID();
    // The lock is held until the retry has given up, however slowly the machine runs.
    const hold = await holdProductLock(product.id);
    const first = checkout(me, checkoutBody(), key);
    await sessionWhen('the first checkout waits for the lock', () => blockedBy(hold.pid));
    const retry = await checkout(me, checkoutBody(), key);
    expect([retry.res.status, retry.body.error.code, retry.res.headers.get('Retry-After')]).toEqual([409, 'request_in_progress', '1']);
    await hold.release();
    expect((await first).res.status).toBe(201);
    await hold.done;
    const later = await checkout(me, checkoutBody(), key);
    expect([later.res.status, later.res.headers.get('Idempotent-Replayed')]).toEqual([201, 'true']);
    expect(await ordersFor(product.id)).toHaveLength(1);
  }, 40_000);
});
