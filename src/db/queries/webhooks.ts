import { type Kysely, type Selectable, sql } from 'kysely';
import type { WebhookDelivery, WebhookEndpoint } from '../../schemas/webhooks';
import type { DB, DeliveryStatus, EventDeliveriesTable, WebhookEndpointsTable } from '../schema';

// Outbound webhook endpoints and their delivery log, for the admin API. Secrets are stored sealed and
// never selected for a response.

const ENDPOINT_COLUMNS = [
  'id', 'url', 'topics', 'description', 'active', 'failing_since', 'disabled_at', 'disabled_reason',
  'previous_secret_expires_at', 'created_at', 'updated_at',
] as const satisfies readonly (keyof WebhookEndpointsTable)[];

type EndpointRow = Pick<Selectable<WebhookEndpointsTable>, (typeof ENDPOINT_COLUMNS)[number]>;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toWebhookEndpoint(r: EndpointRow, now: Date = new Date()): WebhookEndpoint {
  const rotation = r.previous_secret_expires_at && new Date(r.previous_secret_expires_at) > now ? iso(r.previous_secret_expires_at) : null;
  return {
    id: r.id,
    url: r.url,
    topics: r.topics,
    description: r.description,
    active: r.active,
    failing_since: iso(r.failing_since),
    disabled_at: iso(r.disabled_at),
    disabled_reason: r.disabled_reason,
    previous_secret_expires_at: rotation,
    created_at: iso(r.created_at)!,
    updated_at: iso(r.updated_at)!,
  };
}

export function insertEndpoint(db: Kysely<DB>, values: { url: string; topics: string[]; description: string | null; active: boolean; secret_sealed: string }) {
  return db.insertInto('webhook_endpoints').values(values).returning(ENDPOINT_COLUMNS).executeTakeFirstOrThrow();
}

export function findEndpoint(db: Kysely<DB>, id: number) {
  return db.selectFrom('webhook_endpoints').select(ENDPOINT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** A page of endpoints, newest first, plus one row to tell whether another page follows. */
export function listEndpoints(db: Kysely<DB>, limit: number, beforeId: number | null) {
  let q = db.selectFrom('webhook_endpoints').select(ENDPOINT_COLUMNS);
  if (beforeId !== null) q = q.where('id', '<', beforeId);
  return q.orderBy('id', 'desc').limit(limit + 1).execute();
}

/**
 * Applies a change. Switching an endpoint on clears its failure state; changing its URL too (the
 * old target's failures say nothing about the new one).
 */
export function updateEndpoint(db: Kysely<DB>, id: number, patch: { url?: string; topics?: string[]; description?: string | null; active?: boolean }, now: Date) {
  const fresh = patch.active === true || patch.url !== undefined;
  return db
    .updateTable('webhook_endpoints')
    .set({
      ...patch,
      ...(fresh ? { failing_since: null } : {}),
      ...(patch.active === true ? { disabled_at: null, disabled_reason: null } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returning(ENDPOINT_COLUMNS)
    .executeTakeFirst();
}

export function deleteEndpoint(db: Kysely<DB>, id: number) {
  return db.deleteFrom('webhook_endpoints').where('id', '=', id).returning('id').executeTakeFirst();
}

/** Rotates the secret: the current one keeps signing (as the previous) until `previousUntil`. */
export function rotateSecret(db: Kysely<DB>, id: number, sealed: string, previousUntil: Date) {
  return db
    .updateTable('webhook_endpoints')
    .set((eb) => ({
      previous_secret_sealed: eb.ref('secret_sealed'),
      previous_secret_expires_at: previousUntil,
      secret_sealed: sealed,
      updated_at: sql<Date>`now()`,
    }))
    .where('id', '=', id)
    .returning(['id', 'previous_secret_expires_at'])
    .executeTakeFirst();
}

type DeliveryRow = Selectable<EventDeliveriesTable> & { event_type: string };

export function toWebhookDelivery(r: DeliveryRow): WebhookDelivery {
  return {
    id: Number(r.id),
    endpoint_id: r.endpoint_id!,
    event_id: r.event_id,
    event_type: r.event_type,
    status: r.status,
    attempts: r.attempts,
    next_attempt_at: r.status === 'pending' ? iso(r.next_attempt_at) : null,
    last_attempt_at: iso(r.last_attempt_at),
    response_status: r.response_status,
    response_ms: r.response_ms,
    response_body: r.response_body,
    error: r.error,
    created_at: iso(r.created_at)!,
    completed_at: iso(r.completed_at),
  };
}

const deliveries = (db: Kysely<DB>) =>
  db.selectFrom('event_deliveries as d').innerJoin('events as e', 'e.id', 'd.event_id').selectAll('d').select('e.type as event_type').where('d.sink', '=', 'webhook');

/** A page of an endpoint's deliveries, newest first. */
export function listDeliveries(db: Kysely<DB>, endpointId: number, status: DeliveryStatus | undefined, limit: number, beforeId: string | null) {
  let q = deliveries(db).where('d.endpoint_id', '=', endpointId);
  if (status) q = q.where('d.status', '=', status);
  if (beforeId !== null) q = q.where('d.id', '<', beforeId);
  return q.orderBy('d.id', 'desc').limit(limit + 1).execute();
}

export type ReplayResult = { outcome: 'missing' } | { outcome: 'endpoint_inactive' } | { outcome: 'in_flight' } | { outcome: 'replayed'; delivery: DeliveryRow };

/**
 * Puts a delivery back in line, due at `now`, in one statement: not while an attempt holds it, and
 * not for an endpoint that is off. A replay goes out with the same webhook-id, so a receiver that
 * already processed the event recognises it.
 */
export async function replayDelivery(db: Kysely<DB>, id: number, now: Date): Promise<ReplayResult> {
  const { rows } = await sql<DeliveryRow & { endpoint_active: boolean; leased: boolean; replayed: boolean }>`
    with target as (
      select d.id, w.active as endpoint_active, coalesce(d.lease_until > ${now}, false) as leased
      from event_deliveries d join webhook_endpoints w on w.id = d.endpoint_id
      where d.id = ${id} and d.sink = 'webhook'
    ), replayed as (
      update event_deliveries d set status = 'pending', next_attempt_at = ${now}, completed_at = null, lease_until = null, swept_at = null
      from target t where d.id = t.id and t.endpoint_active and not t.leased
      returning d.*
    )
    select t.endpoint_active, t.leased, r.id is not null as replayed, r.*, e.type as event_type
    from target t left join replayed r on true left join events e on e.id = r.event_id`.execute(db);
  const row = rows[0];
  if (!row) return { outcome: 'missing' };
  if (!row.endpoint_active) return { outcome: 'endpoint_inactive' };
  if (!row.replayed) return { outcome: 'in_flight' };
  return { outcome: 'replayed', delivery: row };
}
