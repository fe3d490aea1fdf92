import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Starts `server` on host:port (0 = a free port) and resolves with its origin. A port in use is
 * a clear error naming the stand-in and the port (code EADDRINUSE).
 */
export function listen(server: Server, name: string, port: number | undefined, host: string): Promise<{ port: number; origin: string }> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EADDRINUSE') return reject(e);
      const err = new Error(`${name} stand-in: port ${port} on ${host} is already in use (EADDRINUSE)`);
      reject(Object.assign(err, { code: 'EADDRINUSE', cause: e }));
    };
    server.once('error', onError);
    server.listen(port ?? 0, host, () => {
      server.off('error', onError);
      const actual = (server.address() as AddressInfo).port;
      resolve({ port: actual, origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}` });
    });
  });
}
