import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import { ROOT } from '../../scripts/lib/dev-vars';
import { freePort } from '../../scripts/lib/ports';
import { workerBindings } from '../setup/test-env';

export interface TestWorker {
  /** The Worker's origin, served by wrangler's dev server over the test stack's stand-ins. */
  url: string;
  bindings: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The Worker as `wrangler dev` serves it, on a free port, bound to the stand-ins global-setup started
 * (the same bindings as the workerd tests), for Node tests that call it over real HTTP.
 */
export async function startTestWorker(): Promise<TestWorker> {
  const dir = await mkdtemp(join(tmpdir(), 'ec-test-worker-'));
  const bindings = workerBindings({
    neonEndpoint: inject('neonEndpoint'),
    upstashUrl: inject('upstashUrl'),
    supabaseUrl: inject('supabaseUrl'),
    cloudinaryUrl: inject('cloudinaryUrl'),
    openrouterUrl: inject('openrouterUrl'),
  });
  const envFile = join(dir, 'worker.env');
  await writeFile(envFile, Object.entries(bindings).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n'));
  process.env.WRANGLER_LOG ??= 'warn';
  let worker: Awaited<ReturnType<typeof unstable_startWorker>> | undefined;
  const close = async () => {
    await worker?.dispose().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  try {
    worker = await unstable_startWorker({
      config: resolve(ROOT, 'wrangler.toml'),
      envFiles: [envFile],
      dev: {
        server: { hostname: '127.0.0.1', port: await freePort() },
        inspector: false,
        watch: false,
        liveReload: false,
        persist: join(dir, 'wrangler-state'),
        // The Worker's request lines stay out of the test output.
        structuredLogsHandler: () => {},
      },
    });
    await worker.ready;
    return { url: (await worker.url).origin, bindings, close };
  } catch (err) {
    await close();
    throw err;
  }
}
