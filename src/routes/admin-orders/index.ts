import { createRouter } from '../../lib/create-app';
import * as handlers from './admin-orders.handlers';
import * as routes from './admin-orders.routes';

// Admin and staff (guardedBy on each route): orders across customers.
const adminOrders = createRouter()
  .openapi(routes.listOrders, handlers.listOrders)
  .openapi(routes.exportOrders, handlers.exportOrders)
  .openapi(routes.getOrder, handlers.getOrder);

export default adminOrders;
