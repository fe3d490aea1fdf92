import { type Kysely, sql, type Updateable } from 'kysely';
import type { DB, RevokedReason, UsersTable } from '../schema';
import { USER_COLUMNS } from './users';

/** The account fields whose change can outlaw tokens. */
export type AccountChange = Pick<Updateable<UsersTable>, 'is_active' | 'is_admin' | 'role' | 'password_hash'>;

/**
 * Changes an account and, in the same statement, ends its sessions when `revoke` says so (all of them
 * but `keepSessionId`). Returns the user and the session ids it ended, or undefined for no such user.
 */
export function updateAccountRow(
  db: Kysely<DB>,
  userId: number,
  change: AccountChange,
  revoke: { reason: RevokedReason; keepSessionId?: string | null } | null,
) {
  return db
    .with('u', (qb) => qb.updateTable('users').set(change).where('id', '=', userId).returning(USER_COLUMNS))
    .with('x', (qb) => {
      let q = qb
        .updateTable('refresh_tokens')
        .set({ revoked_at: sql<Date>`now()`, revoked_reason: revoke?.reason ?? 'logout' })
        .where('user_id', '=', (eb) => eb.selectFrom('u').select('u.id'))
        .where('revoked_at', 'is', null)
        .where(sql.lit(revoke !== null));
      if (revoke?.keepSessionId) q = q.where('family_id', '!=', revoke.keepSessionId);
      return q.returning('family_id');
    })
    .selectFrom('u')
    .selectAll('u')
    .select(sql<string[]>`(select coalesce(array_agg(distinct x.family_id::text), '{}') from x)`.as('ended_sessions'))
    .executeTakeFirst();
}

/** Deletes an account (its sessions, carts and addresses go with it; its orders stay, without the link). */
export function deleteAccountRow(db: Kysely<DB>, userId: number) {
  return db.deleteFrom('users').where('id', '=', userId).returning('id').executeTakeFirst();
}
