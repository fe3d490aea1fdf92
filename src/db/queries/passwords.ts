import { type Kysely, sql } from 'kysely';
import type { Database } from '../client';
import type { DB } from '../schema';

/**
 * Creates a reset token for an active account with this email and, in the same statement, the outbox
 * event of its mail (the token sealed). Nothing at all for an unknown or disabled account.
 */
export async function createPasswordReset(database: Database, email: string, tokenHash: string, expiresAt: Date, tokenSealed: string): Promise<void> {
  const query = database.db
    // Issuing a token voids the account's earlier ones (the statement's snapshot does not see the new row).
    .with('v', (qb) =>
      qb
        .updateTable('password_resets')
        .set({ used_at: sql<Date>`now()` })
        .where('used_at', 'is', null)
        .where('user_id', '=', (eb) => eb.selectFrom('users').select('users.id').where('users.email', '=', email)),
    )
    .with('r', (qb) =>
      qb
        .insertInto('password_resets')
        .columns(['user_id', 'token_hash', 'expires_at'])
        .expression((eb) =>
          eb
            .selectFrom('users')
            .select((s) => ['users.id', s.val(tokenHash).as('token_hash'), s.val(expiresAt).as('expires_at')])
            .where('users.email', '=', email)
            .where('users.is_active', '=', true),
        )
        .returning('user_id'),
    )
    .insertInto('events')
    .columns(['type', 'subject_type', 'subject_id', 'data'])
    .expression((eb) =>
      eb.selectFrom('r').select([
        sql.lit('account.password_reset').as('type'),
        sql.lit('customer').as('subject_type'),
        sql<string>`r.user_id::text`.as('subject_id'),
        sql<string>`jsonb_build_object('user_id', r.user_id, 'email', ${email}::text, 'token_sealed', ${tokenSealed}::text, 'expires_at', ${expiresAt}::timestamptz)`.as('data'),
      ]),
    )
    .compile();
  await database.batch([query]);
}

/**
 * Spends a reset token in one statement: marks it used, sets the new password hash, marks the
 * email verified (the link proved ownership) and signs out every session.
 */
export function consumePasswordReset(db: Kysely<DB>, tokenHash: string, passwordHash: string) {
  return db
    .with('r', (qb) =>
      qb
        .updateTable('password_resets')
        .set({ used_at: sql<Date>`now()` })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .returning('user_id'),
    )
    // Using one voids every other token of the account.
    .with('v', (qb) =>
      qb
        .updateTable('password_resets')
        .set({ used_at: sql<Date>`now()` })
        .where('user_id', '=', (eb) => eb.selectFrom('r').select('r.user_id'))
        .where('used_at', 'is', null)
        .where('token_hash', '!=', tokenHash),
    )
    .with('u', (qb) =>
      qb
        .updateTable('users')
        .set({ password_hash: passwordHash, is_verified: true })
        .where('id', '=', (eb) => eb.selectFrom('r').select('r.user_id'))
        .where('is_active', '=', true)
        .returning('id'),
    )
    .with('x', (qb) =>
      qb
        .updateTable('refresh_tokens')
        .set({ revoked_at: sql<Date>`now()`, revoked_reason: 'password_reset' })
        .where('user_id', '=', (eb) => eb.selectFrom('u').select('u.id'))
        .where('revoked_at', 'is', null)
        .returning('family_id'),
    )
    .selectFrom('u')
    .select('id')
    .select(sql<string[]>`(select coalesce(array_agg(distinct x.family_id::text), '{}') from x)`.as('ended_sessions'))
    .executeTakeFirst();
}
