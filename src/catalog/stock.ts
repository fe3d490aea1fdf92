import type { Context } from 'hono';
import { broadcastStock, type StockChange } from '../clients/realtime';
import { background } from '../lib/background';
import type { AppEnv } from '../lib/types';

/** After a stock change (checkout, cancellation, restock): refresh cached product pages and tell the products' subscribers. */
export function stockChanged(c: Context<AppEnv>, levels: StockChange[] | undefined): void {
  if (!levels?.length) return;
  background(c, 'catalog cache bump', c.var.services.catalog.bump());
  broadcastStock(c, levels);
}
