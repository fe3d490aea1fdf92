import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { unstable_readConfig } from 'wrangler';

export const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** What the Worker is deployed with, read from wrangler.toml so the bench runs the same runtime settings. */
export interface WorkerConfig {
  compatibilityDate: string;
  compatibilityFlags: string[];
  vars: Record<string, string>;
  queues: {
    producers: { binding: string; queue: string }[];
    consumers: { queue: string; maxBatchSize?: number; maxBatchTimeout?: number; maxRetries?: number; deadLetterQueue?: string }[];
  };
}

export function readWorkerConfig(): WorkerConfig {
  const config = unstable_readConfig({ config: resolve(ROOT, 'wrangler.toml') });
  if (!config.compatibility_date) throw new Error('wrangler.toml has no compatibility_date');
  const vars = Object.fromEntries(Object.entries(config.vars ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return {
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    vars,
    queues: {
      producers: (config.queues.producers ?? []).map((p: { binding: string; queue?: string }) => ({ binding: p.binding, queue: p.queue ?? p.binding })),
      consumers: (config.queues.consumers ?? []).map((c: RawConsumer) => ({
        queue: c.queue,
        maxBatchSize: c.max_batch_size,
        maxBatchTimeout: c.max_batch_timeout,
        maxRetries: c.max_retries,
        deadLetterQueue: c.dead_letter_queue,
      })),
    },
  };
}

interface RawConsumer {
  queue: string;
  max_batch_size?: number;
  max_batch_timeout?: number;
  max_retries?: number;
  dead_letter_queue?: string;
}

export interface Bundle {
  /** The bundled module, exactly as `wrangler deploy` would upload it. */
  script: string;
  bytes: number;
  gzipBytes: number;
  /** Minified bytes each package contributes, largest first ('(app)' is src/). */
  packages: { name: string; bytes: number }[];
}

/**
 * Builds with `wrangler deploy --dry-run --outdir` (minified, as deployed). A config other than
 * the project's is written next to the output, so the floor fixture gets the same build pipeline.
 */
export async function buildWorker(outdir: string, entry?: { main: string; name: string; compatibilityDate: string }, opts: { minify?: boolean } = {}): Promise<Bundle> {
  const args = ['deploy', '--dry-run', '--outdir', outdir, '--metafile', join(outdir, 'meta.json')];
  // Unminified only for profiling, where esbuild's per-module comments name each sample's package.
  if (opts.minify === false) args.push('--minify=false');
  if (entry) {
    const config = join(outdir, 'wrangler.json');
    await writeFile(config, JSON.stringify({ name: entry.name, main: entry.main, compatibility_date: entry.compatibilityDate, minify: true }));
    args.push('--config', config);
  }
  await run(resolve(ROOT, 'node_modules/.bin/wrangler'), args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG: 'error' },
    maxBuffer: 16 * 1024 * 1024,
  });
  // The output is named after the entry file (index.js for src/index.ts).
  const main = (await readdir(outdir)).filter((f) => f.endsWith('.js'));
  if (main.length !== 1) throw new Error(`expected one bundled .js in ${outdir}, found ${main.join(', ') || 'none'}`);
  const script = await readFile(join(outdir, main[0]!), 'utf8');
  const meta = JSON.parse(await readFile(join(outdir, 'meta.json'), 'utf8')) as Metafile;
  return { script, bytes: Buffer.byteLength(script), gzipBytes: gzipSync(script, { level: 9 }).length, packages: perPackage(meta, main[0]!) };
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

function perPackage(meta: Metafile, file: string): { name: string; bytes: number }[] {
  const out = Object.entries(meta.outputs).find(([f]) => f.endsWith(`/${file}`) || f === file);
  if (!out) return [];
  const sums = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(out[1].inputs)) {
    // The last node_modules segment names the package that owns the file (nested installs included).
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
    const name = m ? m[1]! : input.includes('src/') ? '(app: src/)' : '(other)';
    sums.set(name, (sums.get(name) ?? 0) + bytesInOutput);
  }
  return [...sums].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}
