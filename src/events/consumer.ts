import { type Env, loadEnv, secretValues } from '../lib/env';
import { createLogger, describeError } from '../lib/logger';
import type { Bindings } from '../lib/types';
import { deliverEvents } from './deliver';
import { parseEventMessage } from './queue';
import { createEventsRuntime, type EventsRuntime } from './runtime';

// Redelivery delay when a whole batch failed (the database unreachable): 10 s, 20 s, 40 s ... at most
// 10 minutes. Failed deliveries are not message retries: they are rows with their own schedule.
const BASE_DELAY_S = 10;
const MAX_DELAY_S = 600;

const batchDelay = (attempts: number) => Math.min(MAX_DELAY_S, BASE_DELAY_S * 2 ** Math.max(0, attempts - 1));

/** Consumer of the events queue: each message names an event; its mail and webhooks go out. */
export async function handleEventsQueue(batch: MessageBatch<unknown>, bindings: Bindings, overrides: Partial<EventsRuntime> = {}): Promise<void> {
  let env: Env;
  try {
    env = loadEnv(bindings);
  } catch (err) {
    createLogger({ queue: batch.queue }).error('events queue: invalid configuration, batch retried', describeError(err));
    return batch.retryAll({ delaySeconds: MAX_DELAY_S });
  }
  const log = createLogger({ queue: batch.queue }, secretValues(env));
  const ids: string[] = [];
  const messages: Message<unknown>[] = [];
  for (const msg of batch.messages) {
    const id = parseEventMessage(msg.body);
    if (id) {
      ids.push(id);
      messages.push(msg);
    } else {
      // A body this consumer cannot read never becomes readable: drop it rather than retry it.
      log.warn('events queue: unreadable message dropped', { message_id: msg.id });
      msg.ack();
    }
  }
  if (ids.length === 0) return;
  try {
    const stats = await deliverEvents(createEventsRuntime(env, bindings, log, overrides), ids);
    for (const msg of messages) msg.ack();
    if (stats.attempted > 0) log.info('events delivered', { events: ids.length, ...stats });
  } catch (err) {
    for (const msg of messages) msg.retry({ delaySeconds: batchDelay(msg.attempts) });
    log.warn('events queue: batch failed, retrying', { events: ids.length, ...describeError(err) });
  }
}
