import { sql } from 'kysely';
import { createCache } from '../clients/redis';
import { createDatabase } from '../db/client';
import { CatalogCache } from '../catalog/cache';
import { loadEnv, secretValues } from '../lib/env';
import { createLogger } from '../lib/logger';
import { Timing } from '../lib/timing';
import type { Bindings } from '../lib/types';

/**
 * The Cron Trigger's work for prices: sale lists whose window opened or closed since the last run are
 * applied to products.prices (one statement), and the catalogue cache is invalidated when any price
 * changed. Cart and checkout resolve sales at their own time, so they are exact between runs.
 */
export async function runSaleRefresh(bindings: Bindings, scheduledTime: number): Promise<number> {
  const env = loadEnv(bindings);
  const log = createLogger({ cron: 'prices' }, secretValues(env));
  const timing = new Timing();
  const { db } = createDatabase(env, timing);
  const { rows } = await sql<{ n: number }>`select prices_refresh(${new Date(scheduledTime).toISOString()}::timestamptz) as n`.execute(db);
  const changed = Number(rows[0]?.n ?? 0);
  if (changed > 0) {
    await new CatalogCache(createCache(env, timing, log)).everythingChanged();
    log.info('sale prices applied', { products: changed });
  }
  return changed;
}
