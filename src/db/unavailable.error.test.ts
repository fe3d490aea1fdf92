import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../lib/create-app';
import { registerRoutes } from '../routes';
import { BASE, bearer, captureLogs, testEnv } from '../../test/worker/helpers';
import { makeUser } from '../../test/worker/shop';

// Neon unreachable: nothing listens on the discard port.
const down = { ...testEnv, NEON_HTTP_ENDPOINT: 'http://127.0.0.1:9/sql' };

describe('the database being down', () => {
  it('is a 503 service_unavailable with Retry-After, and the log names the dependency', async () => {
    const me = await makeUser();
    const app = registerRoutes(createApp());
    const { lines, result } = await captureLogs(async () => app.request(`${BASE}/api/orders`, { headers: bearer(me.token) }, down));
    expect(result.status).toBe(503);
    expect(Number(result.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await result.json()) as any).error).toMatchObject({ code: 'service_unavailable', details: { dependency: 'database' }, request_id: expect.any(String) });
    expect(lines.filter((l) => l.msg === 'dependency degraded')).toEqual([expect.objectContaining({ dependency: 'database', status: 503 })]);
  });

  it('still serves what the cache holds', async () => {
    const app = registerRoutes(createApp());
    const path = `${BASE}/api/products?limit=3&sort=newest`;
    // The fill is written after the response, in waitUntil: waited for here.
    const ctx = createExecutionContext();
    const filled = await app.request(path, {}, testEnv, ctx);
    expect(filled.status).toBe(200);
    await filled.arrayBuffer();
    await waitOnExecutionContext(ctx);
    expect((await app.request(path, {}, down)).status).toBe(200);
    expect((await app.request(`${BASE}/api/products?limit=3&sort=price_asc&category=${crypto.randomUUID()}`, {}, down)).status).toBe(503);
  });
});
