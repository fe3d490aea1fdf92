import { createRouter } from '../../lib/create-app';
import { updateAccount } from '../../auth/account-state';
import { findUserById, findUserForPasswordCheck, preferenceColumns, toUser, updateUser } from '../../db/queries/users';
import { isUniqueViolation } from '../../db/errors';
import { hashPassword, verifyPassword } from '../../auth/password';
import { ApiError } from '../../lib/errors';
import * as routes from './profile.routes';

const gone = () => new ApiError('not_found', 404, 'This account no longer exists');

const profile = createRouter()
  .openapi(routes.getProfile, async (c) => {
    const user = await findUserById(c.var.services.db.db, c.var.auth.userId);
    if (!user) throw gone();
    return c.json(toUser(user), 200);
  })
  .openapi(routes.updateProfile, async (c) => {
    const { db } = c.var.services;
    const { preferences, ...fields } = c.req.valid('json');
    const patch = { ...fields, ...preferenceColumns(preferences) };
    let user;
    try {
      user = Object.keys(patch).length
        ? await updateUser(db.db, c.var.auth.userId, patch)
        : await findUserById(db.db, c.var.auth.userId);
    } catch (err) {
      if (isUniqueViolation(err, 'users_username_key')) throw new ApiError('username_taken', 409, 'This username is taken');
      throw err;
    }
    if (!user) throw gone();
    return c.json(toUser(user), 200);
  })
  .openapi(routes.changePassword, async (c) => {
    const { db } = c.var.services;
    const { current_password, new_password } = c.req.valid('json');
    const { userId, sessionId } = c.var.auth;
    const found = await findUserForPasswordCheck(db.db, userId);
    if (!found || !found.is_active) throw gone();
    const { ok } = await verifyPassword(current_password, found.password_hash);
    if (!ok) throw new ApiError('invalid_credentials', 403, 'The current password is wrong');
    await updateAccount(c.var.services, userId, { password_hash: await hashPassword(new_password) }, { keepSessionId: sessionId });
    return c.body(null, 204);
  });

export default profile;
