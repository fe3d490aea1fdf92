import { describe, expect, it } from 'vitest';
import { measureRecall } from '../../scripts/lib/recall';

// The benchmark runs this on 10,000 vectors; 2,000 keep the suite quick while still exercising the
// migration's HNSW index through `search_products` (every query must be an index scan).
describe('search recall: HNSW index path vs exact search', () => {
  it('returns at least 95% of the exact top 10 on 2,000 random 1536-dim vectors', async () => {
    const r = await measureRecall({ vectors: 2_000, queries: 50 });
    expect(r.indexScans).toBe(r.queries);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
