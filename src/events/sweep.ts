import { sweepEvents } from '../db/queries/events';
import { loadEnv, secretValues } from '../lib/env';
import { createLogger } from '../lib/logger';
import type { Bindings } from '../lib/types';
import { deliverEvents } from './deliver';
import { enqueueEvents } from './queue';
import { DISABLE_AFTER_SECONDS } from './retry';
import { createEventsRuntime, type EventsRuntime } from './runtime';

/** Cron schedule of the sweep (wrangler.toml `[triggers]`). */
export const SWEEP_CRON = '* * * * *';

/** An event undispatched for this long lost its enqueue; a delivery overdue this long lost its message. */
const STALE_SECONDS = 60;
/** The same row is picked again only after this long (its message may just be waiting in the queue). */
const RESWEEP_SECONDS = 300;
const LIMIT = 500;

export interface SweepReport {
  undispatched: number;
  due: number;
  disabled: number;
  enqueued: number;
}

/**
 * The safety net under the queue: events committed but never enqueued (the Worker died between the
 * commit and the send), deliveries whose wake-up message was lost or whose consumer died mid-claim,
 * and endpoints failing for three days. Their event ids go back on the queue; without a queue they
 * are delivered here.
 */
export async function sweep(rt: EventsRuntime, now: Date = rt.now()): Promise<SweepReport> {
  const picked = await sweepEvents(rt.db, { now, stale_seconds: STALE_SECONDS, resweep_seconds: RESWEEP_SECONDS, limit: LIMIT, disable_after_seconds: DISABLE_AFTER_SECONDS });
  const ids = [...new Set([...picked.undispatched, ...picked.due, ...picked.disabled])];
  if (ids.length > 0) {
    if (rt.queue) await enqueueEvents(rt.queue, ids);
    else await deliverEvents({ ...rt, now: () => now }, ids);
  }
  return { undispatched: picked.undispatched.length, due: picked.due.length, disabled: picked.disabled.length, enqueued: rt.queue ? ids.length : 0 };
}

/** The Cron Trigger's work for the events: one sweep at the scheduled time. */
export async function runEventSweep(bindings: Bindings, scheduledTime: number): Promise<void> {
  const env = loadEnv(bindings);
  const log = createLogger({ cron: SWEEP_CRON }, secretValues(env));
  const report = await sweep(createEventsRuntime(env, bindings, log), new Date(scheduledTime));
  if (report.undispatched + report.due + report.disabled > 0) log.info('events sweep', { ...report });
}
