import { OpenRouter } from '@openrouter/sdk';
import * as orErrors from '@openrouter/sdk/models/errors';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cosine, countTokens, embed } from '../../local/openrouter/embed';
import { type OpenRouterStandin, startOpenRouterStandin } from '../../local/openrouter/server';

// Conformance: OpenRouter's own @openrouter/sdk (which validates every response with zod) and the
// openai SDK (default base64 path), unmodified, against the stand-in.
const KEY = 'sk-or-v1-standin-test-key';
const SMALL = 'openai/text-embedding-3-small';

let standin: OpenRouterStandin;
const logLines: string[] = [];
beforeAll(async () => {
  standin = await startOpenRouterStandin({ apiKey: KEY, log: (line) => logLines.push(line) });
});
afterAll(async () => standin?.close());
beforeEach(() => {
  standin.setFault({ kind: 'ok' });
  standin.resetCount();
});

/** @openrouter/sdk pointed at the stand-in; retries off unless a test turns them on. */
const openrouter = (o: Partial<ConstructorParameters<typeof OpenRouter>[0]> = {}) =>
  new OpenRouter({ apiKey: KEY, serverURL: standin.url, retryConfig: { strategy: 'none' }, ...o });
const openai = (o: ConstructorParameters<typeof OpenAI>[0] = {}) =>
  new OpenAI({ apiKey: KEY, baseURL: standin.url, maxRetries: 0, ...o });

async function generate(client: OpenRouter, body: { input: string | string[]; model?: string; dimensions?: number; encodingFormat?: 'float' | 'base64' }) {
  const res = await client.embeddings.generate({ requestBody: { model: SMALL, ...body } });
  if (typeof res === 'string') throw new Error(`expected a JSON body, got text: ${res}`);
  return res;
}

type RawBody = { error?: { code: number; message: string; metadata?: Record<string, unknown> } } & Record<string, unknown>;

async function raw(path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.key !== null) headers.authorization = `Bearer ${init.key ?? KEY}`;
  const body = typeof init.body === 'string' ? init.body : init.body === undefined ? undefined : JSON.stringify(init.body);
  const res = await fetch(`${standin.url.replace(/\/api\/v1$/, '')}${path}`, { method: init.method ?? 'POST', headers, body });
  return { status: res.status, headers: res.headers, body: (await res.json()) as RawBody };
}

const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const texts = ['Laptop bag', 'Notebook Carrying Case — fits 15-inch laptops', 'Cast Iron Skillet for the kitchen'];

describe('@openrouter/sdk against the stand-in', () => {
  it('embeds a string: every response field parses, and the vector is the local model', async () => {
    const res = await generate(openrouter(), { input: 'laptop bag' });
    expect(res.id).toMatch(/^gen-emb-/);
    expect(res.object).toBe('list');
    expect(res.model).toBe(SMALL);
    expect(res.data).toHaveLength(1);
    expect(res.data[0]).toMatchObject({ object: 'embedding', index: 0 });
    const vector = res.data[0]?.embedding as number[];
    expect(vector).toHaveLength(1536);
    expect(vector).toEqual(embed('laptop bag'));
    const tokens = countTokens('laptop bag');
    expect(res.usage).toEqual({ promptTokens: tokens, totalTokens: tokens, cost: (tokens * 0.02) / 1e6 });
    expect(standin.requestCount()).toBe(1);
    expect(standin.inputCount()).toBe(1);
  });

  it('embeds a batch in index order, shortens with dimensions, and serves 3072 for -3-large', async () => {
    const res = await generate(openrouter(), { input: texts, dimensions: 256 });
    expect(res.data.map((d) => d.index)).toEqual([0, 1, 2]);
    res.data.forEach((d, i) => expect(d.embedding).toEqual(embed(texts[i] ?? '', 256)));
    expect(res.usage?.promptTokens).toBe(texts.reduce((s, t) => s + countTokens(t), 0));
    expect(standin.inputCount()).toBe(3);
    const large = await generate(openrouter(), { input: 'x', model: 'openai/text-embedding-3-large' });
    expect(large.data[0]?.embedding).toHaveLength(3072);
  });

  it('returns base64 little-endian float32 when asked', async () => {
    const res = await generate(openrouter(), { input: 'laptop bag', encodingFormat: 'base64' });
    const b64 = res.data[0]?.embedding as string;
    const buf = Buffer.from(b64, 'base64');
    const floats = Array.from({ length: buf.length / 4 }, (_, i) => buf.readFloatLE(i * 4));
    expect(floats).toEqual(embed('laptop bag'));
  });

  it('maps a bad key to UnauthorizedResponseError and an unknown model to NotFoundResponseError', async () => {
    const bad = generate(openrouter({ apiKey: 'sk-or-v1-wrong' }), { input: 'x' });
    await expect(bad).rejects.toBeInstanceOf(orErrors.UnauthorizedResponseError);
    await expect(bad).rejects.toMatchObject({ statusCode: 401, error: { code: 401, message: 'User not found.' } });
    const missing = generate(openrouter(), { input: 'x', model: 'openai/text-embedding-9' });
    await expect(missing).rejects.toBeInstanceOf(orErrors.NotFoundResponseError);
    await expect(missing).rejects.toMatchObject({ statusCode: 404, error: { code: 404 } });
    const invalid = generate(openrouter(), { input: [] });
    await expect(invalid).rejects.toBeInstanceOf(orErrors.BadRequestResponseError);
  });

  it('answers GET /key (the health check) and lists the embedding models', async () => {
    await generate(openrouter(), { input: 'usage shows up as spent credit' });
    const key = await openrouter().apiKeys.getCurrentKeyMetadata();
    expect(key.data).toMatchObject({ label: 'openrouter-standin', limit: null, isFreeTier: false });
    expect(key.data.usage).toBeGreaterThan(0);
    await expect(openrouter({ apiKey: 'nope' }).apiKeys.getCurrentKeyMetadata()).rejects.toBeInstanceOf(
      orErrors.UnauthorizedResponseError,
    );
    const page = await openrouter().embeddings.listModels();
    expect(page.result.data.map((m) => m.id)).toEqual([SMALL, 'openai/text-embedding-3-large', 'openai/text-embedding-ada-002']);
    expect(page.result.totalCount).toBe(3);
  });
});

