import { createRouter } from '../../lib/create-app';
import * as handlers from './auth.handlers';
import * as routes from './auth.routes';

const auth = createRouter()
  .openapi(routes.register, handlers.register)
  .openapi(routes.login, handlers.login)
  .openapi(routes.refresh, handlers.refresh)
  .openapi(routes.logout, handlers.logout)
  .openapi(routes.verifyEmail, handlers.verifyEmail)
  .openapi(routes.forgotPassword, handlers.forgotPassword)
  .openapi(routes.resetPassword, handlers.resetPassword);

export default auth;
