import { describe, expect, it } from 'vitest';
import { api } from '../../../test/worker/helpers';
import { searchPath } from '../../../test/worker/search';

const status = async (path: string) => (await api(path)).status;

describe('GET /api/search/products: errors', () => {
  it('needs q of 1-200 characters after trimming', async () => {
    const res = await api('/api/search/products');
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as any;
    expect(error.code).toBe('validation_failed');
    expect(error.details.some((d: { path: string }) => d.path === 'q')).toBe(true);
    expect(await status(searchPath(''))).toBe(422);
    expect(await status(searchPath(' \t\n '))).toBe(422);
    expect(await status(searchPath('x'.repeat(201)))).toBe(422);
    // Whitespace around and inside does not count against the limit.
    expect(await status(searchPath(`   ${'x'.repeat(100)}      ${'y'.repeat(99)}   `))).toBe(200);
  });

  it('bounds limit and threshold', async () => {
    for (const limit of ['0', '51', '2.5', 'ten']) expect(await status(searchPath('mug', { limit })), `limit=${limit}`).toBe(422);
    for (const threshold of ['-0.1', '1.01', 'high']) expect(await status(searchPath('mug', { threshold })), `threshold=${threshold}`).toBe(422);
    expect(await status(searchPath('mug', { limit: 50, threshold: 0 }))).toBe(200);
    expect(await status(searchPath('mug', { threshold: 1 }))).toBe(200);
  });

  it('checks the filters like the list endpoint does', async () => {
    expect(await status(searchPath('mug', { min_price: 20, max_price: 10 }))).toBe(422);
    expect(await status(searchPath('mug', { min_price: -1 }))).toBe(422);
    expect(await status(searchPath('mug', { max_price: 9.999 }))).toBe(422);
    expect(await status(searchPath('mug', { in_stock: 'yes' }))).toBe(422);
    expect(await status(searchPath('mug', { category: '' }))).toBe(422);
  });

  it('refuses unknown parameters', async () => {
    const res = await api(searchPath('mug', { sort: 'price_asc' }));
    expect(res.status).toBe(422);
  });
});
