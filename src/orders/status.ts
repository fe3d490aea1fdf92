import type { FulfillmentStatus, OrderStatus } from '../db/schema';

/** One allowed status change; `requires_paid` makes it depend on the payment having been taken. */
export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  requires_paid?: boolean;
}

/**
 * The order status transition table: the only copy. The Worker passes it to `order_set_status`,
 * which checks it under the order's row lock, so two admins racing cannot both apply a change.
 */
export const ORDER_TRANSITIONS: readonly Transition[] = [
  { from: 'pending', to: 'confirmed' },
  { from: 'pending', to: 'cancelled' },
  { from: 'confirmed', to: 'processing' },
  { from: 'confirmed', to: 'cancelled' },
  { from: 'processing', to: 'shipped' },
  { from: 'processing', to: 'cancelled' },
  { from: 'shipped', to: 'delivered' },
  { from: 'delivered', to: 'refunded' },
  // Only a cancelled order that was paid has anything to refund.
  { from: 'cancelled', to: 'refunded', requires_paid: true },
];

/**
 * The fulfillment status each order status implies (as `order_set_status` sets it). A refund after
 * delivery means the goods came back (`returned`); a refund after a cancellation stays `cancelled`.
 */
export const FULFILLMENT_FOR: Record<OrderStatus, FulfillmentStatus | 'unchanged'> = {
  pending: 'unfulfilled',
  confirmed: 'unfulfilled',
  processing: 'processing',
  shipped: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  refunded: 'unchanged',
};

/** The statuses reachable from `from` (ignoring the payment condition), for documentation and clients. */
export function nextStatuses(from: OrderStatus): OrderStatus[] {
  return ORDER_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}
