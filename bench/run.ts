import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWorker, readWorkerConfig, ROOT } from './lib/build';
import { apiCases, type LoadCase } from './lib/cases';
import { writeChart } from './lib/chart';
import { startDelayProxy } from './lib/delay-proxy';
import { type LoadOptions, type LoadResult, runLoad } from './lib/load';
import { machineInfo, packageVersions, settle } from './lib/machine';
import { profileEndpoint } from './lib/profile';
import { type MixedResult, mixedKeys, runMixed } from './lib/mixed';
import { probes } from './lib/probes';
import { measureRecall } from '../scripts/lib/recall';
import { type BenchResults, renderMarkdown, targetLines } from './lib/results';
import { runProbe, type Service } from './lib/round-trips';
import { type QueueMode, type RunningWorker, serveWorker } from './lib/runtime';
import { ADMIN_SCALE, runAdminScale, runScale } from './lib/scale';
import { call, pickCatalogue } from './lib/shop';
import { CREDS, spawnBenchStack, workerBindings } from './lib/stack';
import { createDatabase } from '../src/db/client';
import { loadEnv } from '../src/lib/env';
import { Timing } from '../src/lib/timing';

// npm run bench [-- --quick]: the floor, the API under load, round trips, bundle, scale and recall,
// in one run. Exits 1 when a round-trip target is missed (counts are deterministic) and 2 when the
// suite cannot run; timings on a shared machine are not deterministic, so they never fail it.
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    connections: { type: 'string' },
    duration: { type: 'string' },
    out: { type: 'string' },
    'skip-scale': { type: 'boolean', default: false },
    'skip-recall': { type: 'boolean', default: false },
    profile: { type: 'boolean' },
  },
});
const quick = args.quick;
const settings = {
  load: { connections: Number(args.connections ?? 10), duration: Number(args.duration ?? (quick ? 3 : 10)), warmup: quick ? 1 : 2 } satisfies LoadOptions,
  catalogue: quick ? 200 : 1000,
  scaleProducts: quick ? 20_000 : 100_000,
  scaleRuns: quick ? 5 : 20,
  recallVectors: quick ? 2_000 : 10_000,
  recallQueries: quick ? 20 : 100,
  mixedReads: quick ? 600 : 3000,
};
// Quick runs (CI, smoke checks) write beside the committed results, never over them.
const outDir = resolve(args.out ?? (quick ? join(ROOT, 'bench/.quick') : join(ROOT, 'bench')));
const log = (line: string) => console.error(`[bench] ${line}`);

