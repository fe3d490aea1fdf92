import { type CompiledQuery, type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

// The outbox's SQL (migrations 0012_a/0012_b). The functions take one jsonb argument, like the order
// functions, and each call is one round trip.

/** An events row as the Worker sees it. */
export interface OutboxEventRow {
  id: string;
  type: string;
  subject_id: string;
  data: Record<string, unknown>;
  /** ISO text with offset, as jsonb renders timestamptz. */
  created_at: string;
}

/**
 * A result column holding `events_in_tx()`: the request's Database collects what it holds, and the
 * services middleware enqueues it after the response (see db/client.ts).
 */
export const OUTBOX_COLUMN = 'outbox_events';

/** The events the current transaction wrote so far; `Database.batch` runs it last in every batch. */
export function eventsInTx(db: Kysely<DB>): CompiledQuery {
  return sql`select events_in_tx() as ${sql.ref(OUTBOX_COLUMN)}`.compile(db);
}

/** The events an outbox column holds, from any result rows. */
export function outboxEventsOf(rows: readonly Record<string, unknown>[]): OutboxEventRow[] {
  return rows.flatMap((r) => (Array.isArray(r[OUTBOX_COLUMN]) ? (r[OUTBOX_COLUMN] as OutboxEventRow[]) : []));
}

export interface ClaimedDelivery {
  id: number;
  sink: 'email' | 'webhook';
  template: string | null;
  /** Attempts so far, this one included. */
  attempts: number;
  event: OutboxEventRow;
  endpoint: { id: number; url: string; secret_sealed: string; previous_secret_sealed: string | null } | null;
}

export interface DispatchArgs {
  ids: string[];
  now: Date;
  lease_seconds: number;
  mail: Record<string, string>;
  webhook_types: readonly string[];
}

/** Fans events out to their deliveries (once) and claims the due ones (see `events_dispatch`). */
export async function dispatchEvents(db: Kysely<DB>, args: DispatchArgs): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<{ work: ClaimedDelivery[] }>`select events_dispatch(${JSON.stringify(args)}::jsonb) as work`.execute(db);
  return rows[0]!.work;
}

export interface DeliveryOutcome {
  id: number;
  ok: boolean;
  /** When to try again; null dead-letters a failure. */
  retry_at: Date | null;
  response_status?: number | null;
  response_ms?: number | null;
  response_body?: string | null;
  error?: string | null;
  provider_id?: string | null;
}

/** Records attempts; returns the ids of events this wrote (endpoints switched off). */
export async function recordDeliveries(db: Kysely<DB>, args: { now: Date; disable_after_seconds: number; results: DeliveryOutcome[] }): Promise<string[]> {
  const { rows } = await sql<{ events: string[] }>`select events_record(${JSON.stringify(args)}::jsonb) as events`.execute(db);
  return rows[0]!.events;
}

export interface SweepResult {
  undispatched: string[];
  due: string[];
  disabled: string[];
}

/** The cron sweep's picks (see `events_sweep`). */
export async function sweepEvents(
  db: Kysely<DB>,
  args: { now: Date; stale_seconds: number; resweep_seconds: number; limit: number; disable_after_seconds: number },
): Promise<SweepResult> {
  const { rows } = await sql<{ result: SweepResult }>`select events_sweep(${JSON.stringify(args)}::jsonb) as result`.execute(db);
  return rows[0]!.result;
}
