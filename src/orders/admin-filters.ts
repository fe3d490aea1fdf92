import type { OrderFilter } from '../db/queries/admin-orders';
import { ApiError } from '../lib/errors';
import { priceBound } from '../markets/currency';
import type { AdminOrderFilters } from '../schemas/admin-orders';

const ORDER_NUMBER = /^EC-[0-9A-Z]{8}$/i;

/**
 * The database filter of the admin's order query. `q` is read as an order number, an email address or
 * the start of a customer's name (each served by its own index); a total range needs its currency.
 */
export function orderFilter(f: AdminOrderFilters): OrderFilter {
  const out: OrderFilter = {
    status: f.status,
    payment_status: f.payment_status,
    fulfillment_status: f.fulfillment_status,
    created_from: f.created_from,
    created_to: f.created_to,
    customer_id: f.customer_id,
    currency: f.currency,
  };
  if (f.q) {
    if (ORDER_NUMBER.test(f.q)) out.order_number = f.q.toUpperCase();
    else if (f.q.includes('@')) out.email = f.q;
    else out.name_prefix = f.q.toLowerCase();
  }
  if (f.total_min !== undefined || f.total_max !== undefined) {
    if (!f.currency) {
      throw new ApiError('validation_failed', 422, 'The request is not valid', [
        { path: 'currency', code: 'custom', message: 'required with total_min or total_max: totals compare in one currency' },
      ]);
    }
    const min = priceBound(f.total_min, f.currency, 'total_min');
    const max = priceBound(f.total_max, f.currency, 'total_max');
    if (min !== undefined) out.total_min_minor = BigInt(min);
    if (max !== undefined) out.total_max_minor = BigInt(max);
  }
  if (f.created_from && f.created_to && Date.parse(f.created_from) >= Date.parse(f.created_to)) {
    throw new ApiError('validation_failed', 422, 'The request is not valid', [
      { path: 'created_to', code: 'custom', message: 'must be after created_from' },
    ]);
  }
  return out;
}
