import { createHash, randomUUID } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startUpstashStandin, type UpstashStandin } from '../../local/upstash/server';

// Conformance: the real @upstash/redis client, default options (auto-pipelining, base64
// responses, 5 retries), against the stand-in on both backends.
const TOKEN = 'upstash-standin-test-token';
// A db of its own so this file never touches data of the app's or other tests' (db 0).
const REAL_DB = Number(process.env.UPSTASH_STANDIN_TEST_DB ?? 11);
const REAL_URL = `redis://127.0.0.1:6379/${REAL_DB}`;

async function redisAnswers(url: string): Promise<boolean> {
  const probe = new IORedis(url, {
    lazyConnect: true,
    retryStrategy: () => null,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
  });
  probe.on('error', () => undefined); // the failed connect() below already says it
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const realAnswers = await redisAnswers(REAL_URL);
if (!realAnswers) console.warn(`[upstash-standin.test] no Redis at ${REAL_URL}: the real-redis variant is SKIPPED`);

const backends = [
  { name: 'embedded ioredis-mock', redisUrl: undefined, available: true },
  { name: `real redis (${REAL_URL})`, redisUrl: REAL_URL, available: realAnswers },
];

/** A raw call with fetch, to see the wire format the client hides. */
async function raw(standin: UpstashStandin, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${standin.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

describe.each(backends)('Upstash stand-in on $name', ({ redisUrl, available }) => {
  if (!available) {
    it.skip(`skipped: Redis at ${REAL_URL} does not answer`, () => undefined);
    return;
  }
  let standin: UpstashStandin;
  let redis: Redis;
  let k: (name: string) => string;

  beforeAll(async () => {
    if (redisUrl) {
      const admin = new IORedis(redisUrl);
      await admin.flushdb();
      admin.disconnect();
    }
    standin = await startUpstashStandin({ token: TOKEN, redisUrl });
    redis = new Redis({ url: standin.url, token: TOKEN });
  });
  afterAll(async () => standin?.close());
  beforeEach(() => {
    const run = randomUUID().slice(0, 8);
    k = (name) => `t:${run}:${name}`;
    standin.setDown(false);
  });

  it('round-trips strings, numbers and JSON objects', async () => {
    expect(await redis.set(k('s'), 'héllo wörld ✓')).toBe('OK');
    expect(await redis.get(k('s'))).toBe('héllo wörld ✓');
    await redis.set(k('n'), 42);
    expect(await redis.get(k('n'))).toBe(42);
    const product = { id: 7, name: 'Mug', tags: ['a', 'b'], price: { amount: 12.5 } };
    await redis.set(k('json'), product);
    expect(await redis.get(k('json'))).toEqual(product);
    expect(await redis.get(k('missing'))).toBeNull();
  });

  it('runs incr, del, expire and ttl', async () => {
    expect(await redis.incr(k('c'))).toBe(1);
    expect(await redis.incrby(k('c'), 5)).toBe(6);
    expect(await redis.set(k('e'), 'v', { ex: 60 })).toBe('OK');
    expect(await redis.ttl(k('e'))).toBeGreaterThan(55);
    expect(await redis.expire(k('c'), 120)).toBe(1);
    expect(await redis.ttl(k('c'))).toBeGreaterThan(115);
    expect(await redis.ttl(k('missing'))).toBe(-2);
    // The client sends options in lower case (`nx`, `px`); Redis reads them case-insensitively.
    expect(await redis.set(k('once'), 1, { nx: true, px: 30_000 })).toBe('OK');
    expect(await redis.set(k('once'), 2, { nx: true })).toBeNull();
    expect(await redis.pttl(k('once'))).toBeGreaterThan(29_000);
    expect(await redis.del(k('c'), k('e'), k('missing'))).toBe(2);
    expect(await redis.exists(k('c'))).toBe(0);
  });

  it('handles hashes (HGETALL flat on the wire, an object in the client)', async () => {
    expect(await redis.hset(k('h'), { name: 'Mug', stock: 3 })).toBe(2);
    expect(await redis.hget(k('h'), 'name')).toBe('Mug');
    expect(await redis.hincrby(k('h'), 'stock', 2)).toBe(5);
    expect(await redis.hgetall(k('h'))).toEqual({ name: 'Mug', stock: 5 });
    expect(await redis.hgetall(k('none'))).toBeNull();
    const wire = await raw(standin, '/', ['HGETALL', k('h')]);
    expect(wire).toEqual({ status: 200, body: { result: ['name', 'Mug', 'stock', '5'] } });
  });

  it('handles sorted sets', async () => {
    expect(await redis.zadd(k('z'), { score: 2, member: 'b' }, { score: 1, member: 'a' })).toBe(2);
    expect(await redis.zrange(k('z'), 0, -1)).toEqual(['a', 'b']);
    expect(await redis.zrange(k('z'), 0, -1, { withScores: true })).toEqual(['a', 1, 'b', 2]);
    expect(await redis.zincrby(k('z'), 2.5, 'a')).toBe(3.5);
    expect(await redis.zscore(k('z'), 'a')).toBe(3.5);
    expect(await redis.zrange(k('z'), 0, -1, { rev: true })).toEqual(['a', 'b']);
  });

  it('runs an explicit pipeline; a failing command does not stop the others', async () => {
    const results = await redis.pipeline().set(k('p'), 1).incr(k('p')).get(k('p')).exec();
    expect(results).toEqual(['OK', 2, 2]);
    const unknownSha = '0'.repeat(40);
    const pipe = redis.pipeline().incr(k('p')).evalsha(unknownSha, [], []).incr(k('p'));
    const mixed = await pipe.exec({ keepErrors: true });
    expect(mixed.map((r) => r.result)).toEqual([3, undefined, 4]);
    expect(mixed[1]?.error).toMatch(/^NOSCRIPT/);
    const wire = await raw(standin, '/pipeline', [['GET', k('p')], ['EVALSHA', '0'.repeat(40), 0]]);
    expect(wire.status).toBe(200);
    expect(wire.body).toEqual([{ result: '4' }, { error: expect.stringMatching(/^NOSCRIPT/) }]);
  });

  it('runs MULTI/EXEC, and a discarded transaction rejects without applying anything', async () => {
    expect(await redis.multi().set(k('m'), 10).incr(k('m')).get(k('m')).exec()).toEqual(['OK', 11, 11]);
    // DEL with no key is an arity error at queue time, so Redis discards the whole transaction.
    await expect(redis.multi().set(k('aborted'), 1).del().exec()).rejects.toThrow(/EXECABORT/);
    expect(await redis.get(k('aborted'))).toBeNull();
    const wire = await raw(standin, '/multi-exec', [['SET', k('w'), 'x'], ['FOOBAR']]);
    expect(wire).toEqual({ status: 400, body: { error: expect.stringMatching(/^EXECABORT/) } });
  });

  it('runs Lua: eval, scriptLoad, evalsha and the EVALSHA→EVAL fallback', async () => {
    // Lua numbers truncate to integers and false becomes nil, as Redis converts them.
    const converted = await redis.eval('return {KEYS[1], ARGV[1], 3.9, false}', [k('x')], ['arg']);
    expect(converted).toEqual([k('x'), 'arg', 3, null]);
    const script = 'return redis.call("INCRBY", KEYS[1], ARGV[1])';
    const sha = await redis.scriptLoad(script);
    expect(sha).toBe(sha1(script));
    expect(await redis.evalsha(sha, [k('l')], [5])).toBe(5);
    await expect(redis.evalsha('0'.repeat(40), [], [])).rejects.toThrow(/NOSCRIPT/);
    const fresh = redis.createScript(`return "${randomUUID()}" .. ARGV[1]`);
    expect(String(await fresh.exec([], ['!']))).toMatch(/!$/);
    await expect(redis.eval('return redis.error_reply("nope")', [], [])).rejects.toThrow(/ERR nope/);
  });

  it('runs rate-limiter style scripts (fixed window, token bucket with HMGET)', async () => {
    const fixedWindow = `local n = redis.call("INCRBY", KEYS[1], ARGV[2])
      if n == tonumber(ARGV[2]) then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
      return n`;
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push(await redis.eval(fixedWindow, [k('rl')], [60_000, 1]));
    expect(counts).toEqual([1, 2, 3]);
    expect(await redis.pttl(k('rl'))).toBeGreaterThan(59_000);
    const bucket = `local b = redis.call("HMGET", KEYS[1], "tokens", "refilledAt")
      local tokens = b[1] == false and tonumber(ARGV[1]) or tonumber(b[1])
      if tokens < 1 then return {-1, b[2]} end
      redis.call("HSET", KEYS[1], "tokens", tokens - 1, "refilledAt", ARGV[2])
      return {tokens - 1, ARGV[2]}`;
    expect(await redis.eval(bucket, [k('tb')], [2, 1000])).toEqual([1, 1000]);
    expect(await redis.eval(bucket, [k('tb')], [2, 1001])).toEqual([0, 1001]);
    expect(await redis.eval(bucket, [k('tb')], [2, 1002])).toEqual([-1, 1001]);
  });

  it('runs @upstash/ratelimit (its scripts start with a `#!lua flags=` line)', async () => {
    for (const limiter of [Ratelimit.slidingWindow(2, '60 s'), Ratelimit.fixedWindow(2, '60 s'), Ratelimit.tokenBucket(1, '60 s', 2)]) {
      const rl = new Ratelimit({ redis, limiter, prefix: k(`rl:${randomUUID()}`), ephemeralCache: false, analytics: false });
      const results = [];
      for (let i = 0; i < 3; i++) results.push((await rl.limit('someone')).success);
      expect(results).toEqual([true, true, false]);
      expect((await rl.limit('someone-else')).success).toBe(true);
    }
  });

  it('encodes results in base64 only when Upstash-Encoding: base64 is sent', async () => {
    const value = 'héllo wörld ✓';
    await raw(standin, '/', ['SET', k('enc'), value]);
    const withHeader = { 'upstash-encoding': 'base64' };
    expect((await raw(standin, '/', ['GET', k('enc')], withHeader)).body).toEqual({ result: b64(value) });
    expect((await raw(standin, '/', ['GET', k('enc')])).body).toEqual({ result: value });
    expect((await raw(standin, '/', ['SET', k('enc'), value], withHeader)).body).toEqual({ result: b64('OK') });
    const many = await raw(standin, '/', ['MGET', k('enc'), k('none')], withHeader);
    expect(many.body).toEqual({ result: [b64(value), null] });
    expect((await raw(standin, '/', ['INCR', k('num')], withHeader)).body).toEqual({ result: 1 });
    const failed = await raw(standin, '/pipeline', [['GET', k('enc')], ['EVALSHA', '0'.repeat(40), 0]], withHeader);
    expect(failed.body).toEqual([{ result: b64(value) }, { error: 'NOSCRIPT No matching script. Please use EVAL.' }]);
  });

  it('rejects a missing or wrong token with 401 {"error":"Unauthorized"}', async () => {
    const intruder = new Redis({ url: standin.url, token: 'wrong-token' });
    await expect(intruder.get(k('s'))).rejects.toThrow(/Unauthorized/);
    const res = await fetch(standin.url, { method: 'POST', body: JSON.stringify(['PING']) });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Unauthorized' });
  });

  it("reports a wrong command with Redis' own error text", async () => {
    await expect(redis.exec(['FOOBAR', 'x'])).rejects.toThrow(/ERR unknown command 'FOOBAR'/);
    await expect(redis.exec(['GET'])).rejects.toThrow(/ERR wrong number of arguments for 'get' command/);
    const wire = await raw(standin, '/', ['GET']);
    expect(wire).toEqual({ status: 400, body: { error: "ERR wrong number of arguments for 'get' command" } });
    await expect(redis.exec(['SELECT', '3'])).rejects.toThrow(/not available/);
  });

  it('auto-pipelines concurrent calls into one HTTP request', async () => {
    await redis.mset({ [k('a')]: 1, [k('b')]: 2 });
    standin.resetCount();
    const calls = [redis.get(k('a')), redis.get(k('b')), redis.get(k('none')), redis.exists(k('a'))];
    const values = await Promise.all(calls);
    expect(values).toEqual([1, 2, null, 1]);
    expect(standin.requestCount()).toBe(1);
    expect(standin.commandCount()).toBe(4);
    const stats = await (await fetch(`${standin.url}/__standin/stats`)).json();
    expect(stats).toEqual({ requests: 1, commands: 4 });
    await fetch(`${standin.url}/__standin/stats/reset`, { method: 'POST' });
    expect([standin.requestCount(), standin.commandCount()]).toEqual([0, 0]);
  });

  it('fails every vendor request while down, then recovers', async () => {
    const noRetry = new Redis({ url: standin.url, token: TOKEN, retry: false });
    await noRetry.set(k('d'), 'up');
    standin.setDown(true);
    await expect(noRetry.get(k('d'))).rejects.toThrow();
    await expect(fetch(standin.url, { method: 'POST', body: '["PING"]' })).rejects.toThrow(TypeError);
    // The admin switch flips it back over HTTP, for callers running the stand-in out of process.
    const res = await fetch(`${standin.url}/__standin/down`, { method: 'POST', body: JSON.stringify({ down: false }) });
    expect(await res.json()).toEqual({ down: false });
    expect(await noRetry.get(k('d'))).toBe('up');
  });

  it('serves many concurrent requests without mixing replies', async () => {
    const unbatched = () => new Redis({ url: standin.url, token: TOKEN, enableAutoPipelining: false });
    const clients = Array.from({ length: 10 }, unbatched);
    await Promise.all(Array.from({ length: 200 }, (_, i) => clients[i % 10]!.incr(k('many'))));
    const tx = await Promise.all(Array.from({ length: 20 }, () => redis.multi().incr(k('many')).get(k('many')).exec()));
    for (const [n, read] of tx as [number, number][]) expect(read).toBe(n);
    expect(await redis.get(k('many'))).toBe(220);
  });

  it('answers the path form (GET /set/key/value, /get/key)', async () => {
    const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
    const set = await fetch(`${standin.url}/set/${k('path')}/v%2F1`, auth);
    expect(await set.json()).toEqual({ result: 'OK' });
    expect(await (await fetch(`${standin.url}/get/${k('path')}`, auth)).json()).toEqual({ result: 'v/1' });
  });

  // Only a real Redis has numbered dbs; the embedded variant has nothing to check here.
  if (redisUrl) it('uses the db index given in the Redis URL', async () => {
    await redis.set(k('db'), 'here');
    const [inDb, inDb0] = [new IORedis(REAL_URL), new IORedis('redis://127.0.0.1:6379/0')];
    expect(await inDb.get(k('db'))).toBe('here');
    expect(await inDb0.exists(k('db'))).toBe(0);
    inDb.disconnect();
    inDb0.disconnect();
  });
});

describe('Upstash stand-in lifecycle', () => {
  it('rejects a port in use, naming the port', async () => {
    const first = await startUpstashStandin({ token: TOKEN });
    await expect(startUpstashStandin({ token: TOKEN, port: first.port })).rejects.toThrow(`port ${first.port}`);
    await first.close();
  });

  it('keeps two embedded stand-ins apart', async () => {
    const [a, b] = await Promise.all([startUpstashStandin({ token: TOKEN }), startUpstashStandin({ token: TOKEN })]);
    await new Redis({ url: a.url, token: TOKEN }).set('shared?', 'a');
    expect(await new Redis({ url: b.url, token: TOKEN }).get('shared?')).toBeNull();
    await Promise.all([a.close(), b.close()]);
  });

  it('makes the default client (5 retries with backoff) reject while down', async () => {
    const standin = await startUpstashStandin({ token: TOKEN });
    const redis = new Redis({ url: standin.url, token: TOKEN });
    standin.setDown(true);
    const started = Date.now();
    await expect(redis.get('k')).rejects.toThrow();
    // 1 attempt + 5 retries, about 4.3 s of backoff: what a degraded path waits before its fallback.
    expect(standin.requestCount()).toBe(6);
    expect(Date.now() - started).toBeGreaterThan(3_000);
    await standin.close();
  });
});
