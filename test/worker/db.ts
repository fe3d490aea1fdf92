import type { Kysely } from 'kysely';
import { createDatabase } from '../../src/db/client';
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
