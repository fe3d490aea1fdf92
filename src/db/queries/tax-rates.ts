import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, TaxRatesTable } from '../schema';

const COLUMNS = ['id', 'country', 'region', 'rate', 'applies_to_shipping', 'updated_at'] as const;

/** Tax rates by country, the country's own rate before its regions'. */
export function listTaxRates(db: Kysely<DB>, country?: string) {
  let q = db.selectFrom('tax_rates').select(COLUMNS);
  if (country) q = q.where('country', '=', country);
  return q.orderBy('country').orderBy('region', (o) => o.nullsFirst()).execute();
}

export function insertTaxRate(db: Kysely<DB>, values: Insertable<TaxRatesTable>) {
  return db.insertInto('tax_rates').values(values).returning(COLUMNS).executeTakeFirstOrThrow();
}

export function updateTaxRate(db: Kysely<DB>, id: number, patch: Updateable<TaxRatesTable>) {
  return db.updateTable('tax_rates').set(patch).where('id', '=', id).returning(COLUMNS).executeTakeFirst();
}

export function deleteTaxRate(db: Kysely<DB>, id: number) {
  return db.deleteFrom('tax_rates').where('id', '=', id).returning('id').executeTakeFirst();
}
