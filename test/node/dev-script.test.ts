import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/dev-vars';
import { assertPortFree, freePort } from '../../scripts/lib/ports';

// `npm run dev` as a developer runs it, on free ports and in a scratch data folder: it serves the API and
// the example store from a second origin, and a signal to the npm process alone (not to its process
// group, as Ctrl-C would) stops every process it started and frees every port.


/** Polls `check` until it is true or `ms` have passed. */
async function until(what: string, check: () => Promise<boolean>, ms: number, dev?: ChildProcess): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    if (dev && dev.exitCode !== null) throw new Error(`npm run dev exited (${dev.exitCode}) before ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Every live descendant of `pid`, from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Exited while we looked.
    }
  }
  const out: number[] = [];
  for (let queue = [pid]; queue.length; ) {
    const next = children.get(queue.shift()!) ?? [];
    out.push(...next);
    queue.push(...next);
  }
  return out;
}

const alive = (pid: number) => {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return state.slice(state.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

describe.skipIf(process.platform !== 'linux')('npm run dev', () => {
  let dir: string;
  let vars: string;
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ec-dev-'));
    let text = await readFile(resolve(ROOT, '.dev.vars.example'), 'utf8');
    // Every stand-in the example settings name on a local port moves to a free one (one port per stand-in,
    // whichever variables share it), so that the run collides with no other stack on this machine.
    const moved = new Map<string, number>();
    for (const [, name, port] of text.matchAll(/^([A-Z0-9_]+)=https?:\/\/127\.0\.0\.1:(\d+)/gm)) {
      if (name === 'APP_URL') continue;
      if (!moved.has(port!)) moved.set(port!, await freePort());
      ports[name!] = moved.get(port!)!;
    }
    ports.PORT = await freePort();
    ports.STORE_PORT = await freePort();
    text = text.replace(/^([A-Z0-9_]+)=(https?:\/\/127\.0\.0\.1:)(\d+)/gm, (_, name: string, prefix: string, port: string) =>
      `${name}=${prefix}${name === 'APP_URL' ? ports.PORT : moved.get(port)}`);
    vars = join(dir, 'dev.vars');
    await writeFile(vars, text);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // SIGTERM first: it also seeds the scratch database, so the SIGINT run starts faster.
  it.each(['SIGTERM', 'SIGINT'] as const)('serves the API and the store’s second origin, and stops everything on %s to npm', async (signal) => {
    const api = `http://127.0.0.1:${ports.PORT}`;
    const store = `http://127.0.0.1:${ports.STORE_PORT}`;
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
    // --ignore-scripts skips predev, which rewrites public/vendor while other tests read it.
    const dev = spawn('npm', ['run', 'dev', '--ignore-scripts', '--', '--products', '6'], {
      cwd: ROOT,
      env: { ...env, PORT: String(ports.PORT), STORE_PORT: String(ports.STORE_PORT), DEV_VARS_FILE: vars, DEV_DATA_DIR: join(dir, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that the test can signal npm alone.
      detached: true,
    });
    let output = '';
    dev.stdout!.on('data', (d: Buffer) => void (output += d.toString()));
    dev.stderr!.on('data', (d: Buffer) => void (output += d.toString()));
    const exited = new Promise<void>((done) => dev.once('exit', () => done()));
    let tree: number[] = [];
    try {
      await until('GET /health = 200', async () => (await fetch(`${api}/health`)).status === 200, 240_000, dev);
      // Both origins are printed, and the second one serves the store, pointed at the API.
      expect(output).toContain(`${api}/`);
      expect(output).toContain(`${store}/`);
      const page = await fetch(`${store}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script type="module" src="/store/app.js">');
      expect(await (await fetch(`${store}/config.js`)).text()).toContain(`export const API_BASE = "${api}";`);
      expect((await fetch(`${store}/store/app.js`)).status).toBe(200);
      // Nothing outside public/, however the path is spelled.
      expect((await fetch(`${store}/js/..%2f..%2fpackage.json`)).status).toBe(404);
      // The Worker serves the same page, calling the API on its own origin.
      expect(await (await fetch(`${api}/config.js`)).text()).toContain("export const API_BASE = '';");

      tree = descendants(dev.pid!);
      expect(tree.length).toBeGreaterThan(3);
      process.kill(dev.pid!, signal);
      await until('npm run dev to exit', async () => dev.exitCode !== null || dev.signalCode !== null, 60_000);
      // Every process it started is gone (wrangler's workerd included), and every port is free again.
      await until('its processes to end', async () => tree.every((pid) => !alive(pid)), 30_000);
      for (const [name, port] of Object.entries(ports)) await expect(assertPortFree(port), name).resolves.toBeUndefined();
    } catch (err) {
      throw new Error(`${(err as Error).message}\n--- npm run dev output ---\n${output.slice(-4000)}`);
    } finally {
      for (const pid of [...tree, ...descendants(dev.pid!)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone, as it should be.
        }
      }
      if (dev.exitCode === null && dev.signalCode === null) dev.kill('SIGKILL');
      await exited;
    }
  }, 360_000);
});
