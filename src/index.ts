import type { ClientAppType } from './lib/app-type';
import { createApp } from './lib/create-app';
import { registerRoutes } from './routes';
import type { Bindings } from './lib/types';
import { handleEventsQueue } from './events/consumer';
import { runEventSweep } from './events/sweep';
import { handleSearchQueue } from './search/consumer';
import { runSaleRefresh } from './markets/sale-refresh';
import { edgeTier } from './catalog/edge';

const app = registerRoutes(createApp());

/** The API's routes for Hono's typed client: `hc<AppType>(baseUrl)`. */
export type AppType = ClientAppType<typeof app>;

export default {
  // Public catalogue GETs meet the per-colo cache first (src/catalog/edge.ts).
  fetch: edgeTier(app.fetch),
  queue: (batch, env) => (batch.queue.startsWith('events') ? handleEventsQueue(batch, env) : handleSearchQueue(batch, env)),
  scheduled: (controller, env, ctx) => {
    ctx.waitUntil(runEventSweep(env, controller.scheduledTime));
    ctx.waitUntil(runSaleRefresh(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Bindings>;
