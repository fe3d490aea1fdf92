import type { createApp } from '../lib/create-app';
import health from './health';

/** Mounts every resource's sub-app; the returned app's type is the API's `AppType`. */
export function registerRoutes(app: ReturnType<typeof createApp>) {
  return app.route('/', health);
}
