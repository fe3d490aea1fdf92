import { createServer } from 'node:net';

/**
 * Resolves when `port` can be bound on `host`; rejects otherwise with a message naming the port and
 * how to move it (`fix`, e.g. "set PORT").
 */
export function assertPortFree(port: number, host = '127.0.0.1', what = 'a service', fix = 'change the port in .dev.vars'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `Port ${port} (${what}) is already in use. Stop whatever holds it (is another \`npm run dev\` running?) or ${fix}.`
            : `Cannot listen on ${host}:${port} (${what}): ${err.message}`,
        ),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** A currently free port chosen by the OS. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
