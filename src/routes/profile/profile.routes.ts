import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, requireUser } from '../../middleware/auth';
import { authErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { PasswordChange, ProfileUpdate, User } from '../../schemas/users';

const tags = ['Accounts'];

export const getProfile = createRoute({
  method: 'get',
  path: '/api/users/profile',
  tags,
  summary: 'The signed-in user',
  middleware: requireUser(),
  security: bearerSecurity,
  responses: { 200: jsonResponse(User, 'The user'), ...authErrors, 404: errorResponse('The account no longer exists') },
});

export const updateProfile = createRoute({
  method: 'put',
  path: '/api/users/profile',
  tags,
  summary: 'Change your names, phone, date of birth, username and preferences',
  description: 'Email, password and the is_* flags cannot be changed here: sending them is a 422.',
  middleware: requireUser(),
  security: bearerSecurity,
  request: jsonBody(ProfileUpdate),
  responses: {
    200: jsonResponse(User, 'The updated user'),
    ...bodyErrors,
    ...authErrors,
    404: errorResponse('The account no longer exists'),
    409: errorResponse('The username is taken (`username_taken`)'),
  },
});

export const changePassword = createRoute({
  method: 'put',
  path: '/api/users/password',
  tags,
  summary: 'Change your password; signs out your other sessions',
  middleware: requireUser(),
  security: bearerSecurity,
  request: jsonBody(PasswordChange),
  responses: {
    204: { description: 'Changed' },
    ...bodyErrors,
    ...authErrors,
    403: errorResponse('The current password is wrong (`invalid_credentials`)'),
  },
});
