import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';
import WebSocket from 'ws';
import { freePort } from '../../scripts/lib/ports';
import { buildWorker, type WorkerConfig } from './build';
import { type NextRequest, runLoad } from './load';

export interface ProfileResult {
  path: string;
  samples: number;
  rps: number;
  /** Share of the Worker isolate's CPU samples by package, built-ins counted to their caller. */
  shares: { name: string; share: number }[];
}

/**
 * Where the Worker's CPU goes on one endpoint: V8's sampling profiler over the inspector while the
 * endpoint is under load, on an unminified build of the same code so that esbuild's per-module
 * comments attribute every sample to a package. The inspector makes console calls dearer than in
 * production, so the throughput here is lower than in the load table and logging looks heavier.
 */
export async function profileEndpoint(outdir: string, config: WorkerConfig, bindings: Record<string, string>, next: NextRequest, seconds: number): Promise<ProfileResult> {
  await buildWorker(outdir, undefined, { minify: false });
  const file = (await readFile(join(outdir, 'index.js'), 'utf8')).split('\n');
  const marks: [number, string][] = [];
  file.forEach((line, i) => {
    const m = /^\/\/ (?:.*node_modules\/((?:@[^/]+\/)?[^/]+)\/|(src)\/|(bench)\/)/.exec(line);
    if (m) marks.push([i, m[1] ?? (m[2] ? '(app: src/)' : '(bench)')]);
  });
  const moduleAt = (line: number) => {
    let name = '(bundle prelude)';
    for (let lo = 0, hi = marks.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]![0] <= line) [name, lo] = [marks[mid]![1], mid + 1];
      else hi = mid - 1;
    }
    return name;
  };

  const [port, inspectorPort] = [await freePort(), await freePort()];
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port,
      inspectorPort,
      name: 'bench-profile',
      modules: true,
      script: file.join('\n'),
      compatibilityDate: config.compatibilityDate,
      compatibilityFlags: config.compatibilityFlags,
      bindings: { ...config.vars, ...bindings },
      logRequests: false,
      handleStructuredLogs: () => {},
    }),
  );
  try {
    const url = (await mf.ready).origin;
    await runLoad(url, next, { connections: 10, duration: 1, warmup: 0 });
    const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { title: string; webSocketDebuggerUrl: string }[];
    const target = targets.find((t) => t.title.endsWith(':bench-profile'));
    if (!target) throw new Error(`no inspector target for the Worker among ${targets.map((t) => t.title).join(', ')}`);
    const ws = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let id = 0;
    const pending = new Map<number, (result: any) => void>();
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id?: number; result?: unknown };
      if (m.id !== undefined) pending.get(m.id)?.(m.result);
    });
    const send = (method: string, params: object = {}) =>
      new Promise<any>((resolve) => {
        pending.set(++id, resolve);
        ws.send(JSON.stringify({ id, method, params }));
      });
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 200 });
    await send('Profiler.start');
    const load = await runLoad(url, next, { connections: 10, duration: seconds, warmup: 0 });
    const { profile } = (await send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[] } };
    ws.close();

    const hits = new Map<number, number>();
    for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
    const parent = new Map<number, ProfileNode>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    // A built-in's time (fetch, defineProperty, …) belongs to the package that called it, and so
    // does the time of the bundle's own helpers (esbuild's __name for keep_names).
    const owner = (n: ProfileNode): string => {
      for (let at: ProfileNode | undefined = n; at; at = parent.get(at.id)) {
        const f = at.callFrame;
        if (!f.url) {
          if (/^\(.*\)$/.test(f.functionName) && !parent.get(at.id)?.callFrame.url) return f.functionName;
          continue;
        }
        const m = moduleAt(f.lineNumber);
        if (m !== '(bundle prelude)') return m;
      }
      return '(runtime)';
    };
    const byName = new Map<string, number>();
    for (const n of profile.nodes) {
      const count = hits.get(n.id) ?? 0;
      if (!count) continue;
      const name = owner(n);
      byName.set(name, (byName.get(name) ?? 0) + count);
    }
    const total = profile.samples.length;
    const shares = [...byName].map(([name, c]) => ({ name, share: c / total })).sort((a, b) => b.share - a.share);
    return { path: String(next()?.path), samples: total, rps: load.rps, shares };
  } finally {
    await mf.dispose();
  }
}

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
