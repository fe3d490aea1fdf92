import type { Kysely } from 'kysely';
import { resolveHost } from '../clients/dns';
import { createMailer, type Mailer } from '../clients/resend';
import { createDatabase } from '../db/client';
import type { DB } from '../db/schema';
import type { Env } from '../lib/env';
import type { Logger } from '../lib/logger';
import { Timing } from '../lib/timing';
import { type EventQueue, eventQueueOf } from './queue';
import type { TargetPolicy } from './ssrf';

/** What delivering events needs: the database, the sinks' clients, the queue, and a clock. */
export interface EventsRuntime {
  db: Kysely<DB>;
  env: Env;
  log: Logger;
  /** Where retries and new events are enqueued; null where the Worker has no queue (the sweep delivers). */
  queue: EventQueue | null;
  mailer: Mailer | null;
  policy: TargetPolicy;
  fetch: typeof fetch;
  now: () => Date;
  random: () => number;
}

/** The webhook target rules for this environment (see ssrf.ts). */
export function targetPolicy(env: Env, fetcher: typeof fetch = fetch): TargetPolicy {
  const production = env.ENVIRONMENT === 'production';
  return { production, resolve: production ? (host) => resolveHost(host, fetcher) : undefined };
}

/** The runtime of a queue batch or a sweep, from the Worker's env and bindings. */
export function createEventsRuntime(env: Env, bindings: Record<string, unknown>, log: Logger, overrides: Partial<EventsRuntime> = {}): EventsRuntime {
  return {
    db: createDatabase(env, new Timing()).db,
    env,
    log,
    queue: eventQueueOf(bindings),
    mailer: createMailer(env),
    policy: targetPolicy(env),
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    random: Math.random,
    ...overrides,
  };
}
