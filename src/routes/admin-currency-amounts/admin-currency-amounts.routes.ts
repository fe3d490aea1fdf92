import { createRoute } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { IdParam } from '../../schemas/common';
import {
  DiscountAmount, DiscountAmountInput, DiscountAmountList, DiscountAmountParams, ShippingRate, ShippingRateInput, ShippingRateList, ShippingRateParams,
} from '../../schemas/currency-amounts';
import { ShippingCodeParam } from '../../schemas/settings';

// Admin only: money settings per currency. Checkout reads them on every order, so a change applies to the
// next checkout. Amounts are integer minor units of the currency in the path.
const shippingTags = ['Shipping methods (admin)'];
const discountTags = ['Discounts (admin)'];
const badCurrency = 'A bad body, a currency the store does not have, or the base currency (`validation_failed`)';

export const listShippingRates = createRoute({
  method: 'get',
  path: '/api/admin/shipping-methods/{code}/rates',
  tags: shippingTags,
  summary: "A shipping method's rates per currency (without one, checkout converts the base rate)",
  ...guardedBy('admin'),
  request: { params: ShippingCodeParam },
  responses: {
    200: jsonResponse(ShippingRateList, 'The rates, by currency'), ...roleErrors,
    404: errorResponse('No such shipping method (`not_found`)'), 422: errorResponse('Bad code (`validation_failed`)'),
  },
});

export const putShippingRate = createRoute({
  method: 'put',
  path: '/api/admin/shipping-methods/{code}/rates/{currency}',
  tags: shippingTags,
  summary: "Set a shipping method's rate and free-over threshold in a currency other than the base one",
  ...guardedBy('admin'),
  request: { params: ShippingRateParams, ...jsonBody(ShippingRateInput) },
  responses: {
    200: jsonResponse(ShippingRate, 'The rate, replaced'), 201: jsonResponse(ShippingRate, 'The rate, new'), ...bodyErrors, ...roleErrors,
    404: errorResponse('No such shipping method (`not_found`)'), 409: errorResponse('The method went away meanwhile (`conflict`)'), 422: errorResponse(badCurrency),
  },
});

export const deleteShippingRate = createRoute({
  method: 'delete',
  path: '/api/admin/shipping-methods/{code}/rates/{currency}',
  tags: shippingTags,
  summary: "Remove a method's rate in a currency: checkout converts the base rate again",
  ...guardedBy('admin'),
  request: { params: ShippingRateParams },
  responses: { 204: { description: 'Removed' }, ...roleErrors, 404: errorResponse('No such method, or no rate in that currency (`not_found`)'), 422: errorResponse('Bad code or currency (`validation_failed`)') },
});

export const listDiscountAmounts = createRoute({
  method: 'get',
  path: '/api/admin/discounts/{id}/amounts',
  tags: discountTags,
  summary: "A discount's amounts per currency (a fixed code applies only in the base currency and these)",
  ...guardedBy('admin'),
  request: { params: IdParam },
  responses: {
    200: jsonResponse(DiscountAmountList, 'The amounts, by currency'), ...roleErrors,
    404: errorResponse('No such discount (`not_found`)'), 422: errorResponse('Bad id (`validation_failed`)'),
  },
});

export const putDiscountAmount = createRoute({
  method: 'put',
  path: '/api/admin/discounts/{id}/amounts/{currency}',
  tags: discountTags,
  summary: "Set a discount's amount off (fixed codes) and minimum subtotal in a currency other than the base one",
  description: 'A fixed code needs `amount_off_minor`; a percent code takes only `min_subtotal_minor` (its minimum elsewhere is converted).',
  ...guardedBy('admin'),
  request: { params: DiscountAmountParams, ...jsonBody(DiscountAmountInput) },
  responses: {
    200: jsonResponse(DiscountAmount, 'The amounts, replaced'), 201: jsonResponse(DiscountAmount, 'The amounts, new'), ...bodyErrors, ...roleErrors,
    404: errorResponse('No such discount (`not_found`)'), 409: errorResponse('The discount went away meanwhile (`conflict`)'), 422: errorResponse(badCurrency),
  },
});

export const deleteDiscountAmount = createRoute({
  method: 'delete',
  path: '/api/admin/discounts/{id}/amounts/{currency}',
  tags: discountTags,
  summary: "Remove a discount's amounts in a currency: a fixed code no longer applies there",
  ...guardedBy('admin'),
  request: { params: DiscountAmountParams },
  responses: { 204: { description: 'Removed' }, ...roleErrors, 404: errorResponse('No such discount, or no amounts in that currency (`not_found`)'), 422: errorResponse('Bad id or currency (`validation_failed`)') },
});
