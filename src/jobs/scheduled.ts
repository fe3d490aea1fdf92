import { createRealtime } from '../clients/realtime';
import { createCache } from '../clients/redis';
import { createDatabase } from '../db/client';
import { eventQueueOf } from '../events/queue';
import { runEventSweep } from '../events/sweep';
import { loadEnv, secretValues } from '../lib/env';
import { createLogger } from '../lib/logger';
import { Timing } from '../lib/timing';
import type { Bindings } from '../lib/types';
import { runSaleRefresh } from '../markets/sale-refresh';
import { stripeFor } from '../payments/context';
import { sweepPayments } from '../payments/sweep';

// The Cron Trigger's jobs (wrangler.toml `[triggers]`, every minute): each runs on its own, so one
// failing never stops the others.

/** The unpaid-order sweep: card orders past PAYMENT_TIMEOUT_MINUTES, refunds owed on cancelled orders. */
export async function runPaymentSweep(bindings: Bindings, scheduledTime: number): Promise<void> {
  const env = loadEnv(bindings);
  const stripe = stripeFor(env);
  if (!stripe) return;
  const log = createLogger({ cron: 'payments' }, secretValues(env));
  const timing = new Timing();
  const report = await sweepPayments(
    {
      db: createDatabase(env, timing),
      stripe,
      env,
      log,
      clock: () => scheduledTime,
      realtime: createRealtime(env),
      cache: createCache(env, timing, log),
      queue: eventQueueOf(bindings),
    },
    new Date(scheduledTime),
  );
  if (report.cancelled + report.paid + report.refunded + report.skipped > 0) log.info('payment sweep', { ...report });
}

export const SCHEDULED_JOBS: readonly { name: string; run: (bindings: Bindings, scheduledTime: number) => Promise<unknown> }[] = [
  { name: 'events sweep', run: runEventSweep },
  { name: 'sale prices', run: runSaleRefresh },
  { name: 'payment sweep', run: runPaymentSweep },
];

/** Runs every job for one tick of the cron; a failure is logged with the job's name. */
export function runScheduled(bindings: Bindings, scheduledTime: number, ctx: { waitUntil(p: Promise<unknown>): void }): void {
  for (const job of SCHEDULED_JOBS) {
    ctx.waitUntil(
      job.run(bindings, scheduledTime).catch((err) => createLogger({ cron: job.name }).error(`scheduled job failed: ${job.name}`, { message: (err as Error).message })),
    );
  }
}
