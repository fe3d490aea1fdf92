import { type Kysely, sql } from 'kysely';
import type { Transition } from '../../orders/status';
import type { DB } from '../schema';
import type { IntentRow } from './order-mappers';
import { callOrderFunction, type OrderChange, type StockLevel, type WithEvents } from './orders';

// The payment ledger's SQL (migration 0014): payment_apply is its only writer.

export type FactKind = 'authorize' | 'capture' | 'refund' | 'void' | 'failure';

export interface PaymentFact {
  kind: FactKind;
  /** Minor units of the order's currency. */
  amount_cents: number;
  /** The provider's id of what happened (intent, refund); a fact is recorded once per reference. */
  reference: string;
  note?: string;
}

export interface ApplyArgs {
  provider: 'stripe' | 'manual';
  order_id?: number;
  intent_id?: string;
  event?: { id: string; type: string };
  /** The intent's status; `at` (unix seconds) for an event's, none for an API answer's (current). */
  intent?: { status: string; at?: number };
  facts: PaymentFact[];
  actor_user_id?: number | null;
  note?: string;
  restock?: boolean;
  order_transitions: readonly Transition[];
}

export interface ApplyResult extends Partial<OrderChange> {
  duplicate: boolean;
  changed?: boolean;
  stock?: StockLevel[];
  /** Captured and not refunded on a cancelled order: to send back. */
  refund_due?: number;
}

/** Appends facts and derives the order's payment state (see payment_apply): one statement. */
export function applyPayment(db: Kysely<DB>, args: ApplyArgs): Promise<ApplyResult & WithEvents> {
  return callOrderFunction(db, 'payment_apply', args);
}

export interface SavedIntentArgs {
  order_id: number;
  intent_id: string;
  client_secret: string;
  status: string;
  at: number;
  capture_method: string;
  amount_cents: number;
  currency: string;
}

/** Keeps an order's PaymentIntent (the first one, should a retry have made another). */
export async function saveIntent(db: Kysely<DB>, args: SavedIntentArgs): Promise<IntentRow> {
  const { rows } = await sql<{ intent: IntentRow }>`select payment_intent_save(${JSON.stringify(args)}::jsonb) as intent`.execute(db);
  return rows[0]!.intent;
}

/** Marks a card order as Stripe's when no intent could be made (Stripe unreachable): the sweep watches it. */
export async function markStripeOrder(db: Kysely<DB>, orderId: number): Promise<void> {
  await sql`update orders set payment_provider = 'stripe' where id = ${orderId} and payment_provider is null`.execute(db);
}

export interface SweepCandidate {
  id: number;
  payment_intent_id: string | null;
  kind: 'unpaid' | 'refund_due';
  amount_due: string;
}

/**
 * Card orders to act on: unpaid ones placed before `cutoff`, and cancelled ones still holding money
 * (a refund whose call failed). Oldest first, at most `limit`.
 */
export async function paymentSweepCandidates(db: Kysely<DB>, cutoff: Date, limit: number): Promise<SweepCandidate[]> {
  const { rows } = await sql<SweepCandidate>`
    (select id, payment_intent_id, 'unpaid' as kind, '0' as amount_due from orders
     where status = 'pending' and payment_provider = 'stripe' and payment_status in ('pending', 'failed') and created_at < ${cutoff.toISOString()}::timestamptz
     order by created_at limit ${limit})
    union all
    (select id, payment_intent_id, 'refund_due', (amount_captured_cents - amount_refunded_cents)::text from orders
     where status = 'cancelled' and payment_provider = 'stripe' and amount_captured_cents > amount_refunded_cents
       and payment_intent_id is not null and updated_at < ${cutoff.toISOString()}::timestamptz
     order by updated_at limit ${limit})`.execute(db);
  return rows;
}

/** The amount a manual refund recorded under `reference` moved, if one was recorded. */
export async function manualRefundAmount(db: Kysely<DB>, orderId: number, reference: string): Promise<number | null> {
  const row = await db
    .selectFrom('payment_transactions')
    .select('amount_cents')
    .where('order_id', '=', orderId)
    .where('provider', '=', 'manual')
    .where('kind', '=', 'refund')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row ? Number(row.amount_cents) : null;
}
