import { createRoute, z } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse, rateLimitedResponse } from '../../lib/openapi';
import { AuthResponse, ForgotBody, LoginBody, RefreshBody, RegisterBody, ResetBody, TokenBody, User } from '../../schemas/users';

const tags = ['Accounts'];
const rateLimited = rateLimitedResponse();
const Accepted = z.object({ status: z.literal('accepted') }).openapi('Accepted');

export const register = createRoute({
  method: 'post',
  path: '/api/users/register',
  tags,
  summary: 'Create an account; answers the user and a token pair',
  request: jsonBody(RegisterBody),
  responses: {
    201: jsonResponse(AuthResponse, 'The account was created'),
    ...bodyErrors,
    409: errorResponse('The email (`email_taken`) or username (`username_taken`) is in use'),
    429: rateLimited,
  },
});

export const login = createRoute({
  method: 'post',
  path: '/api/users/login',
  tags,
  summary: 'Sign in with email or username and password',
  request: jsonBody(LoginBody),
  responses: {
    200: jsonResponse(AuthResponse, 'Signed in'),
    ...bodyErrors,
    401: errorResponse('Unknown account or wrong password (`invalid_credentials`)'),
    403: errorResponse('The account is disabled (`account_disabled`)'),
    429: rateLimited,
  },
});

export const refresh = createRoute({
  method: 'post',
  path: '/api/users/refresh',
  tags,
  summary: 'Rotate a refresh token; reusing an old one signs out its whole family',
  request: jsonBody(RefreshBody),
  responses: {
    200: jsonResponse(AuthResponse, 'A new token pair'),
    ...bodyErrors,
    401: errorResponse('Unknown, expired, revoked or reused refresh token (`invalid_token`)'),
  },
});

export const logout = createRoute({
  method: 'post',
  path: '/api/users/logout',
  tags,
  summary: 'Revoke a refresh token and its family',
  request: jsonBody(RefreshBody),
  responses: { 204: { description: 'Signed out (also for an unknown token)' }, ...bodyErrors },
});

export const verifyEmail = createRoute({
  method: 'post',
  path: '/api/users/verify',
  tags,
  summary: 'Verify an email address with the token sent at registration',
  request: jsonBody(TokenBody),
  responses: {
    200: jsonResponse(User, 'The email is verified'),
    ...bodyErrors,
    400: errorResponse('Unknown, used or expired token (`invalid_token`), or malformed JSON'),
  },
});

export const forgotPassword = createRoute({
  method: 'post',
  path: '/api/users/password/forgot',
  tags,
  summary: 'Send a password reset link; the answer is the same whether or not the email exists',
  request: jsonBody(ForgotBody),
  responses: { 202: jsonResponse(Accepted, 'Accepted'), ...bodyErrors, 429: rateLimited },
});

export const resetPassword = createRoute({
  method: 'post',
  path: '/api/users/password/reset',
  tags,
  summary: 'Set a new password with a reset token; signs out every session',
  request: jsonBody(ResetBody),
  responses: {
    204: { description: 'The password was changed' },
    ...bodyErrors,
    400: errorResponse('Unknown, used or expired token (`invalid_token`), or malformed JSON'),
    429: rateLimited,
  },
});
