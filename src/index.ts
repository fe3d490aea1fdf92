import { createApp } from './lib/create-app';
import { registerRoutes } from './routes';
import type { Bindings } from './lib/types';
import { handleSearchQueue } from './search/consumer';

const app = registerRoutes(createApp());

export type AppType = typeof app;

export default {
  fetch: app.fetch,
  queue: (batch, env) => handleSearchQueue(batch, env),
} satisfies ExportedHandler<Bindings>;
