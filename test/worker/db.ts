import type { Kysely } from 'kysely';
import type { AccountServices } from '../../src/auth/account-state';
import { createCache } from '../../src/clients/redis';
import { createDatabase } from '../../src/db/client';
import { createLogger } from '../../src/lib/logger';
import type { DB } from '../../src/db/schema';
import { loadEnv } from '../../src/lib/env';
import { Timing } from '../../src/lib/timing';
import { api, json, registerUser, type Session, testEnv } from './helpers';

/** Direct database access for arranging and inspecting state, through the same stand-in. */
export function testDb(): Kysely<DB> {
  return createDatabase(loadEnv(testEnv), new Timing()).db;
}

/** A signed-in admin: a new account promoted in the database, then logged in for an admin token. */
export async function adminSession(): Promise<Session> {
  const s = await registerUser();
  await testDb().updateTable('users').set({ is_admin: true }).where('id', '=', s.user.id).execute();
  const res = await api('/api/users/login', json({ email: s.email, password: s.password }));
  return { ...((await res.json()) as Omit<Session, 'email' | 'password'>), email: s.email, password: s.password };
}

/** What `updateAccount` / `deleteAccount` need, as the admin API's handlers would pass them. */
export function accountServices(): AccountServices {
  const env = loadEnv(testEnv);
  const timing = new Timing();
  const log = createLogger({ request_id: 'test' });
  return { db: createDatabase(env, timing), cache: createCache(env, timing, log), log };
}
