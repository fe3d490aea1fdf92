import { type Kysely, sql } from 'kysely';
import type { DB, RevokedReason } from '../schema';
import { USER_COLUMNS } from './users';

export interface NewRefreshToken {
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
}

/** Records a login in one statement: `last_login`, an optional password rehash, and a new token family. */
export function recordLogin(db: Kysely<DB>, userId: number, token: NewRefreshToken, rehash?: string) {
  return db
    .with('u', (qb) =>
      qb
        .updateTable('users')
        .set({ last_login: sql<Date>`now()`, ...(rehash ? { password_hash: rehash } : {}) })
        .where('id', '=', userId)
        .returning(USER_COLUMNS),
    )
    .with('t', (qb) =>
      qb.insertInto('refresh_tokens').values({
        user_id: userId,
        family_id: token.familyId,
        token_hash: token.tokenHash,
        expires_at: token.expiresAt,
      }),
    )
    .selectFrom('u')
    .selectAll()
    .executeTakeFirst();
}

/**
 * Rotates a live refresh token in one statement: the old one is revoked and a new one joins its
 * family. Returns the owner, or undefined when the token is unknown, expired, revoked or the
 * account is disabled.
 */
export function rotateRefreshToken(db: Kysely<DB>, oldHash: string, next: Omit<NewRefreshToken, 'familyId'>) {
  return db
    .with('old', (qb) =>
      qb
        .updateTable('refresh_tokens')
        .set({ revoked_at: sql<Date>`now()`, revoked_reason: 'rotated' })
        .where('token_hash', '=', oldHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .where((eb) => eb.exists(eb.selectFrom('users').select('id').whereRef('users.id', '=', 'refresh_tokens.user_id').where('users.is_active', '=', true)))
        .returning(['user_id', 'family_id']),
    )
    .with('new', (qb) =>
      qb
        .insertInto('refresh_tokens')
        .columns(['user_id', 'family_id', 'token_hash', 'expires_at'])
        .expression((eb) =>
          eb.selectFrom('old').select((s) => ['old.user_id', 'old.family_id', s.val(next.tokenHash).as('token_hash'), s.val(next.expiresAt).as('expires_at')]),
        ),
    )
    .selectFrom('old')
    .innerJoin('users', 'users.id', 'old.user_id')
    .select([...USER_COLUMNS.map((c) => `users.${c}` as const), 'old.family_id'])
    .executeTakeFirst();
}

/**
 * A token that was already rotated is being replayed: someone holds a stolen copy. Revokes its
 * whole family, signing out both the thief and the owner. Returns how many tokens were revoked.
 */
export async function revokeFamilyOnReuse(db: Kysely<DB>, tokenHash: string): Promise<number> {
  const rows = await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`now()`, revoked_reason: 'reused' })
    .where('revoked_at', 'is', null)
    .where('family_id', '=', (eb) =>
      eb.selectFrom('refresh_tokens as r').select('r.family_id').where('r.token_hash', '=', tokenHash).where('r.revoked_reason', '=', 'rotated'),
    )
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Revokes the family a token belongs to (logout): holding the token is the right to end it. Returns the
 * session (family) ended, if any.
 */
export async function revokeFamilyOf(db: Kysely<DB>, tokenHash: string, reason: RevokedReason): Promise<string[]> {
  const rows = await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: sql<Date>`now()`, revoked_reason: reason })
    .where('revoked_at', 'is', null)
    .where('family_id', '=', (eb) => eb.selectFrom('refresh_tokens as r').select('r.family_id').where('r.token_hash', '=', tokenHash))
    .returning('family_id')
    .execute();
  return [...new Set(rows.map((r) => r.family_id))];
}

/**
 * A token rotated less than `graceSeconds` ago whose successor (`nextHash`, derived from it) is still
 * in play: a second tab refreshing at the same moment. Returns the owner and the family, as a rotation
 * would; undefined otherwise (then it is reuse).
 */
export function rotatedWithinGrace(db: Kysely<DB>, oldHash: string, nextHash: string, graceSeconds: number) {
  return db
    .selectFrom('refresh_tokens as old')
    .innerJoin('refresh_tokens as next', (j) => j.onRef('next.family_id', '=', 'old.family_id').on('next.token_hash', '=', nextHash))
    .innerJoin('users', 'users.id', 'old.user_id')
    .where('old.token_hash', '=', oldHash)
    .where('old.revoked_reason', '=', 'rotated')
    .where('old.revoked_at', '>', sql<Date>`now() - make_interval(secs => ${graceSeconds})`)
    .where((eb) => eb.or([eb('next.revoked_at', 'is', null), eb('next.revoked_reason', '=', 'rotated')]))
    .where('next.expires_at', '>', sql<Date>`now()`)
    .where('users.is_active', '=', true)
    .select([...USER_COLUMNS.map((c) => `users.${c}` as const), 'old.family_id'])
    .executeTakeFirst();
}
