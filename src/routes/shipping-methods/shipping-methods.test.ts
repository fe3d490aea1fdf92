import { describe, expect, it } from 'vitest';
import { api } from '../../../test/worker/helpers';

describe('GET /api/shipping-methods', () => {
  it('lists the active methods in display order, with rates as decimals', async () => {
    const res = await api('/api/shipping-methods');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    const { data } = (await res.json()) as { data: { code: string; rate: number; free_over: number | null; min_days: number; max_days: number }[] };
    // Migration 0005's methods: what checkout accepts as shipping_method (admin tests may add their own meanwhile).
    expect(data.filter((m) => m.code === 'standard' || m.code === 'express')).toEqual([
      { code: 'standard', name: 'Standard shipping', rate: 5.99, free_over: 50, min_days: 3, max_days: 7 },
      { code: 'express', name: 'Express shipping', rate: 19.99, free_over: null, min_days: 1, max_days: 2 },
    ]);
  });
});
