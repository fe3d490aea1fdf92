import type { Insertable, Kysely } from 'kysely';
import type { DB, DiscountsTable } from '../../src/db/schema';

/** Demo discount codes; shipping methods and tax rates come with migration 0005_checkout. */
export const DEMO_DISCOUNTS: Insertable<DiscountsTable>[] = [
  { code: 'WELCOME10', description: '10% off any order', kind: 'percent', percent_off: 10 },
  { code: 'SAVE20', description: '20% off orders of $100 or more', kind: 'percent', percent_off: 20, min_subtotal_cents: 10_000 },
  { code: 'FIVEOFF', description: '$5 off orders of $25 or more', kind: 'fixed', amount_off_cents: 500, min_subtotal_cents: 2_500 },
  { code: 'LAUNCH50', description: '50% off, first 100 orders', kind: 'percent', percent_off: 50, usage_limit: 100 },
  {
    code: 'EXPIRED15',
    description: 'An expired code, to try the refusal',
    kind: 'percent',
    percent_off: 15,
    starts_at: new Date('2025-01-01T00:00:00Z'),
    ends_at: new Date('2025-02-01T00:00:00Z'),
  },
];

/** Inserts the demo discount codes that are missing (existing codes are left as they are); returns how many. */
export async function seedDiscounts(db: Kysely<DB>, discounts = DEMO_DISCOUNTS): Promise<number> {
  const rows = await db
    .insertInto('discounts')
    .values(discounts)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}
