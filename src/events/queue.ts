// Messages on the events queue (`EVENTS_QUEUE`, wrangler.toml): one event id each, so a retry or a
// dead letter concerns exactly one event. The rows themselves stay in Postgres: a message is only a
// wake-up call, and losing one loses nothing (the sweep finds the event again).

export interface EventMessage {
  event_id: string;
}

/** What producers need of the queue binding (a Worker `Queue<EventMessage>` is one). */
export interface EventQueue {
  send(body: EventMessage, options?: { delaySeconds?: number }): Promise<unknown>;
  sendBatch(messages: Iterable<{ body: EventMessage; delaySeconds?: number }>): Promise<unknown>;
}

// Queue.sendBatch takes at most 100 messages; a delay at most 12 hours.
const SEND_CHUNK = 100;
export const MAX_DELAY_SECONDS = 12 * 3600;

const EVENT_ID = /^evt_[0-9a-f]{32}$/;

/** Checks a message body; null for anything this consumer did not produce. */
export function parseEventMessage(body: unknown): string | null {
  const id = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).event_id : undefined;
  return typeof id === 'string' && EVENT_ID.test(id) ? id : null;
}

/** Enqueues event ids, in chunks the platform accepts. */
export async function enqueueEvents(queue: EventQueue, ids: readonly string[], delaySeconds?: number): Promise<void> {
  const unique = [...new Set(ids)];
  const delay = delaySeconds === undefined ? undefined : Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(delaySeconds)));
  for (let i = 0; i < unique.length; i += SEND_CHUNK) {
    await queue.sendBatch(unique.slice(i, i + SEND_CHUNK).map((event_id) => ({ body: { event_id }, ...(delay ? { delaySeconds: delay } : {}) })));
  }
}

/** The queue binding from the Worker's bindings, or null where there is none. */
export function eventQueueOf(bindings: Record<string, unknown>): EventQueue | null {
  return (bindings.EVENTS_QUEUE as EventQueue | undefined) ?? null;
}
