import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger';

const lines = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>);

describe('createLogger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one JSON line with the level, message, base fields, own fields and a timestamp', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = createLogger({ request_id: 'r-1' });
    log.info('request', { status: 200, timing: { db: 1.5 } });
    log.info('bare');
    log.error('failed', { request_id: 'r-2' });
    expect(lines(out)).toEqual([
      { level: 'info', msg: 'request', request_id: 'r-1', status: 200, timing: { db: 1.5 }, ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      { level: 'info', msg: 'bare', request_id: 'r-1', ts: expect.any(String) },
    ]);
    // A field named as a base field is the one a reader keeps.
    expect(lines(err)).toEqual([{ level: 'error', msg: 'failed', request_id: 'r-2', ts: expect.any(String) }]);
  });

  it('escapes the message and leaves out undefined fields', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    createLogger({}).info('a "quoted"\nmessage', { gone: undefined, kept: null });
    expect(lines(out)).toEqual([{ level: 'info', msg: 'a "quoted"\nmessage', kept: null, ts: expect.any(String) }]);
  });

  it('scrubs secrets and URL credentials from every line', () => {
    const out = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = createLogger({ request_id: 'r-1' }, ['sk_live_secret_value', 'short']);
    log.warn('dependency degraded', { url: 'postgres://user:hunter22@db.example/neondb', note: 'token sk_live_secret_value leaked', short: 'short' });
    const text = String(out.mock.calls[0]![0]);
    expect(text).not.toContain('sk_live_secret_value');
    expect(text).not.toContain('hunter22');
    const [line] = lines(out);
    expect(line).toMatchObject({ url: 'postgres://[redacted]@db.example/neondb', note: 'token [redacted] leaked', short: 'short' });
  });
});
