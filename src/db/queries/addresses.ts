import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../client';
import type { AddressesTable, DB } from '../schema';
import type { Address, AddressInput, AddressUpdate } from '../../schemas/addresses';

type AddressRow = Selectable<AddressesTable>;

export function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    first_name: row.first_name,
    last_name: row.last_name,
    company: row.company,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postal_code: row.postal_code,
    country: row.country,
    phone: row.phone,
    is_default_shipping: row.is_default_shipping,
    is_default_billing: row.is_default_billing,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

/** One page of a user's addresses, oldest first, after the address id `afterId`. */
export function listAddresses(db: Kysely<DB>, userId: number, limit: number, afterId: number | null) {
  let q = db.selectFrom('addresses').selectAll().where('user_id', '=', userId);
  if (afterId !== null) q = q.where('id', '>', afterId);
  return q.orderBy('id').limit(limit + 1).execute();
}

export function findAddress(db: Kysely<DB>, userId: number, id: number) {
  return db.selectFrom('addresses').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

// A user has at most one default of each kind (partial unique indexes). Taking the default moves it:
// the old default is cleared first, in the same transaction. With `ownId`, nothing is cleared
// unless that address is the user's, so a request for someone else's address changes nothing.
function clearDefaults(db: Kysely<DB>, userId: number, input: AddressUpdate, ownId?: number) {
  const kinds = (['is_default_shipping', 'is_default_billing'] as const).filter((k) => input[k] === true);
  return kinds.map((k) => {
    let q = db.updateTable('addresses').set({ [k]: false }).where('user_id', '=', userId).where(k, '=', true);
    if (ownId !== undefined) {
      q = q
        .where('id', '!=', ownId)
        .where((eb) => eb.exists(eb.selectFrom('addresses as own').select('own.id').where('own.id', '=', ownId).where('own.user_id', '=', userId)));
    }
    return q.compile();
  });
}

/** Creates an address; the first one becomes both defaults. One round trip. */
export async function createAddress(database: Database, userId: number, input: AddressInput): Promise<AddressRow> {
  const { db } = database;
  const insert = db
    .insertInto('addresses')
    .values((eb) => {
      const isFirst = eb.not(eb.exists(eb.selectFrom('addresses').select('id').where('user_id', '=', userId))).$castTo<boolean>();
      return {
        ...input,
        user_id: userId,
        is_default_shipping: input.is_default_shipping ?? isFirst,
        is_default_billing: input.is_default_billing ?? isFirst,
      };
    })
    .returningAll()
    .compile();
  const results = await database.batch([...clearDefaults(db, userId, input), insert]);
  return results.at(-1)![0] as unknown as AddressRow;
}

/** Updates the user's own address; undefined when it is not theirs. One round trip. */
export async function updateAddress(database: Database, userId: number, id: number, input: AddressUpdate): Promise<AddressRow | undefined> {
  const { db } = database;
  const update = db.updateTable('addresses').set(input).where('user_id', '=', userId).where('id', '=', id).returningAll().compile();
  const results = await database.batch([...clearDefaults(db, userId, input, id), update]);
  return results.at(-1)![0] as unknown as AddressRow | undefined;
}

export function deleteAddress(db: Kysely<DB>, userId: number, id: number) {
  return db.deleteFrom('addresses').where('user_id', '=', userId).where('id', '=', id).returning('id').executeTakeFirst();
}
