import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/auth/password';
import type { DB } from '../../src/db/schema';

export interface AdminResult {
  email: string;
  created: boolean;
}

/**
 * Makes `email` an admin: promotes an existing account (activating and verifying it), or creates
 * one with `password`. The password is hashed exactly as the Worker hashes it.
 */
export async function ensureAdmin(db: Kysely<DB>, email: string, password?: string): Promise<AdminResult> {
  const normalized = email.trim().toLowerCase();
  const promoted = await db
    .updateTable('users')
    .set({ is_admin: true, is_active: true, is_verified: true })
    .where('email', '=', normalized)
    .returning('id')
    .executeTakeFirst();
  if (promoted) return { email: normalized, created: false };
  if (!password || password.length < 10) {
    throw new Error(`No account for ${normalized}: give a password of at least 10 characters to create one`);
  }
  await db
    .insertInto('users')
    .values({ email: normalized, password_hash: await hashPassword(password), is_admin: true, is_verified: true, first_name: 'Admin' })
    .execute();
  return { email: normalized, created: true };
}
