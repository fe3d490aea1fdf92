import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { PreferencesInput, User } from '../../schemas/users';
import type { Database } from '../client';
import type { DB, UsersTable } from '../schema';

type UserRow = Selectable<UsersTable>;

/** Every column the API may show; the password hash and token hashes are never selected with it. */
export const USER_COLUMNS = [
  'id', 'email', 'username', 'first_name', 'last_name', 'phone', 'date_of_birth', 'shipping_address',
  'billing_address', 'preferred_currency', 'preferred_language', 'newsletter_subscribed', 'marketing_emails',
  'is_active', 'is_admin', 'role', 'is_verified', 'last_login', 'created_at', 'updated_at',
] as const satisfies readonly (keyof UsersTable)[];

export type PublicUserRow = Pick<UserRow, (typeof USER_COLUMNS)[number]>;

/** Maps a row to the API's user object. */
export function toUser(row: PublicUserRow): User {
  return {
    id: row.id,
    email: row.email,
    username: row.username,
    first_name: row.first_name,
    last_name: row.last_name,
    phone: row.phone,
    date_of_birth: row.date_of_birth ? toDateString(row.date_of_birth) : null,
    shipping_address: row.shipping_address as User['shipping_address'],
    billing_address: row.billing_address as User['billing_address'],
    preferences: {
      currency: row.preferred_currency.trim(),
      language: row.preferred_language,
      newsletter_subscribed: row.newsletter_subscribed,
      marketing_emails: row.marketing_emails,
    },
    is_active: row.is_active,
    is_admin: row.is_admin,
    role: row.role,
    is_verified: row.is_verified,
    last_login: row.last_login ? new Date(row.last_login).toISOString() : null,
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

// `date` columns come back as Date at UTC midnight (the driver parses them); show the calendar date.
function toDateString(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function findUserById(db: Kysely<DB>, id: number) {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The login lookup: by email or by username (case-insensitive), with the password hash. */
export function findUserForLogin(db: Kysely<DB>, by: { email?: string; username?: string }) {
  let q = db.selectFrom('users').select([...USER_COLUMNS, 'password_hash']);
  q = by.email !== undefined ? q.where('email', '=', by.email) : q.where(sql`lower(username)`, '=', (by.username ?? '').toLowerCase());
  return q.executeTakeFirst();
}

export function findUserForPasswordCheck(db: Kysely<DB>, id: number) {
  return db.selectFrom('users').select(['id', 'password_hash', 'is_active']).where('id', '=', id).executeTakeFirst();
}

/**
 * Inserts a user and, in the same statement, their first refresh token and the outbox event of their
 * verification mail (its token sealed: see lib/sealed.ts).
 */
export async function insertUserWithToken(
  database: Database,
  user: Insertable<UsersTable>,
  token: { familyId: string; tokenHash: string; expiresAt: Date },
  verifyMail: { tokenSealed: string; expiresAt: Date },
): Promise<PublicUserRow> {
  const query = database.db
    .with('u', (qb) => qb.insertInto('users').values(user).returning(USER_COLUMNS))
    .with('t', (qb) =>
      qb
        .insertInto('refresh_tokens')
        .columns(['user_id', 'family_id', 'token_hash', 'expires_at'])
        .expression((eb) =>
          eb.selectFrom('u').select((s) => [
            'u.id',
            s.val(token.familyId).as('family_id'),
            s.val(token.tokenHash).as('token_hash'),
            s.val(token.expiresAt).as('expires_at'),
          ]),
        ),
    )
    .with('m', (qb) =>
      qb
        .insertInto('events')
        .columns(['type', 'subject_type', 'subject_id', 'data'])
        .expression((eb) =>
          eb.selectFrom('u').select([
            sql.lit('account.verify').as('type'),
            sql.lit('customer').as('subject_type'),
            sql<string>`u.id::text`.as('subject_id'),
            sql<string>`jsonb_build_object('user_id', u.id, 'email', u.email, 'token_sealed', ${verifyMail.tokenSealed}::text, 'expires_at', ${verifyMail.expiresAt}::timestamptz)`.as('data'),
          ]),
        ),
    )
    .selectFrom('u')
    .selectAll()
    .compile();
  // A batch, so the events of the insert (this one, and customer.created from the trigger) are collected.
  const [rows] = await database.batch([query]);
  return rows![0] as unknown as PublicUserRow;
}

export function updateUser(db: Kysely<DB>, id: number, patch: Updateable<UsersTable>) {
  return db.updateTable('users').set(patch).where('id', '=', id).returning(USER_COLUMNS).executeTakeFirst();
}

/** Sets `is_verified` for the holder of an unexpired verification token; single use. */
export function verifyEmailToken(db: Kysely<DB>, tokenHash: string) {
  return db
    .updateTable('users')
    .set({ is_verified: true, verification_token_hash: null, verification_token_expires_at: null })
    .where('verification_token_hash', '=', tokenHash)
    .where('verification_token_expires_at', '>', sql<Date>`now()`)
    .returning(USER_COLUMNS)
    .executeTakeFirst();
}

/** Maps the API's `preferences` object onto the user columns. */
export function preferenceColumns(p: PreferencesInput | undefined): Updateable<UsersTable> {
  if (!p) return {};
  return {
    ...(p.currency !== undefined && { preferred_currency: p.currency }),
    ...(p.language !== undefined && { preferred_language: p.language }),
    ...(p.newsletter_subscribed !== undefined && { newsletter_subscribed: p.newsletter_subscribed }),
    ...(p.marketing_emails !== undefined && { marketing_emails: p.marketing_emails }),
  };
}