describe('openai SDK against the stand-in', () => {
  it('asks for base64 by default and decodes it to the same floats', async () => {
    const sent: unknown[] = [];
    const spy: typeof fetch = (url, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return fetch(url, init);
    };
    const res = await openai({ fetch: spy }).embeddings.create({ model: SMALL, input: texts });
    expect(sent[0]).toMatchObject({ encoding_format: 'base64' });
    expect(res.data.map((d) => d.index)).toEqual([0, 1, 2]);
    res.data.forEach((d, i) => expect(d.embedding).toEqual(embed(texts[i] ?? '')));
    expect(res.usage).toMatchObject({ prompt_tokens: expect.any(Number), total_tokens: expect.any(Number) });
    const float = await openai().embeddings.create({ model: SMALL, input: 'laptop bag', encoding_format: 'float' });
    expect(float.data[0]?.embedding).toEqual(embed('laptop bag'));
  });

  it('maps 401 to AuthenticationError and 404 to NotFoundError', async () => {
    const bad = openai({ apiKey: 'wrong' }).embeddings.create({ model: SMALL, input: 'x' });
    await expect(bad).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const missing = openai().embeddings.create({ model: 'openai/nope', input: 'x' });
    await expect(missing).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(missing).rejects.toMatchObject({ status: 404, code: 404 });
  });
});

