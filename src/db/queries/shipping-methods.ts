import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, ShippingMethodsTable } from '../schema';

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

const ADMIN_COLUMNS = ['code', 'name', 'rate_cents', 'free_over_cents', 'min_days', 'max_days', 'is_active', 'position', 'updated_at'] as const;

/** Every shipping method, active or not, in display order. */
export function listShippingMethods(db: Kysely<DB>) {
  return db.selectFrom('shipping_methods').select(ADMIN_COLUMNS).orderBy('position').orderBy('code').execute();
}

export function insertShippingMethod(db: Kysely<DB>, values: Insertable<ShippingMethodsTable>) {
  return db.insertInto('shipping_methods').values(values).returning(ADMIN_COLUMNS).executeTakeFirstOrThrow();
}

export function updateShippingMethod(db: Kysely<DB>, code: string, patch: Updateable<ShippingMethodsTable>) {
  return db.updateTable('shipping_methods').set(patch).where('code', '=', code).returning(ADMIN_COLUMNS).executeTakeFirst();
}

/** Deletes a method (its per-currency rates go with it); orders keep the code they were placed with. */
export function deleteShippingMethod(db: Kysely<DB>, code: string) {
  return db.deleteFrom('shipping_methods').where('code', '=', code).returning('code').executeTakeFirst();
}
