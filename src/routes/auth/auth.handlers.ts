import type { RouteHandler } from '@hono/zod-openapi';
import { consumePasswordReset } from '../../db/queries/passwords';
import { issuePasswordReset } from '../../auth/password-reset';
import { recordLogin, revokeFamilyOf, revokeFamilyOnReuse, rotatedWithinGrace, rotateRefreshToken } from '../../db/queries/refresh-tokens';
import { publishRevocations } from '../../auth/account-state';
import { findUserForLogin, insertUserWithToken, preferenceColumns, toUser, verifyEmailToken } from '../../db/queries/users';
import { mergeGuestCart } from '../../db/queries/cart';
import { isUniqueViolation } from '../../db/errors';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../auth/password';
import { authResponse, newRefreshToken } from '../../auth/session';
import { hashToken, randomToken, successorToken } from '../../auth/tokens';
import { clientIp } from '../../lib/background';
import { CART_TOKEN_HEADER, isCartToken } from '../../orders/cart-owner';
import { ApiError } from '../../lib/errors';
import { seal } from '../../lib/sealed';
import type { AppEnv } from '../../lib/types';
import type * as routes from './auth.routes';

const VERIFY_TTL_MS = 48 * 3600 * 1000;
/** Two tabs refreshing one token at once both get its successor within this window; later, a replay is reuse. */
const REFRESH_GRACE_SECONDS = 10;

const invalidCredentials = () => new ApiError('invalid_credentials', 401, 'The email/username or password is wrong');
const invalidToken = () => new ApiError('invalid_token', 401, 'The refresh token is invalid, expired or revoked');

export const register: RouteHandler<typeof routes.register, AppEnv> = async (c) => {
  const { env, db, rateLimit } = c.var.services;
  const body = c.req.valid('json');
  await rateLimit.check('register_ip', clientIp(c));
  const verifyToken = randomToken();
  const verifyExpires = new Date(Date.now() + VERIFY_TTL_MS);
  const [passwordHash, verifyHash, session, verifySealed] = await Promise.all([
    hashPassword(body.password),
    hashToken(verifyToken),
    newRefreshToken(),
    seal(env.JWT_SECRET, 'account-token', verifyToken),
  ]);
  let user;
  try {
    // The verification mail is an outbox event of the same statement (sent by the events consumer).
    user = await insertUserWithToken(
      db,
      {
        email: body.email,
        username: body.username ?? null,
        password_hash: passwordHash,
        first_name: body.first_name ?? null,
        last_name: body.last_name ?? null,
        phone: body.phone ?? null,
        date_of_birth: body.date_of_birth ?? null,
        ...preferenceColumns(body.preferences),
        verification_token_hash: verifyHash,
        verification_token_expires_at: verifyExpires,
      },
      session.record,
      { tokenSealed: verifySealed, expiresAt: verifyExpires },
    );
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_key')) throw new ApiError('email_taken', 409, 'An account with this email already exists');
    if (isUniqueViolation(err, 'users_username_key')) throw new ApiError('username_taken', 409, 'This username is taken');
    throw err;
  }
  return c.json(await authResponse(env.JWT_SECRET, user, session.token, session.record.familyId), 201);
};

