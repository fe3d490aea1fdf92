import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: access tokens die with their session, their account or their role. Every request that goes to
// the database runs auth_session_check in its first round trip (the Worker prepends it to the batch), so
// revocation costs no extra round trip. Sessions also end when an account is disabled.

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table refresh_tokens drop constraint refresh_tokens_revoked_reason_check`,
    `alter table refresh_tokens add constraint refresh_tokens_revoked_reason_check check (revoked_reason in
      ('rotated', 'reused', 'logout', 'password_changed', 'password_reset', 'account_disabled'))`,
    // Raises 'unauthenticated' unless the session is live and the account active with the token's role.
    `create function auth_session_check(p_user integer, p_session uuid, p_admin boolean) returns void language plpgsql as $$
    begin
      perform 1 from users u
        where u.id = p_user and u.is_active and u.is_admin = p_admin
          and exists (select 1 from refresh_tokens t
            where t.family_id = p_session and t.user_id = p_user and t.revoked_at is null and t.expires_at > now());
      if not found then
        perform app_raise('unauthenticated', 'The session has ended or the account changed; sign in again');
      end if;
    end $$`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop function auth_session_check(integer, uuid, boolean)',
    `update refresh_tokens set revoked_reason = 'logout' where revoked_reason = 'account_disabled'`,
    `alter table refresh_tokens drop constraint refresh_tokens_revoked_reason_check`,
    `alter table refresh_tokens add constraint refresh_tokens_revoked_reason_check check (revoked_reason in
      ('rotated', 'reused', 'logout', 'password_changed', 'password_reset'))`,
  ]);
}
