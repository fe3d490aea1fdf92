import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import { freePort } from '../../scripts/lib/ports';
import type { WorkerConfig } from './build';

export interface RunningWorker {
  url: string;
  /** The Worker's latest error and warning log lines, to explain a failing case. */
  problems(): string[];
  close(): Promise<void>;
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
  const mf = new Miniflare(options);
  const url = (await mf.ready).origin;
  return { url, problems: () => [...problems], close: () => mf.dispose() };
}