const started = new Date();
const machine = machineInfo();
const config = readWorkerConfig();
const tmp = await mkdtemp(join(tmpdir(), 'ec-bench-'));
const cleanups: (() => Promise<void>)[] = [async () => rm(tmp, { recursive: true, force: true })];
let exitCode = 0;
try {
  log('building the Worker and the floor fixtures (wrangler deploy --dry-run)');
  await mkdir(join(tmp, 'api'));
  await mkdir(join(tmp, 'floor'));
  await mkdir(join(tmp, 'round-trip'));
  const bundle = await buildWorker(join(tmp, 'api'));
  const floorBundle = await buildWorker(join(tmp, 'floor'), { main: resolve(ROOT, 'bench/fixtures/floor-worker.ts'), name: 'bench-floor', compatibilityDate: config.compatibilityDate });
  const roundTripBundle = await buildWorker(join(tmp, 'round-trip'), { main: resolve(ROOT, 'bench/fixtures/round-trip-worker.ts'), name: 'bench-round-trip', compatibilityDate: config.compatibilityDate });

  log('starting the offline stack (its own process), migrating, seeding and indexing');
  const bench = await spawnBenchStack(settings.catalogue);
  cleanups.unshift(bench.close);
  const dbVersion = bench.dbVersion;
  // Setup reaches the database as the Worker does, over the Neon stand-in.
  const setupDb = createDatabase(loadEnv(workerBindings(bench.urls)), new Timing()).db;
  const cat = await pickCatalogue(setupDb);

  // Three Workers on workerd: the floor, the API for load, and the API behind delay proxies for probes.
  const start = async (name: string, script: string, bindings: Record<string, string>, queues: QueueMode) => {
    const w = await serveWorker(name, script, config, bindings, queues);
    cleanups.unshift(w.close);
    return w;
  };
  const floorWorker = await start('bench-floor', floorBundle.script, {}, 'none');
  const roundTripWorker = await start('bench-round-trip', roundTripBundle.script, { UPSTASH_REDIS_REST_URL: bench.urls.upstash, UPSTASH_REDIS_REST_TOKEN: CREDS.upstashToken }, 'none');
  const api = await start('bench-api', bundle.script, workerBindings(bench.urls), 'consume');
  const edgeWorker = await start('bench-edge', bundle.script, { ...workerBindings(bench.urls), EDGE_CACHE: 'on' }, 'produce');
  const origins = { neon: new URL(bench.urls.neon).origin, upstash: bench.urls.upstash, supabase: bench.urls.supabase, openrouter: new URL(bench.urls.openrouter).origin };
  const proxies = await Promise.all(Object.values(origins).map((o) => startDelayProxy(o)));
  for (const p of proxies) cleanups.unshift(p.close);
  const [pNeon, pUpstash, pSupabase, pOpenrouter] = proxies as [typeof proxies[0], typeof proxies[0], typeof proxies[0], typeof proxies[0]];
  const probeWorker = await start('bench-probe', bundle.script, {
    ...workerBindings(bench.urls),
    NEON_HTTP_ENDPOINT: `${pNeon.origin}/sql`,
    UPSTASH_REDIS_REST_URL: pUpstash.origin,
    SUPABASE_URL: pSupabase.origin,
    OPEN_ROUTER_BASE_URL: `${pOpenrouter.origin}${new URL(bench.urls.openrouter).pathname}`,
    // The checkout probe registers its shoppers through the API; a Redis server keeps the counts between runs.
    RATE_LIMITS: 'register_ip=1000/60',
  }, 'produce');

  log('round trips per request');
  const stats = Object.fromEntries(Object.entries(origins).map(([k, o]) => [k === 'neon' ? 'db' : k === 'upstash' ? 'redis' : k, `${o}/__standin/stats`])) as Record<Service, string>;
  const probeResults = [];
  for (const p of probes(probeWorker.url, cat)) {
    const r = await runProbe(p, { stats, proxies });
    log(`  ${r.label}: ${r.skipped ?? r.error ?? `${JSON.stringify(r.counts)}, ${r.hops} hops`}`);
    probeResults.push(r);
  }

  log(`mixed workload: ${settings.mixedReads} reads, checkouts at 1 per 20 and 1 per 5 reads`);
  const mixed: MixedResult[] = [];
  const mixedProducts = (await setupDb.selectFrom('products').select('id').where('is_active', '=', true).where('has_variants', '=', false).orderBy('id').limit(10).execute()).map((r) => r.id);
  await setupDb.updateTable('products').set({ stock_quantity: 10_000_000 }).where('id', 'in', mixedProducts).execute();
  const keys = await mixedKeys(setupDb);
  for (const every of [20, 5]) {
    const m = await runMixed(probeWorker.url, setupDb, keys, mixedProducts, { reads: settings.mixedReads, checkoutEvery: every, concurrency: settings.load.connections }, stats);
    log(`  1 per ${every}: ${m.reads - m.readsWithDb}/${m.reads} reads without the database, ${m.db} db, ${m.redis} redis, ${m.readsPerSecond.toFixed(0)} reads/s, ${m.failures} failures`);
    mixed.push(m);
  }

  log(`floor: ${settings.load.duration} s at ${settings.load.connections} connections`);
  await settleOrSay('the floor');
  const floorBefore = await runLoad(`${floorWorker.url}/`, () => ({ path: '/' }), settings.load, undefined, floorWorker.cpuMs);
  log('floor + one round trip');
  await settleOrSay('the floor + one round trip');
  const roundTrip = await runLoad(`${roundTripWorker.url}/`, () => ({ path: '/' }), settings.load, undefined, roundTripWorker.cpuMs);
  const cases: BenchResults['cases'] = [];
  for (const c of apiCases(api.url, edgeWorker.url, setupDb, cat)) {
    const entry = { id: c.id, label: c.label, note: c.note } as BenchResults['cases'][number];
    try {
      const skipped = await c.check();
      if (skipped) entry.skipped = skipped;
      else {
        await settleOrSay(c.label);
        entry.result = await loadCase(c, c.edge ? edgeWorker : api);
      }
    } catch (err) {
      entry.error = err instanceof Error ? err.message : String(err);
    }
    log(`  ${c.label}: ${entry.result ? `${entry.result.rps.toFixed(0)} req/s, p50 ${entry.result.p50.toFixed(2)} ms, p99 ${entry.result.p99.toFixed(2)} ms, ${entry.result.errors} errors` : (entry.skipped ?? entry.error)}`);
    cases.push(entry);
  }
  // The floor again after the API cases: its spread is the noise of this machine in this run.
  await settleOrSay('the floor');
  const floorAfter = await runLoad(`${floorWorker.url}/`, () => ({ path: '/' }), settings.load, undefined, floorWorker.cpuMs);
  log(`floor before/after: ${floorBefore.rps.toFixed(0)} / ${floorAfter.rps.toFixed(0)} req/s`);
  const floor = averageFloor(floorBefore, floorAfter);

  let profile: BenchResults['profile'];
  if (args.profile ?? !quick) {
    log('profiling the cached list on an unminified build');
    await mkdir(join(tmp, 'profile'));
    await call(api.url, '/api/products');
    profile = await profileEndpoint(join(tmp, 'profile'), config, workerBindings(bench.urls), () => ({ path: '/api/products' }), settings.load.duration);
  }

  const backends = bench.backends;
  for (const close of cleanups.splice(0, cleanups.length - 1)) await close().catch(() => {});

  let scale: BenchResults['scale'];
  let scaleSkipped: string | undefined;
  if (args['skip-scale']) scaleSkipped = 'Skipped (--skip-scale).';
  else {
    log(`scale: ${settings.scaleProducts.toLocaleString('en')} products, ${settings.scaleRuns} runs per case`);
    scale = await runScale(settings.scaleProducts, settings.scaleRuns, log);
    const size = quick ? { orders: 20_000, itemsPerOrder: 10, products: 2_000, searches: 50_000 } : ADMIN_SCALE;
    log(`scale: ${size.orders.toLocaleString('en')} orders with ~${(size.orders * size.itemsPerOrder).toLocaleString('en')} items and ${size.searches.toLocaleString('en')} searches, ${settings.scaleRuns} runs per case`);
    scale.admin = await runAdminScale(settings.scaleRuns, log, size);
  }
  let recall: BenchResults['recall'];
  if (!args['skip-recall']) {
    log(`recall: ${settings.recallVectors.toLocaleString('en')} vectors, ${settings.recallQueries} queries`);
    recall = await measureRecall({ vectors: settings.recallVectors, queries: settings.recallQueries, log });
  }

  const results: BenchResults = {
    date: started.toISOString(),
    quick,
    machine,
    versions: { ...packageVersions(), database: dbVersion.split(' on ')[0]!.split(',')[0]! },
    backends,
    load: settings.load,
    floor,
    floorRuns: [floorBefore.rps, floorAfter.rps],
    roundTrip,
    cases,
    probes: probeResults,
    mixed,
    profile,
    bundle,
    scale,
    scaleSkipped,
    recall,
  };
  await mkdir(outDir, { recursive: true });
  await writeChart(results, join(outDir, 'chart.svg'), join(outDir, 'chart.png'));
  const md = renderMarkdown(results, 'chart.svg');
  await writeFile(join(outDir, 'RESULTS.md'), `${md}\n`);
  await writeFile(join(outDir, 'results.json'), `${JSON.stringify({ ...results, bundle: { ...bundle, script: undefined } }, null, 2)}\n`);
  console.log(md);
  log(`wrote ${relative(ROOT, join(outDir, 'RESULTS.md'))}, chart.svg and chart.png`);

  const missed = targetLines(results).filter((t) => t.gate && t.met === false);
  if (missed.length) {
    exitCode = 1;
    log(`deterministic targets missed (round trips, bundle bytes; this fails the run): ${missed.map((m) => m.target).join('; ')}`);
  }
} catch (err) {
  exitCode = 2;
  console.error(err);
} finally {
  for (const close of cleanups) await close().catch(() => {});
}
process.exit(exitCode);

