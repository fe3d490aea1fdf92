import type { Database } from '../db/client';
import { createPasswordReset } from '../db/queries/passwords';
import { seal } from '../lib/sealed';
import { hashToken, randomToken } from './tokens';

/** How long a password reset link works. */
export const RESET_TTL_MS = 3600 * 1000;

/**
 * Issues a reset token for the active account with this email and, in the same statement, the outbox event
 * of its mail; an unknown or disabled account gets nothing (and the caller cannot tell).
 */
export async function issuePasswordReset(db: Database, secret: string, email: string, now: number): Promise<void> {
  const token = randomToken();
  const [tokenHash, tokenSealed] = await Promise.all([hashToken(token), seal(secret, 'account-token', token)]);
  await createPasswordReset(db, email, tokenHash, new Date(now + RESET_TTL_MS), tokenSealed);
}
