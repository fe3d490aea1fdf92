import type { createApp } from '../lib/create-app';
import addresses from './addresses';
import auth from './auth';
import health from './health';
import images from './images';
import products from './products';
import profile from './profile';
import variants from './variants';
import webhooks from './webhooks';

/** Mounts every resource's sub-app; the returned app's type is the API's `AppType`. */
export function registerRoutes(app: ReturnType<typeof createApp>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  return app.route('/', health).route('/', auth).route('/', profile).route('/', addresses)
    .route('/', products)
    .route('/', variants)
    .route('/', images)
    .route('/', webhooks);
}
