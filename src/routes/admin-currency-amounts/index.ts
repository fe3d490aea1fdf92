import { createRouter } from '../../lib/create-app';
import * as handlers from './admin-currency-amounts.handlers';
import * as routes from './admin-currency-amounts.routes';

// Admin only (guardedBy('admin') on every route): shipping rates and discount amounts per currency.
const adminCurrencyAmounts = createRouter()
  .openapi(routes.listShippingRates, handlers.listShippingRates)
  .openapi(routes.putShippingRate, handlers.putShippingRate)
  .openapi(routes.deleteShippingRate, handlers.deleteShippingRate)
  .openapi(routes.listDiscountAmounts, handlers.listDiscountAmounts)
  .openapi(routes.putDiscountAmount, handlers.putDiscountAmount)
  .openapi(routes.deleteDiscountAmount, handlers.deleteDiscountAmount);

export default adminCurrencyAmounts;
