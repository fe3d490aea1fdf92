import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR, CLIENT_TYPES_FILE, compileClient, generateClientTypes } from '../../scripts/lib/client-types';
import { ROOT } from '../../scripts/lib/dev-vars';
import { createDatabase } from '../../src/db/client';
import { loadEnv } from '../../src/lib/env';
import { Timing } from '../../src/lib/timing';
import { startTestWorker, type TestWorker } from './test-worker';

// The client package (packages/client) as a storefront's own repository gets it: built, installed
// in node_modules, compiled by tsc in a browser project and in a Node project that cannot see src/,
// then run against the Worker over HTTP.

const run = promisify(execFile);
const NODE = existsSync(resolve(ROOT, 'node_modules/.bin/node')) ? resolve(ROOT, 'node_modules/.bin/node') : process.execPath;
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');

describe('the client package', () => {
  it('has the types of the current OpenAPI document (npm run client:build regenerates them)', async () => {
    const committed = await readFile(CLIENT_TYPES_FILE, 'utf8');
    // Compared in full; on a mismatch, run `npm run client:build` and commit the result.
    expect(committed === (await generateClientTypes()), 'packages/client/src/openapi.ts is out of date: run npm run client:build').toBe(true);
  });

  describe('in standalone projects', () => {
    let dir: string;
    let worker: TestWorker;
    let db: ReturnType<typeof createDatabase>['db'];
    let productId: number;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ec-client-'));
      // node_modules as `npm install @edge-commerce/client` leaves it: the package's manifest and build,
      // and its one dependency.
      const pkg = join(dir, 'node_modules/@edge-commerce/client');
      await compileClient(join(pkg, 'dist'));
      await cp(resolve(CLIENT_DIR, 'package.json'), join(pkg, 'package.json'));
      await symlink(resolve(ROOT, 'node_modules/openapi-fetch'), join(dir, 'node_modules/openapi-fetch'), 'dir');
      await mkdir(join(dir, 'node_modules/@types'), { recursive: true });
      await symlink(resolve(ROOT, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
      await writeFile(
        join(dir, 'run.mjs'),
        "const { run } = await import(process.argv[2]);\nprocess.stdout.write(JSON.stringify(await run(JSON.parse(process.argv[3]))));\n",
      );
      worker = await startTestWorker();
      db = createDatabase(loadEnv(worker.bindings), new Timing()).db;
      const sku = `CLIENT-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`.toUpperCase();
      const row = await db
        .insertInto('products')
        .values({ name: `Trail Mug ${sku}`, slug: sku.toLowerCase(), sku, price_cents: 1850, stock_quantity: 30, tags: [], meta_keywords: [] })
        .returning('id')
        .executeTakeFirstOrThrow();
      productId = row.id;
    }, 180_000);

    afterAll(async () => {
      await worker?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** Copies a fixture project next to node_modules and compiles it with tsc; returns the files tsc read. */
    async function compileFixture(name: string): Promise<{ root: string; files: string[] }> {
      const root = join(dir, name);
      await cp(resolve(ROOT, 'test/fixtures', name), root, { recursive: true });
      const out = await run(NODE, [TSC, '-p', join(root, 'tsconfig.json'), '--listFiles'], { cwd: root }).catch((err: { stdout?: string; message: string }) => {
        throw new Error(`tsc failed on the ${name} project:\n${err.stdout || err.message}`);
      });
      return { root, files: out.stdout.split('\n').filter(Boolean) };
    }

    async function runFixture(root: string, config: Record<string, unknown>, nodeFlags: string[] = []): Promise<any> {
      const { stdout } = await run(NODE, [...nodeFlags, join(dir, 'run.mjs'), join(root, 'dist/main.js'), JSON.stringify(config)], { cwd: root });
      return JSON.parse(stdout);
    }

    const ordersOf = async (email: string) =>
      (await sql<{ n: number }>`select count(*)::int as n from orders where email = ${email}`.execute(db)).rows[0]!.n;

    function expectStandalone(files: string[]) {
      // Only the fixture, the package's declarations, openapi-fetch's and TypeScript's own libraries.
      expect(files.filter((f) => f.startsWith(`${ROOT}/src/`) || f.startsWith(`${CLIENT_DIR}/src/`))).toEqual([]);
      expect(files.some((f) => f.endsWith('/node_modules/@edge-commerce/client/dist/index.d.ts'))).toBe(true);
      expect(files.some((f) => /workers-types|hono|zod/.test(f))).toBe(false);
    }

    it('compiles in a browser project (DOM types, no Node types) and runs a guest purchase', async () => {
      const { root, files } = await compileFixture('client-dom');
      expectStandalone(files);
      expect(files.some((f) => f.endsWith('/lib.dom.d.ts'))).toBe(true);
      expect(files.some((f) => f.includes('@types/node'))).toBe(false);

      const email = `guest-${Date.now().toString(36)}@example.com`;
      // Node's Web Storage stands in for the browser's localStorage, kept in a file as a browser keeps it.
      const storage = join(dir, 'local-storage.db');
      const r = await runFixture(root, { baseUrl: worker.url, productId, email }, ['--no-warnings', '--experimental-webstorage', `--localstorage-file=${storage}`]);

      expect(r.product.id).toBe(productId);
      // The cart token: stored on the first answer, sent on every cart call after it, found again after a reload.
      expect(r.cartToken.issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(r.cartToken.stored).toBe(r.cartToken.issued);
      expect(r.cartToken.sentAfter.length).toBeGreaterThanOrEqual(3);
      expect(new Set(r.cartToken.sentAfter)).toEqual(new Set([r.cartToken.issued]));
      expect(r.carts.map((c: { id: number }) => c.id)).toEqual([r.carts[0].id, r.carts[0].id, r.carts[0].id]);
      expect(r.carts.map((c: { item_count: number }) => c.item_count)).toEqual([2, 2, 2]);
      // The error body as a typed error.
      expect(r.error).toMatchObject({ name: 'ApiError', status: 409, code: 'insufficient_stock', details: { available: 30 } });
      expect(r.error.requestId).toBeTruthy();
      // The first checkout's answer was lost; the retry carried the same key and got the same order back.
      expect(r.checkout.attempts).toEqual([r.checkout.key, r.checkout.key]);
      expect(r.checkout.replayed).toBe(true);
      expect(r.checkout.order.email).toBe(email);
      expect(await ordersOf(email)).toBe(1);
      // Found again by number and email, and read with the view token.
      expect(r.lookup.id).toBe(r.checkout.order.id);
      expect(r.lookup.viewed).toBe(r.checkout.order.order_number);
      expect(Date.parse(r.lookup.expires_at)).toBeGreaterThan(Date.now());
      expect(r.emptied).toBe(0);
      // The chosen market rides on every call as X-Market until it is cleared.
      expect(r.markets.offered).toEqual(expect.arrayContaining(['us', 'eu', 'uk', 'jp']));
      expect(r.markets).toMatchObject({ chosen: 'jp', currency: 'JPY', after: 'us' });
      expect(Number.isInteger(r.markets.price)).toBe(true);
      // Compiling a project takes tens of seconds on a loaded machine: a bound, not a measurement.
    }, 180_000);

    it('compiles in a Node project (Node types, no DOM) and runs a signed-in purchase with a refreshed session', async () => {
      const { root, files } = await compileFixture('client-node');
      expectStandalone(files);
      expect(files.some((f) => f.includes('/@types/node/'))).toBe(true);
      expect(files.some((f) => f.endsWith('/lib.dom.d.ts'))).toBe(false);

      const email = `buyer-${Date.now().toString(36)}@example.com`;
      const r = await runFixture(root, { baseUrl: worker.url, productId, email, storageFile: join(dir, 'tokens.json') });

      expect(r.guestToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(r.signedUp).toBe(email);
      // The guest cart joined the new account's cart; the spent token was dropped.
      expect(r.merged).toEqual({ items: [[productId, 1]], tokenAfterMerge: null });
      // Three calls refused together, one refresh, all three answered.
      expect(r.refresh).toEqual({ calls: 1, rotated: true, answers: [email, 0, 0] });
      expect(r.checkout.id).toBe(r.checkout.replayedId);
      expect(r.checkout.replayed).toEqual([false, true]);
      expect(await ordersOf(email)).toBe(1);
      expect(r.afterSignOut).toBe('401 unauthenticated');
      // A refused refresh token ends the session; the caller sees the API's 401.
      expect(r.refused).toBe('401 unauthenticated');
      expect(r.sessionAfterRefusal).toBeNull();
      expect(r.sessions).toEqual([email, email, null, null]);
    }, 180_000);
  });
});
