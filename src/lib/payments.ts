import type { Database } from '../db/client';
import { recordPaymentRow } from '../db/queries/orders';
import type { PaymentStatus } from '../db/schema';

// The payment seam. Today an admin records what happened at the payment provider by hand
// (PUT /api/orders/{id}/payment). A provider integration will call `recordPayment` from its webhook
// handler with the provider's payment id, and nothing else in the order code changes.

/** Payment states that can be recorded, from where. `voided` and `failed` are set by order changes. */
export const PAYMENT_TRANSITIONS: readonly { from: PaymentStatus; to: RecordablePayment }[] = [
  { from: 'pending', to: 'authorized' },
  { from: 'pending', to: 'paid' },
  { from: 'authorized', to: 'paid' },
  { from: 'paid', to: 'refunded' },
];

export type RecordablePayment = 'authorized' | 'paid' | 'refunded';

export interface PaymentEvent {
  status: RecordablePayment;
  /** The provider's id of the payment (charge, intent or refund). */
  paymentId: string;
  note?: string;
  /** The admin who recorded it; null for a provider webhook. */
  actorUserId: number | null;
}

/** Records a payment state change atomically (with its order event); see `order_record_payment`. */
export function recordPayment(database: Database, orderId: number, event: PaymentEvent) {
  return recordPaymentRow(database.db, {
    order_id: orderId,
    payment_status: event.status,
    payment_id: event.paymentId,
    note: event.note,
    actor_user_id: event.actorUserId,
    transitions: PAYMENT_TRANSITIONS,
  });
}
