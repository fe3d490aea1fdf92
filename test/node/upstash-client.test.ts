import { Redis } from '@upstash/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpstashStandin, type UpstashStandin } from '../../local/upstash/server';
import { UpstashError, UpstashRest, parseValue, serializeValue } from '../../src/clients/upstash';

// The API's own Upstash client (src/clients/upstash.ts) against the stand-in, side by side with the
// vendor's @upstash/redis: what one writes the other reads, and refusals come back as Upstash sends them.
const TOKEN = 'upstash-client-test-token';
let standin: UpstashStandin;
let ours: UpstashRest;
let vendor: Redis;

beforeAll(async () => {
  standin = await startUpstashStandin({ token: TOKEN });
  ours = new UpstashRest(standin.url, TOKEN);
  vendor = new Redis({ url: standin.url, token: TOKEN, retry: false });
});
afterAll(() => standin.close());

describe('UpstashRest', () => {
  it('sends a pipeline as one request and reads replies in order', async () => {
    const replies = await ours.exec([['SET', 'uc:a', serializeValue({ n: 1 }), 'EX', 60], ['INCR', 'uc:n'], ['GET', 'uc:a'], ['GET', 'uc:missing']]);
    expect(replies).toEqual(['OK', 1, '{"n":1}', null]);
    expect(parseValue(replies[2])).toEqual({ n: 1 });
  });

  it('stores values as @upstash/redis does, and reads what it stores', async () => {
    await ours.exec([['SET', 'uc:obj', serializeValue({ a: [1, 'x'] })]]);
    expect(await vendor.get('uc:obj')).toEqual({ a: [1, 'x'] });
    await vendor.set('uc:v', { b: true });
    expect(parseValue((await ours.exec([['GET', 'uc:v']]))[0])).toEqual({ b: true });
  });

  it('runs Lua scripts and returns arrays as Redis does', async () => {
    const [r] = await ours.exec([['EVAL', "return {'1', redis.call('GET', KEYS[1]) or ''}", 1, 'uc:none']]);
    expect(r).toEqual(['1', '']);
  });

  it('answers a refused command in its place, and a bad token as an error of the whole request', async () => {
    const replies = await ours.pipeline([['SET', 'uc:s', 'x'], ['INCR', 'uc:s', 'extra', 'args']]);
    expect(replies[0]).toBe('OK');
    expect(replies[1]).toBeInstanceOf(UpstashError);
    await expect(ours.exec([['INCR', 'uc:s', 'extra']])).rejects.toBeInstanceOf(UpstashError);
    await expect(new UpstashRest(standin.url, 'wrong').exec([['PING']])).rejects.toThrow(/401/);
  });
});
