import type { Database } from '../db/client';
import { recordPaymentRow } from '../db/queries/orders';
import type { PaymentStatus } from '../db/schema';
import { ORDER_TRANSITIONS } from '../orders/status';

// The manual provider: bank transfers and cash on delivery, recorded by an admin
// (PUT /api/orders/{id}/payment) into the same ledger the card payments write to.

/** Payment states that can be recorded by hand, from where. `voided` and `failed` are set by order changes. */
export const PAYMENT_TRANSITIONS: readonly { from: PaymentStatus; to: RecordablePayment }[] = [
  { from: 'pending', to: 'authorized' },
  { from: 'pending', to: 'paid' },
  { from: 'authorized', to: 'paid' },
  { from: 'paid', to: 'refunded' },
];

export type RecordablePayment = 'authorized' | 'paid' | 'refunded';

export interface PaymentEvent {
  status: RecordablePayment;
  /** The payment's reference (a transfer's, a receipt's). */
  paymentId: string;
  note?: string;
  actorUserId: number | null;
}

/** Records a manual payment atomically, ledger row and order event included (see `order_record_payment`). */
export function recordManualPayment(database: Database, orderId: number, event: PaymentEvent) {
  return recordPaymentRow(database.db, {
    order_id: orderId,
    payment_status: event.status,
    payment_id: event.paymentId,
    note: event.note,
    actor_user_id: event.actorUserId,
    transitions: PAYMENT_TRANSITIONS,
    order_transitions: ORDER_TRANSITIONS,
  });
}
