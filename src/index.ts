import { createApp } from './lib/create-app';
import { registerRoutes } from './routes';
import type { Bindings } from './lib/types';

const app = registerRoutes(createApp());

export type AppType = typeof app;

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Bindings>;
