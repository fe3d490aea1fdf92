import type { Generated } from 'kysely';
import type { CreatedAt, Money, Timestamp } from './columns';

// Payments: the append-only ledger, Stripe events and payment intents.

/** The payment ledger: append-only (a trigger refuses updates and deletes). */
export interface PaymentTransactionsTable {
  id: Generated<string>;
  order_id: number;
  provider: 'stripe' | 'manual';
  kind: 'authorize' | 'capture' | 'refund' | 'void' | 'failure';
  amount_cents: Money;
  currency: string;
  reference: string;
  event_id: string | null;
  note: string | null;
  actor_user_id: number | null;
  created_at: CreatedAt;
}

/** Stripe event ids seen, each applied once. */
export interface StripeEventsTable {
  id: string;
  type: string;
  received_at: CreatedAt;
}

/** The PaymentIntent of a card order; the client secret lives here, never in the order row. */
export interface PaymentIntentsTable {
  order_id: number;
  provider: Generated<string>;
  intent_id: string;
  client_secret: string;
  status: string;
  status_at: Generated<string>;
  capture_method: string;
  amount_cents: Money;
  currency: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
