import { z } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/lib/create-app';
import { api, BASE, testEnv } from './helpers';

// A throwaway app with one JSON route, to drive the shell's validation and error paths.
function shellApp() {
  const app = createApp();
  const body = z.object({ name: z.string().min(2), qty: z.number().int().positive() }).strict();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/echo',
      request: { body: { content: { 'application/json': { schema: body } }, required: true } },
      responses: { 200: { description: 'ok' } },
    }),
    (c) => c.json(c.req.valid('json'), 200),
  );
  app.get('/boom', () => {
    throw new Error(`db password is ${testEnv.JWT_SECRET}`);
  });
  return app;
}

const call = (path: string, init?: RequestInit, env: Record<string, unknown> = testEnv) =>
  shellApp().request(`${BASE}${path}`, init, env);

describe('app shell', () => {
  it('echoes a safe X-Request-Id and makes one when absent', async () => {
    const given = await api('/health', { headers: { 'X-Request-Id': 'client-abc.123' } });
    expect(given.headers.get('X-Request-Id')).toBe('client-abc.123');
    const made = await api('/health');
    expect(made.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await api('/health', { headers: { 'X-Request-Id': 'bad id\twith spaces' } });
    expect(unsafe.headers.get('X-Request-Id')).not.toContain(' ');
  });

  it('answers an unknown route with the JSON error body', async () => {
    const res = await api('/nope', { headers: { 'X-Request-Id': 'rid-404' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'No route for GET /nope', request_id: 'rid-404' },
    });
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await call('/echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; request_id: string } };
    expect(body.error.code).toBe('invalid_json');
    expect(body.error.request_id).toBe(res.headers.get('X-Request-Id'));
  });

  it('answers a schema failure with 422 and the issues in details', async () => {
    const res = await call('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', qty: -1, is_admin: true }),
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'qty']));
    expect(JSON.stringify(error.details)).toContain('is_admin');
  });

  it('accepts a valid body', async () => {
    const res = await call('/echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ok', qty: 2 }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'ok', qty: 2 });
  });

  it('hides unexpected errors behind 500 internal, with no stack or secret in the body or the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await call('/boom');
    const lines = logged.mock.calls.map((args) => args.join(' '));
    logged.mockRestore();
    expect(lines.join('\n')).toContain('request failed');
    expect(lines.join('\n')).not.toContain(testEnv.JWT_SECRET);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toContain(testEnv.JWT_SECRET);
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('sets Server-Timing with db, cache and total on every response', async () => {
    for (const res of [await api('/health'), await api('/nope'), await call('/boom')]) {
      const header = res.headers.get('Server-Timing') ?? '';
      for (const metric of ['db', 'cache', 'total']) expect(header).toMatch(new RegExp(`(^|, )${metric};dur=`));
    }
  });
});

describe('env validation', () => {
  it('names a missing variable in a 500, without leaking any value', async () => {
    const { NEON_PSQL_URL: _drop, ...rest } = testEnv;
    const res = await call('/health', undefined, rest);
    expect(res.status).toBe(500);
    const text = await res.text();
    const { error } = JSON.parse(text) as { error: { code: string; message: string } };
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain('NEON_PSQL_URL');
    expect(text).not.toContain(testEnv.JWT_SECRET);
    expect(text).not.toContain(testEnv.UPSTASH_REDIS_REST_TOKEN);
  });

  it('names malformed variables and half-configured services', async () => {
    const res = await call('/health', undefined, {
      ...testEnv,
      JWT_SECRET: 'short',
      UPSTASH_REDIS_REST_URL: 'not a url',
      SUPABASE_URL: 'https://project.supabase.co',
      SUPABASE_API_KEY: undefined,
    });
    expect(res.status).toBe(500);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain('JWT_SECRET');
    expect(error.message).toContain('UPSTASH_REDIS_REST_URL');
    expect(error.message).toContain('SUPABASE_API_KEY');
    expect(error.message).not.toContain('short');
  });
});
