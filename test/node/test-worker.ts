import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { workerBindings } from '../setup/test-env';
import { startWranglerWorker, type WranglerWorker } from '../setup/wrangler-worker';

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
  let worker: WranglerWorker | undefined;
  const close = async () => {
    await worker?.dispose().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // The Worker's request lines stay out of the test output.
    worker = await startWranglerWorker(bindings, dir);
    return { url: worker.url, bindings, close };
  } catch (err) {
    await close();
    throw err;
  }
}