/** A case's measured run; one that uses up prepared state first calibrates how much its window needs. */
/** Each load case starts on a quiet machine (see settle); one that never quietens is named in the log. */
async function settleOrSay(what: string): Promise<void> {
  const busy = await settle();
  if (busy !== null && busy >= 0.1) log(`  the machine stayed ${(busy * 100).toFixed(0)}% busy before ${what}; measured anyway`);
}

async function loadCase(c: LoadCase, worker: RunningWorker): Promise<LoadResult> {
  let r: LoadResult;
  if (c.consumes && c.prepare) {
    await c.prepare(200);
    // One unmeasured second doubles as the warm-up and tells how many carts the window will use.
    const probe = await runLoad(worker.url, c.next, { ...settings.load, duration: 1, warmup: 0 });
    await c.prepare(Math.min(50_000, Math.ceil(probe.rps * settings.load.duration * 1.3) + 100));
    r = await runLoad(worker.url, c.next, { ...settings.load, warmup: 0 }, undefined, worker.cpuMs);
  } else {
    await c.prepare?.(0);
    r = await runLoad(worker.url, c.next, settings.load, c.expect, worker.cpuMs);
  }
  if (r.errors > 0) log(`  ${c.id}: worker problems: ${worker.problems().slice(-3).join(' | ') || 'none logged'}`);
  return r;
}

function averageFloor(a: LoadResult, b: LoadResult): LoadResult {
  const mean = (x: number, y: number) => (x + y) / 2;
  const cpuMs = a.cpuMs !== undefined && b.cpuMs !== undefined ? mean(a.cpuMs, b.cpuMs) : undefined;
  return { ...a, rps: mean(a.rps, b.rps), p50: mean(a.p50, b.p50), p99: mean(a.p99, b.p99), requests: a.requests + b.requests, errors: a.errors + b.errors, seconds: a.seconds + b.seconds, cpuMs };
}
