import { createRouter } from '../../lib/create-app';
import * as handlers from './payments.handlers';
import * as routes from './payments.routes';

const payments = createRouter()
  .openapi(routes.createPaymentIntent, handlers.createPaymentIntent)
  // Admin only (requireAdmin on the route).
  .openapi(routes.createRefund, handlers.createRefund);

export default payments;
