import { createRouter } from '../../lib/create-app';
import * as admin from './orders.admin.routes';
import * as handlers from './orders.handlers';
import lookup from './orders.lookup';
import * as routes from './orders.routes';

const orders = createRouter()
  // Guests: an order by number and email, then read with its view token.
  .route('/', lookup)
  .openapi(routes.createOrder, handlers.createOrder)
  .openapi(routes.listOrders, handlers.listOrders)
  .openapi(routes.getOrder, handlers.getOrder)
  .openapi(routes.getTracking, handlers.getTracking)
  // Staff and admins (guardedBy on each route; refunds and payments are for admins).
  .openapi(admin.setStatus, handlers.setStatus)
  .openapi(admin.recordPayment, handlers.recordPayment);

export default orders;
