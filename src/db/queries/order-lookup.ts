import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';
import type { OrderSnapshot } from './order-mappers';

/** The order with this number, with the email it was placed with (one round trip, order_number is unique). */
export function findOrderByNumber(db: Kysely<DB>, orderNumber: string) {
  return db
    .selectFrom('orders')
    .select(['id', 'email', sql<OrderSnapshot>`order_snapshot(id)`.as('snapshot')])
    .where('order_number', '=', orderNumber)
    .executeTakeFirst();
}
