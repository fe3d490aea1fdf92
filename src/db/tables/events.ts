import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, NullableTimestamp, TextArray, Timestamp } from './columns';

// Domain events, webhook endpoints and their deliveries.

/** The transactional outbox (migration 0012_a): one row per change that matters. */
export interface EventsTable {
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  type: string;
  subject_type: string;
  subject_id: string;
  data: Json<Record<string, unknown>>;
  txid: ColumnType<string, never, never>;
  dedupe_key: string | null;
  created_at: CreatedAt;
  dispatched_at: NullableTimestamp;
  swept_at: NullableTimestamp;
}

export interface WebhookEndpointsTable {
  id: Generated<number>;
  url: string;
  description: string | null;
  topics: TextArray;
  active: Generated<boolean>;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: NullableTimestamp;
  failing_since: NullableTimestamp;
  disabled_at: NullableTimestamp;
  disabled_reason: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'dead';

export interface EventDeliveriesTable {
  id: Generated<string>;
  event_id: string;
  sink: 'email' | 'webhook';
  endpoint_id: number | null;
  template: string | null;
  status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: NullableTimestamp;
  swept_at: NullableTimestamp;
  last_attempt_at: NullableTimestamp;
  response_status: number | null;
  response_ms: number | null;
  response_body: string | null;
  error: string | null;
  provider_id: string | null;
  created_at: CreatedAt;
  completed_at: NullableTimestamp;
}
