import type { Context } from 'hono';
import type { AppEnv } from '../../lib/types';

/**
 * After any catalogue write: invalidate cached catalogue responses. Awaited (one Redis call on
 * an admin write) so that a read right after the write never sees the old catalogue.
 */
export async function afterCatalogWrite(c: Context<AppEnv>, _productIds: number[]): Promise<void> {
  await c.var.services.catalog.bump();
}
