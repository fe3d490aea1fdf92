import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unstable_startWorker } from 'wrangler';
import { ROOT } from '../../scripts/lib/dev-vars';
import { freePort } from '../../scripts/lib/ports';

export interface WranglerWorker {
  url: string;
  dispose(): Promise<void>;
}

/**
 * The Worker through wrangler's own dev server, as `wrangler dev` serves it (wrangler.toml, its static
 * assets), on a free port, with `vars` as its env and its local state in `dir`. The developer's
 * .dev.vars is not read. `onLog` gets the Worker's console lines.
 */
export async function startWranglerWorker(vars: Record<string, string>, dir: string, onLog: (message: string) => void = () => {}): Promise<WranglerWorker> {
  // Wrangler's banner and per-request lines would drown the test output; its warnings still show.
  process.env.WRANGLER_LOG ??= 'warn';
  // An explicit env file keeps wrangler from reading the developer's .dev.vars.
  const envFile = join(dir, 'worker.env');
  await writeFile(envFile, Object.entries(vars).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n'));
  const worker = await unstable_startWorker({
    config: resolve(ROOT, 'wrangler.toml'),
    envFiles: [envFile],
    dev: {
      server: { hostname: '127.0.0.1', port: await freePort() },
      inspector: false,
      watch: false,
      liveReload: false,
      persist: join(dir, 'wrangler-state'),
      structuredLogsHandler: (log: { message: string }) => onLog(log.message),
    },
  });
  try {
    await worker.ready;
    return { url: (await worker.url).origin, dispose: () => worker.dispose() };
  } catch (err) {
    await worker.dispose().catch(() => {});
    throw err;
  }
}
