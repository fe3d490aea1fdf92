import { createRouter } from '../../lib/create-app';
import * as handlers from './admin-customers.handlers';
import * as routes from './admin-customers.routes';

// Staff read, admins change (guardedBy on each route).
const adminCustomers = createRouter()
  .openapi(routes.listCustomers, handlers.listCustomers)
  .openapi(routes.getCustomer, handlers.getCustomer)
  .openapi(routes.updateCustomer, handlers.updateCustomer)
  .openapi(routes.sendPasswordReset, handlers.sendPasswordReset);

export default adminCustomers;