export const login: RouteHandler<typeof routes.login, AppEnv> = async (c) => {
  const { env, db, rateLimit } = c.var.services;
  const body = c.req.valid('json');
  const found = await findUserForLogin(db.db, body);
  // Failures count per (IP, account): the email and the username of an account share one bucket.
  const account = found ? `user:${found.id}` : `name:${await hashToken(body.email ?? (body.username ?? '').toLowerCase())}`;
  const attempt = await rateLimit.login(clientIp(c), account);
  if (!found) {
    await verifyAgainstDummy(body.password);
    throw invalidCredentials();
  }
  const { ok, needsRehash } = await verifyPassword(body.password, found.password_hash);
  if (!ok) throw invalidCredentials();
  const cleared = attempt.succeeded();
  // Only after the password is right, so a disabled account's existence is not revealed to guessers.
  if (!found.is_active) {
    await cleared;
    throw new ApiError('account_disabled', 403, 'This account is disabled');
  }
  const [session, rehash] = await Promise.all([newRefreshToken(), needsRehash ? hashPassword(body.password) : undefined]);
  const [user] = await Promise.all([recordLogin(db.db, found.id, session.record, rehash), cleared]);
  if (!user) throw invalidCredentials();
  // A guest cart presented at login joins the user's cart (quantities add up, capped by stock).
  const cartToken = c.req.header(CART_TOKEN_HEADER);
  if (isCartToken(cartToken)) await mergeGuestCart(db.db, user.id, await hashToken(cartToken));
  return c.json(await authResponse(env.JWT_SECRET, user, session.token, session.record.familyId), 200);
};

export const refresh: RouteHandler<typeof routes.refresh, AppEnv> = async (c) => {
  const { env, db, log, rateLimit } = c.var.services;
  await rateLimit.check('refresh_ip', clientIp(c));
  const presented = c.req.valid('json').refresh_token;
  const [oldHash, successor] = await Promise.all([hashToken(presented), successorToken(env.JWT_SECRET, presented)]);
  const next = await newRefreshToken(undefined, successor);
  // Rotation first; only when it finds nothing, in a new statement that sees a concurrent rotation's commit,
  // the grace window.
  const row = (await rotateRefreshToken(db.db, oldHash, next.record)) ?? (await rotatedWithinGrace(db.db, oldHash, next.record.tokenHash, REFRESH_GRACE_SECONDS));
  if (!row) {
    const revoked = await revokeFamilyOnReuse(db.db, oldHash);
    if (revoked > 0) log.warn('refresh token reused: token family revoked', { revoked });
    throw invalidToken();
  }
  const { family_id: familyId, ...user } = row;
  return c.json(await authResponse(env.JWT_SECRET, user, next.token, familyId), 200);
};

export const logout: RouteHandler<typeof routes.logout, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const ended = await revokeFamilyOf(db.db, await hashToken(c.req.valid('json').refresh_token), 'logout');
  await publishRevocations(c.var.services, { sessions: ended });
  return c.body(null, 204);
};

export const verifyEmail: RouteHandler<typeof routes.verifyEmail, AppEnv> = async (c) => {
  const { db, rateLimit } = c.var.services;
  await rateLimit.check('verify_ip', clientIp(c));
  const user = await verifyEmailToken(db.db, await hashToken(c.req.valid('json').token));
  if (!user) throw new ApiError('invalid_token', 400, 'The verification token is invalid, used or expired');
  return c.json(toUser(user), 200);
};

export const forgotPassword: RouteHandler<typeof routes.forgotPassword, AppEnv> = async (c) => {
  const { env, db, rateLimit } = c.var.services;
  const { email } = c.req.valid('json');
  await rateLimit.checkAll([['forgot_ip', clientIp(c)], ['forgot_account', await hashToken(email.toLowerCase())]]);
  // The mail is an outbox event of the same statement; an unknown email writes nothing and looks the same.
  await issuePasswordReset(db, env.JWT_SECRET, email, Date.now());
  return c.json({ status: 'accepted' as const }, 202);
};

export const resetPassword: RouteHandler<typeof routes.resetPassword, AppEnv> = async (c) => {
  const { db, rateLimit } = c.var.services;
  const body = c.req.valid('json');
  await rateLimit.check('reset_ip', clientIp(c));
  const [tokenHash, passwordHash] = await Promise.all([hashToken(body.token), hashPassword(body.new_password)]);
  const done = await consumePasswordReset(db.db, tokenHash, passwordHash);
  if (!done) throw new ApiError('invalid_token', 400, 'The reset token is invalid, used or expired');
  await publishRevocations(c.var.services, { sessions: done.ended_sessions });
  return c.body(null, 204);
};
