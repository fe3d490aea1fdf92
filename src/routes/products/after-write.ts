import type { Context } from 'hono';
import type { AppEnv } from '../../lib/types';
import { enqueueProductIndexing } from '../../search/indexing';

/**
 * After any catalogue write: invalidate the cached pages it can affect (the products' pages, lists and
 * searches), and reindex the products for semantic search (queued, after the response). The bump is
 * awaited (one Redis call on an admin write) so that a read right after the write never sees the old page.
 */
export async function afterCatalogWrite(c: Context<AppEnv>, productIds: number[]): Promise<void> {
  enqueueProductIndexing(c, productIds);
  await c.get('services').catalog.productsChanged(productIds);
}
