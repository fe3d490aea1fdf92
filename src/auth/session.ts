import type { NewRefreshToken } from '../db/queries/refresh-tokens';
import { type PublicUserRow, toUser } from '../db/queries/users';
import type { AuthResponse } from '../schemas/users';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  hashToken,
  randomToken,
  signAccessToken,
} from './tokens';

/** A fresh refresh token: the value for the client, the record (hash only) for the database. */
export async function newRefreshToken(familyId: string = crypto.randomUUID(), token: string = randomToken()) {
  const record: NewRefreshToken = {
    familyId,
    tokenHash: await hashToken(token),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000),
  };
  return { token, record };
}

/** The body of register, login and refresh: a token pair and the user. */
export async function authResponse(secret: string, user: PublicUserRow, refreshToken: string, familyId: string): Promise<AuthResponse> {
  return {
    access_token: await signAccessToken(secret, user.id, user.role, familyId, Date.now(), user.preferred_currency.trim()),
    refresh_token: refreshToken,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    user: toUser(user),
  };
}
