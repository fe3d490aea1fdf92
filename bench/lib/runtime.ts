import { readdirSync, readFileSync } from 'node:fs';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import { freePort } from '../../scripts/lib/ports';
import type { WorkerConfig } from './build';

export interface RunningWorker {
  url: string;
  /** The Worker's latest error and warning log lines, to explain a failing case. */
  problems(): string[];
  /** CPU time the Worker's workerd process has used so far (user + system, all threads), in ms; NaN off Linux. */
  cpuMs(): number;
  close(): Promise<void>;
}

// Linux reports process CPU in clock ticks of 10 ms (USER_HZ = 100 on every mainstream kernel).
const TICK_MS = 10;

/** The pids of this process's workerd children (each Miniflare spawns its own workerd). */
export function workerdChildren(): Set<number> {
  const out = new Set<number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      if (ppid === process.pid && comm.startsWith('workerd')) out.add(Number(e));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/** utime + stime of a process, in ms. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5), counted from the state field (3) on.
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

/** Starts a Miniflare and tells which workerd process it spawned. */
export async function startMiniflare(options: ConstructorParameters<typeof Miniflare>[0]): Promise<{ mf: Miniflare; url: string; pid: number | undefined }> {
  const before = workerdChildren();
  const mf = new Miniflare(options);
  const url = (await mf.ready).origin;
  const spawned = [...workerdChildren()].filter((p) => !before.has(p));
  return { mf, url, pid: spawned.length === 1 ? spawned[0] : undefined };
}

/**
 * Queues as in wrangler.toml: 'consume' binds the producers and runs the consumers, as deployed;
 * 'produce' only sends (messages wait, so no background batch lands in a probe's counts).
 */
export type QueueMode = 'none' | 'produce' | 'consume';

/**
 * Serves a bundled Worker on workerd through Miniflare's API, on a free port and with no inspector:
 * `wrangler dev` attaches a debugger that reports every outbound request to Node, which under load
 * costs more than the Worker itself, so it is not used for timings.
 */
export async function serveWorker(name: string, script: string, config: WorkerConfig, bindings: Record<string, string>, queues: QueueMode): Promise<RunningWorker> {
  const port = await freePort();
  const problems: string[] = [];
  const queueProducers = queues === 'none' ? undefined : Object.fromEntries(config.queues.producers.map((p) => [p.binding, { queueName: p.queue }]));
  const queueConsumers = queues === 'consume' ? Object.fromEntries(config.queues.consumers.map(({ queue, ...c }) => [queue, c])) : undefined;
  // Miniflare 5 takes a new options shape; the v4 shape (what wrangler builds) converts to it.
  const options = convertV4MiniflareOptions({
    host: '127.0.0.1',
    port,
    // Request lines would cost a round trip to Node each; the Worker's own logs are kept only
    // when they report a problem (info lines are dropped rather than printed mid-table).
    logRequests: false,
    handleStructuredLogs: (log) => {
      if (log.level !== 'error' && log.level !== 'warn') return;
      problems.push(log.message.slice(0, 500));
      if (problems.length > 20) problems.shift();
    },
    name,
    modules: true,
    script,
    compatibilityDate: config.compatibilityDate,
    compatibilityFlags: config.compatibilityFlags,
    bindings: { ...config.vars, ...bindings },
    queueProducers,
    queueConsumers,
  });
  const { mf, url, pid } = await startMiniflare(options);
  return { url, problems: () => [...problems], cpuMs: () => processCpuMs(pid), close: () => mf.dispose() };
}
