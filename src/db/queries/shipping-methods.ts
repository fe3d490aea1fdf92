import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** The shipping methods checkout accepts, in their display order. */
export function listActiveShippingMethods(db: Kysely<DB>) {
  return db
    .selectFrom('shipping_methods')
    .select(['code', 'name', 'rate_cents', 'free_over_cents', 'min_days', 'max_days'])
    .where('is_active', '=', true)
    .orderBy('position')
    .orderBy('code')
    .execute();
}
