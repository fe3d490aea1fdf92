import { createMiddleware } from 'hono/factory';
import type { Role } from '../../auth/tokens';
import { ApiError } from '../../lib/errors';
import { errorResponse } from '../../lib/openapi';
import type { AppEnv } from '../../lib/types';
import { bearerSecurity, requireUser } from './index';

/** The staff roles: who may use the admin API at all. */
export type StaffRole = Exclude<Role, 'customer'>;

/** Requires a signed-in user whose token's role is one of `roles` (401 without a token, 403 otherwise). */
export function requireRole(...roles: StaffRole[]) {
  const user = requireUser();
  const check = createMiddleware<AppEnv>(async (c, next) =>
    user(c, async () => {
      if (!(roles as string[]).includes(c.var.auth.role)) {
        throw new ApiError('forbidden', 403, `This endpoint is for: ${roles.join(', ')}`, { roles });
      }
      await next();
    }),
  );
  return Object.assign(check, { roles });
}

/**
 * The route config of an endpoint for `roles`: the role check, the bearer security, the 401/403 answers,
 * and the `x-roles` extension that shows in the OpenAPI document who may call it.
 */
export function guardedBy(...roles: StaffRole[]) {
  return {
    middleware: requireRole(...roles),
    security: bearerSecurity,
    'x-roles': roles,
  } as const;
}

/** The 401 and 403 answers of a guarded route. */
export const roleErrors = {
  401: errorResponse('No valid access token (`unauthenticated`)'),
  403: errorResponse('Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`)'),
} as const;
