import type { ClientAppType } from './lib/app-type';
import { createApp } from './lib/create-app';
import { registerRoutes } from './routes';
import type { Bindings } from './lib/types';
import { handleEventsQueue } from './events/consumer';
import { runScheduled } from './jobs/scheduled';
import { handleSearchQueue } from './search/consumer';
import { edgeTier } from './catalog/edge';

const app = registerRoutes(createApp());

/** The API's routes for Hono's typed client: `hc<AppType>(baseUrl)`. */
export type AppType = ClientAppType<typeof app>;

export default {
  // Public catalogue GETs meet the per-colo cache first (src/catalog/edge.ts).
  fetch: edgeTier(app.fetch),
  queue: (batch, env) => (batch.queue.startsWith('events') ? handleEventsQueue(batch, env) : handleSearchQueue(batch, env)),
  scheduled: (controller, env, ctx) => runScheduled(env, controller.scheduledTime, ctx),
} satisfies ExportedHandler<Bindings>;
