import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, bearer, json, unique } from '../../../test/worker/helpers';

// Words no other test uses, so the suggestions are this file's own.
const word = `zq${unique().replace(/[^a-z]/g, '').slice(-6)}`;
const brand = `Quixbrand${word}`;
let names: string[];

beforeAll(async () => {
  const admin = await adminSession();
  names = [`Gramophone ${word} Deluxe`, `Gramophone ${word} Mini`];
  for (const name of names) await createProduct(admin.access_token, { name, brand, category: `${word} audio`, tags: ['vinyl'] });
  await api('/api/categories', json({ name: `Turntables ${word}` }, { headers: bearer(admin.access_token) }));
});

const suggest = async (q: string, extra = '') => {
  const res = await api(`/api/search/suggest?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status, q).toBe(200);
  return ((await res.json()) as any).data as { type: string; text: string; slug: string | null; highlights: { start: number; end: number }[] }[];
};

describe('GET /api/search/suggest', () => {
  it('suggests products, categories and brands by prefix, with the matching spans', async () => {
    const found = await suggest(word.slice(0, 4));
    const texts = found.map((s) => `${s.type}:${s.text}`);
    expect(texts).toEqual(expect.arrayContaining([`category:Turntables ${word}`, `category:${word} audio`, ...names.map((n) => `product:${n}`)]));
    const deluxe = found.find((s) => s.text === names[0])!;
    expect(deluxe.slug).toMatch(/^gramophone-/);
    const at = names[0]!.indexOf(word);
    expect(deluxe.highlights).toEqual([{ start: at, end: at + 4 }]);
    expect(found.length).toBeLessThanOrEqual(10);
    expect((await suggest(`quixbrand${word.slice(0, 2)}`)).map((s) => s.text)).toContain(brand);
  });

  it('finds a word by a prefix that stemming would change ("…y" stems to "…i")', async () => {
    const own = `${word}y`;
    const admin = await adminSession();
    const name = `Fancy ${own}tail Lamp`;
    await createProduct(admin.access_token, { name });
    expect((await suggest(own)).map((s) => s.text)).toContain(name);
  });

  it('answers from the first character and honours limit', async () => {
    expect((await suggest('g', '&limit=3')).length).toBeLessThanOrEqual(3);
    expect((await suggest('z')).length).toBeGreaterThan(0);
  });

  it('forgives a typo in a word of the catalogue', async () => {
    // "gramaphone" (a for o) and "gramophnoe" (swapped letters) both find the gramophones.
    for (const typo of [`gramaphone ${word}`, `${word} gramophnoe`]) {
      const texts = (await suggest(typo)).filter((s) => s.type === 'product').map((s) => s.text);
      expect(texts, typo).toEqual(expect.arrayContaining(names));
    }
  });

  it('finds nothing for nonsense, and refuses bad parameters', async () => {
    expect(await suggest("xqzjvkwpyy")).toEqual([]);
    for (const q of ['', '%20%20', 'x'.repeat(101)]) expect((await api(`/api/search/suggest?q=${q}`)).status, q).toBe(422);
    for (const extra of ['&limit=0', '&limit=11', '&other=1']) expect((await api(`/api/search/suggest?q=a${extra}`)).status, extra).toBe(422);
    for (const q of [`%' or 1=1 --`, '%25', '_', '\\']) expect((await api(`/api/search/suggest?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
  });

  it('is cached like the catalogue: a repeat is a 304 by ETag, the answer is public', async () => {
    const first = await api(`/api/search/suggest?q=${word}`);
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toMatch(/^public/);
    expect((await api(`/api/search/suggest?q=${word}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});
