import type { Kysely } from 'kysely';
import type { Market } from '../../markets/market';
import type { DB } from '../schema';

/** Every market, default first (one round trip; the registry keeps it per isolate). */
export async function listMarkets(db: Kysely<DB>): Promise<Market[]> {
  const rows = await db.selectFrom('markets').selectAll().orderBy('is_default', 'desc').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    handle: r.handle,
    name: r.name,
    currency: r.currency.trim(),
    countries: r.countries,
    taxInclusive: r.tax_inclusive,
    defaultLocale: r.default_locale,
    isActive: r.is_active,
    isDefault: r.is_default,
  }));
}
