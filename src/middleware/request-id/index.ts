import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../lib/types';

const HEADER = 'X-Request-Id';
// Accept a caller's id only if it is short and plain, so it is safe to echo and log.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes the caller's `X-Request-Id` (or makes one) and echoes it on the response. */
export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const incoming = c.req.header(HEADER);
    const id = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', id);
    await next();
    c.header(HEADER, id);
  });
}
