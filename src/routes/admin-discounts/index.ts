import { createRouter } from '../../lib/create-app';
import * as handlers from './admin-discounts.handlers';
import * as routes from './admin-discounts.routes';

// Admin only (guardedBy on each route): discount codes are a setting.
const adminDiscounts = createRouter()
  .openapi(routes.createDiscount, handlers.createDiscount)
  .openapi(routes.listDiscounts, handlers.listDiscounts)
  .openapi(routes.getDiscount, handlers.getDiscount)
  .openapi(routes.updateDiscount, handlers.updateDiscount)
  .openapi(routes.deactivateDiscount, handlers.deactivateDiscount);

export default adminDiscounts;
