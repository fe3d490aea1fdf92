import type { Context } from 'hono';
import { broadcastStock } from '../clients/realtime';
import type { Cache } from '../clients/redis';
import { background } from '../lib/background';
import type { AppEnv } from '../lib/types';
import type { StockLevel } from '../db/queries/stock';
import { CatalogCache } from './cache';

export interface StockChangeOptions {
  /** Every level only went down (a sale): no product came back into stock. */
  decreased?: boolean;
}

export type { StockLevel };

/**
 * The one way in for a stock change (checkout, cancellation, refund restock, inventory adjustment):
 * the levels shown on cached pages, `in_stock` lists when a product crossed zero, and the products'
 * Realtime subscribers. Cached content (names, prices, order) stays cached. After the response.
 * Levels carry their versions: select `stockLevels(...)` (src/db/queries/stock.ts) with the write.
 */
export function stockChanged(c: Context<AppEnv>, levels: StockLevel[] | undefined, options: StockChangeOptions = {}): void {
  if (!levels?.length) return;
  background(c, 'catalog stock levels', writeLevels(c.get('services').cache, levels, options));
  broadcastStock(c, levels);
}

/** The Redis half of `stockChanged`. */
export function writeLevels(cache: Cache, levels: StockLevel[], options: StockChangeOptions = {}): Promise<void> {
  return new CatalogCache(cache).levelsChanged(levels, options);
}
