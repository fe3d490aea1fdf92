import type { Cache } from '../clients/redis';
import type { Database } from '../db/client';
import { type AccountChange, deleteAccountRow, updateAccountRow } from '../db/queries/accounts';
import type { PublicUserRow } from '../db/queries/users';
import type { Logger } from '../lib/logger';
import { type AccountMarker, accountMarker, MARKER_TTL_SECONDS, sessionMarker } from './session-guard';

// Every change to an account that must outlaw its tokens goes through here: disabling, deleting, a role
// change, a new password, a reset, a logout. The database is the truth (each request that reaches it
// checks the session, the account and the role in its first round trip); the Redis markers written here
// carry the same news to requests that never reach the database. Both take effect on the next request.

export interface AccountServices {
  db: Database;
  cache: Cache;
  log: Logger;
}

/** Ended sessions and the account's new state, as markers for requests that skip the database. */
export async function publishRevocations(services: AccountServices, ended: { sessions?: string[]; account?: { userId: number; state: AccountMarker } }) {
  const entries: [string, string][] = (ended.sessions ?? []).map((sid) => [sessionMarker(sid), 'ended']);
  if (ended.account) entries.push([accountMarker(ended.account.userId), ended.account.state]);
  if (!entries.length) return;
  const written = await services.cache.setMany(entries, MARKER_TTL_SECONDS);
  if (!written) services.log.warn('revocation markers not written: only requests reaching the database see them', { dependency: 'redis' });
}

const stateOf = (u: Pick<PublicUserRow, 'is_active' | 'role'>): AccountMarker => (!u.is_active ? 'disabled' : u.role);

/**
 * Changes an account's status, role or password. Disabling ends every session; a new password ends every
 * session but `keepSessionId` (the one that changed it); a role change outlaws tokens of the old role.
 * Returns the updated user, or undefined when there is no such account.
 */
export async function updateAccount(
  services: AccountServices,
  userId: number,
  change: AccountChange,
  opts: { keepSessionId?: string | null } = {},
): Promise<PublicUserRow | undefined> {
  const revoke =
    change.is_active === false
      ? { reason: 'account_disabled' as const }
      : change.password_hash !== undefined
        ? { reason: 'password_changed' as const, keepSessionId: opts.keepSessionId ?? null }
        : null;
  const row = await updateAccountRow(services.db.db, userId, change, revoke);
  if (!row) return undefined;
  const { ended_sessions, ...user } = row;
  const stateChanged = change.is_active !== undefined || change.is_admin !== undefined || change.role !== undefined;
  await publishRevocations(services, { sessions: ended_sessions, account: stateChanged ? { userId, state: stateOf(user) } : undefined });
  return user;
}

/** Deletes an account; its tokens are a 401 from the next request on. False when there was none. */
export async function deleteAccount(services: AccountServices, userId: number): Promise<boolean> {
  const row = await deleteAccountRow(services.db.db, userId);
  if (!row) return false;
  await publishRevocations(services, { account: { userId, state: 'deleted' } });
  return true;
}
