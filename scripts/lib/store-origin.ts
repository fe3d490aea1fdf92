import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { listen } from '../../local/listen';
import { ROOT } from './dev-vars';

const PUBLIC_DIR = resolve(ROOT, 'public');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StoreOrigin {
  url: string;
  close(): Promise<void>;
}

/**
 * The example store (public/) from a second origin, as a storefront on its own domain would be: every
 * API call is cross-origin. `/config.js` names the API's origin; the Worker's own copy of the page
 * gets the committed config.js, which says "this origin".
 */
export async function startStoreOrigin(opts: { port: number; apiUrl: string; host?: string }): Promise<StoreOrigin> {
  const config = `// Served by npm run dev's second origin: the API is elsewhere.\nexport const API_BASE = ${JSON.stringify(opts.apiUrl)};\n`;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://store').pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
      if (path === '/config.js') return send(res, 200, TYPES['.js']!, config, req.method);
      const file = normalize(join(PUBLIC_DIR, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(PUBLIC_DIR + sep)) return send(res, 404, 'text/plain', 'Not found');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(res, 404, 'text/plain', 'Not found');
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), req.method);
    })().catch((err: Error) => send(res, 500, 'text/plain', err.message));
  });
  const { origin } = await listen(server, 'example store', opts.port, opts.host ?? '127.0.0.1');
  return {
    url: origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string | Buffer, method = 'GET') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(method === 'HEAD' ? undefined : body);
}
