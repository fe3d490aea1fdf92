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
