import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayProxy {
  /** http://127.0.0.1:PORT, standing in for the target's origin. */
  origin: string;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade']);

/**
 * Forwards every request to `target` after `delay` ms. Put in front of each stand-in, it turns each
 * sequential round trip the Worker makes before answering into `delay` ms of response time, which
 * is how sequential hops are counted (parallel trips overlap; background work after the answer
 * does not delay it), the way a network far from the data centre would show them.
 */
export async function startDelayProxy(target: string): Promise<DelayProxy> {
  let delay = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      }
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
      });
      const out = Buffer.from(await upstream.arrayBuffer());
      const resHeaders: Record<string, string> = {};
      // fetch has already decoded any content-encoding; length is recomputed.
      upstream.headers.forEach((v, k) => {
        if (!HOP_BY_HOP.has(k) && k !== 'content-encoding') resHeaders[k] = v;
      });
      res.writeHead(upstream.status, { ...resHeaders, 'content-length': out.length });
      res.end(out);
    })().catch((err: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`delay proxy: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
