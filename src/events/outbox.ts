import type { Context } from 'hono';
import type { OutboxEventRow } from '../db/queries/events';
import { background } from '../lib/background';
import type { AppEnv } from '../lib/types';
import { enqueueEvents, eventQueueOf } from './queue';

/**
 * After a commit that wrote events: their ids go on the events queue, after the response. The rows
 * are already safe in Postgres; if this send is lost, the cron sweep enqueues them within minutes.
 */
export function publishEvents(c: Context<AppEnv>, events: readonly Pick<OutboxEventRow, 'id'>[]): void {
  if (events.length === 0) return;
  const queue = eventQueueOf((c.env ?? {}) as Record<string, unknown>);
  if (!queue) {
    c.var.services.log.warn('events queue not bound: the sweep will deliver these events', { events: events.length });
    return;
  }
  background(c, 'enqueue events', enqueueEvents(queue, events.map((e) => e.id)));
}
