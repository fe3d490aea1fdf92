import { describe, expect, it } from 'vitest';
import { OpenRouter } from '../clients/openrouter';
import { createSupabaseRest } from '../clients/supabase';
import { ApiError } from '../lib/errors';
import { Timing } from '../lib/timing';
import { testEnv } from '../../test/worker/helpers';
import { embeddingContent } from './content';
import { retryDelay } from './consumer';
import { VectorStore } from './vector-store';

// The search clients against the shared stand-ins (no fault switches here: those belong to
// test/worker/search-stack.test.ts and its own stand-ins).

const openrouter = (overrides: Partial<{ apiKey: string; model: string }> = {}, timing = new Timing()) =>
  new OpenRouter({ apiKey: testEnv.OPEN_ROUTER_API_KEY!, baseUrl: testEnv.OPEN_ROUTER_BASE_URL!, model: 'openai/text-embedding-3-small', ...overrides }, timing);

const failure = async (p: Promise<unknown>) => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
};

describe('OpenRouter client', () => {
  it('embeds a batch in input order, records usage and times the call under `embed`', async () => {
    const timing = new Timing();
    const client = openrouter({}, timing);
    const out = await client.embed(['laptop bag', 'cast iron skillet', 'laptop bag']);
    expect(out.vectors).toHaveLength(3);
    expect(out.vectors[0]).toHaveLength(1536);
    expect(out.vectors[2]).toEqual(out.vectors[0]);
    expect(out.vectors[1]).not.toEqual(out.vectors[0]);
    expect(out.usage.promptTokens).toBeGreaterThan(0);
    expect(out.usage.cost).toBeGreaterThan(0);
    expect(client.usage).toMatchObject({ requests: 1, inputs: 3, promptTokens: out.usage.promptTokens });
    expect(timing.count('embed')).toBe(1);
  });

  it("maps OpenRouter's errors to the API's codes", async () => {
    expect((await failure(openrouter({ apiKey: 'sk-or-wrong' }).embed(['x']))).code).toBe('upstream_auth_failed');
    const unknown = await failure(openrouter({ model: 'openai/no-such-model' }).embed(['x']));
    expect([unknown.code, unknown.status]).toEqual(['upstream_rejected', 502]);
    expect(unknown.details).toMatchObject({ dependency: 'openrouter', status: 404 });
    expect((await failure(openrouter().embed(['   ']))).code).toBe('upstream_rejected');
    const unreachable = new OpenRouter({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9/api/v1', model: 'm' }, new Timing());
    expect((await failure(unreachable.embed(['x'], { retries: 0 }))).code).toBe('upstream_unavailable');
  });
});

describe('Supabase vector store', () => {
  const store = (apiKey = testEnv.SUPABASE_API_KEY!, timing = new Timing()) =>
    new VectorStore(createSupabaseRest({ url: testEnv.SUPABASE_URL!, apiKey, timeoutMs: 5_000 }, timing));

  it('times PostgREST calls under `search` and reads nothing for no ids', async () => {
    const timing = new Timing();
    const vector = Array.from({ length: 1536 }, (_, i) => (i === 0 ? 1 : 0));
    expect(Array.isArray(await store(undefined, timing).nearest(vector, 0.99, 5))).toBe(true);
    expect(timing.count('search')).toBe(1);
    expect((await store(undefined, timing).hashes([])).size).toBe(0);
    expect(timing.count('search')).toBe(1);
  });

  it('maps refusals and outages to the API codes', async () => {
    expect((await failure(store('wrong-key').hashes([1]))).code).toBe('upstream_auth_failed');
    const dims = await failure(store().nearest([1, 2, 3], 0, 1));
    expect(dims.code).toBe('upstream_rejected');
    const down = new VectorStore(createSupabaseRest({ url: 'http://127.0.0.1:9', apiKey: 'k', timeoutMs: 1_000 }, new Timing()));
    expect((await failure(down.hashes([1]))).code).toBe('upstream_unavailable');
  });
});

describe('embedding content and queue backoff', () => {
  it('normalises, labels and de-duplicates what is embedded', () => {
    const text = embeddingContent({
      id: 1,
      name: '  Ｎotebook\u00a0Carrying   Case ',
      brand: 'Kestrel',
      category: 'computers',
      tags: ['laptop', 'laptop', ' sleeve '],
      description: 'Fits 16"\tlaptops.\n\nPadded.',
      alt_texts: ['Notebook carrying case', 'Side view', 'Side view'],
    });
    expect(text).toBe('Notebook Carrying Case\nBrand: Kestrel\nCategory: computers\nTags: laptop, sleeve\nFits 16" laptops. Padded.\nImages: Side view');
  });

  it('backs off exponentially and honours Retry-After', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => retryDelay(a, new Error('x')))).toEqual([10, 20, 40, 80, 160, 320, 600, 600]);
    const limited = new ApiError('rate_limited', 429, 'slow down', undefined, { 'Retry-After': '90' });
    expect(retryDelay(1, limited)).toBe(90);
    expect(retryDelay(6, limited)).toBe(320);
  });
});
