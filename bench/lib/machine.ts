import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { ROOT } from './build';

/** The machine a run was measured on: numbers from elsewhere are not comparable without it. */
export function machineInfo() {
  const model = cpus()[0]?.model.trim() || 'unknown CPU';
  return { cpu: model, cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg() };
}

const version = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};

/** Versions of what runs and measures the Worker (workerd's version is its release date). */
export function packageVersions(): Record<string, string> {
  return {
    node: process.version,
    wrangler: version('wrangler'),
    miniflare: version('miniflare'),
    workerd: version('workerd'),
    autocannon: version('autocannon'),
    hono: version('hono'),
    PGlite: version('@electric-sql/pglite'),
  };
}

/** Busy and total CPU jiffies of the whole machine, from /proc/stat (null off Linux). */
function cpuJiffies(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    // idle and iowait
    return { busy: total - fields[3]! - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is nearly idle (under `maxBusy` of its CPU over half a second), up to `limitMs`:
 * work left over from the previous phase (queue consumers delivering the events of the checkouts just made,
 * a database writing out) would otherwise be counted in the next case's CPU and slow its load. Returns the
 * last busy share seen, or null when it cannot be read.
 */
export async function settle(maxBusy = 0.1, limitMs = 60_000): Promise<number | null> {
  const started = Date.now();
  let busy: number | null = null;
  do {
    const a = cpuJiffies();
    await new Promise((r) => setTimeout(r, 500));
    const b = cpuJiffies();
    if (!a || !b || b.total === a.total) return null;
    busy = (b.busy - a.busy) / (b.total - a.total);
    if (busy < maxBusy) return busy;
  } while (Date.now() - started < limitMs);
  return busy;
}