describe('validation, in OpenRouter error shape', () => {
  it.each([
    ['no auth header', { model: SMALL, input: 'x' }, null, 401],
    ['an empty array', { model: SMALL, input: [] }, undefined, 400],
    ['an empty string', { model: SMALL, input: '  ' }, undefined, 400],
    ['2049 inputs', { model: SMALL, input: Array(2049).fill('x') }, undefined, 400],
    ['token-id input', { model: SMALL, input: [1, 2, 3] }, undefined, 400],
    ['no model', { input: 'x' }, undefined, 400],
    ['dimensions on ada-002', { model: 'openai/text-embedding-ada-002', input: 'x', dimensions: 256 }, undefined, 400],
    ['dimensions above native', { model: SMALL, input: 'x', dimensions: 2000 }, undefined, 400],
    ['a bad encoding_format', { model: SMALL, input: 'x', encoding_format: 'hex' }, undefined, 400],
    ['invalid JSON', '{"model":', undefined, 400],
  ])('refuses %s', async (_name, body, key, status) => {
    const res = await raw('/api/v1/embeddings', { body, key });
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: { code: status, message: expect.any(String) } });
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await raw('/api/v1/chat/completions')).status).toBe(404);
    expect((await raw('/v1/embeddings')).status).toBe(404);
    const wrong = await raw('/api/v1/embeddings', { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('fault switch', () => {
  it('fails with 429 and Retry-After, which both SDKs surface', async () => {
    standin.setFault({ kind: 'fail', status: 429, retryAfterSeconds: 7 });
    const err = await generate(openrouter(), { input: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(orErrors.TooManyRequestsResponseError);
    expect((err as orErrors.TooManyRequestsResponseError).headers.get('retry-after')).toBe('7');
    const err2 = await openai().embeddings.create({ model: SMALL, input: 'x' }).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(OpenAI.RateLimitError);
    expect((err2 as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('7');
    expect(standin.inputCount()).toBe(0);
  });

  it('reports provider errors (502) with metadata naming the provider', async () => {
    standin.setFault({ kind: 'fail', status: 502 });
    const err = await generate(openrouter(), { input: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(orErrors.BadGatewayResponseError);
    expect((err as orErrors.BadGatewayResponseError).error.metadata).toMatchObject({ provider_name: 'OpenAI' });
  });

  it('fails N times then recovers, so each SDK’s own retries ride it out', async () => {
    standin.setFault({ kind: 'fail', status: 503, times: 2 });
    const retrying = openrouter({
      retryConfig: { strategy: 'backoff', backoff: { initialInterval: 10, maxInterval: 50, exponent: 1, maxElapsedTime: 10_000 } },
    });
    // The SDK's jitter (up to 1 s) is capped by maxInterval, so the two retries stay fast.
    expect((await generate(retrying, { input: 'x' })).data).toHaveLength(1);
    expect(standin.requestCount()).toBe(3);
    standin.setFault({ kind: 'fail', status: 429, retryAfterSeconds: 0, times: 2 });
    const res = await openai({ maxRetries: 2 }).embeddings.create({ model: SMALL, input: 'x' });
    expect(res.data).toHaveLength(1);
    expect(standin.requestCount()).toBe(6);
    expect((await raw('/__standin/fault', { method: 'GET' })).body).toEqual({ kind: 'ok' });
  });

  it('stalls beyond a client timeout: both SDKs abort, and the stand-in drops the request', async () => {
    const STALL_MS = 10_000;
    standin.setFault({ kind: 'stall', ms: STALL_MS });
    const started = Date.now();
    const err = await generate(openrouter({ timeoutMs: 200 }), { input: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(orErrors.RequestTimeoutError);
    const err2 = await openai({ timeout: 200 }).embeddings.create({ model: SMALL, input: 'x' }).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    // Both gave up before the stall would have ended: they did not wait for an answer.
    expect(Date.now() - started).toBeLessThan(STALL_MS);
    expect(standin.inputCount()).toBe(0);
    // Server side: both stalled requests were dropped when their clients hung up, not answered later.
    await expect.poll(() => logLines.filter((l) => l.includes('client left during stall')).length).toBe(2);
    standin.setFault({ kind: 'stall', ms: 50 });
    expect((await generate(openrouter({ timeoutMs: 2_000 }), { input: 'x' })).data).toHaveLength(1);
  });

  it('is switchable over HTTP, with stats beside it', async () => {
    expect((await raw('/__standin/fault', { body: { kind: 'fail', status: 503 }, key: null })).status).toBe(200);
    const down = await raw('/api/v1/embeddings', { body: { model: SMALL, input: 'x' } });
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({ code: 503, metadata: { provider_name: 'OpenAI' } });
    expect((await raw('/__standin/fault', { body: { kind: 'fail', status: 200 } })).status).toBe(400);
    await raw('/__standin/fault', { body: { kind: 'ok' } });
    await raw('/api/v1/embeddings', { body: { model: SMALL, input: ['a', 'b'] } });
    expect((await raw('/__standin/stats', { method: 'GET' })).body).toEqual({ requests: 2, inputs: 2 });
    expect((await raw('/__standin/stats/reset')).body).toEqual({ requests: 0, inputs: 0 });
  });
});

describe('local model', () => {
  it('is deterministic, unit length and sized by dimensions', () => {
    expect(embed('Laptop bag')).toEqual(embed('Laptop bag'));
    for (const t of [...texts, '!!!', 'é']) expect(norm(embed(t))).toBeCloseTo(1, 5);
    expect(embed('x', 64)).toHaveLength(64);
    expect(embed('Café Crème')).toEqual(embed('cafe creme'));
  });

  it('captures word and sub-word overlap, and only that', () => {
    const [bag, case_, skillet] = texts.map((t) => embed(t)) as [number[], number[], number[]];
    expect(cosine(bag, case_)).toBeGreaterThan(cosine(bag, skillet));
    expect(cosine(embed('laptop bags'), bag)).toBeGreaterThan(0.5);
    expect(cosine(embed('laptop bag'), embed('garden hose'))).toBeLessThan(0.1);
  });
});

describe('lifecycle', () => {
  it('picks a free port for 0, and names the port when it is taken', async () => {
    await expect(startOpenRouterStandin({ apiKey: KEY, port: standin.port })).rejects.toThrow(
      new RegExp(`port ${standin.port} .*already in use`),
    );
    const other = await startOpenRouterStandin({ apiKey: KEY, port: 0 });
    expect(other.port).not.toBe(standin.port);
    expect(other.url).toBe(`http://127.0.0.1:${other.port}/api/v1`);
    other.setFault({ kind: 'stall', ms: 60_000 });
    const hanging = fetch(`${other.url}/key`, { headers: { authorization: `Bearer ${KEY}` } }).catch(() => 'dropped');
    await new Promise((r) => setTimeout(r, 50));
    await other.close(); // must not wait for the stalled request
    expect(await hanging).toBe('dropped');
  });
});
