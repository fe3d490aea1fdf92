import type { createApp } from '../lib/create-app';
import addresses from './addresses';
import adminAnalytics from './admin-analytics';
import adminAudit from './admin-audit';
import adminCurrencyAmounts from './admin-currency-amounts';
import adminCustomers from './admin-customers';
import adminDiscounts from './admin-discounts';
import adminInventory from './admin-inventory';
import adminOrders from './admin-orders';
import adminShipping from './admin-shipping';
import adminTaxRates from './admin-tax-rates';
import auth from './auth';
import cart from './cart';
import categories from './categories';
import clientConfig from './client-config';
import collections from './collections';
import { registerDocs } from './docs';
import health from './health';
import images from './images';
import markets from './markets';
import orders from './orders';
import payments from './payments';
import pages from './pages';
import products from './products';
import profile from './profile';
import search from './search';
import shippingMethods from './shipping-methods';
import variants from './variants';
import webhooks from './webhooks';
import stripeWebhooks from './webhooks/stripe';
import webhooksAdmin from './webhooks-admin';

/** Mounts every resource's sub-app; the returned app's type is the API's `AppType`. */
export function registerRoutes(app: ReturnType<typeof createApp>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  // /openapi.json and /docs read the registry per request, so routes mounted below are included.
  registerDocs(app);
  return app.route('/', health).route('/', auth).route('/', profile).route('/', addresses)
    .route('/', products)
    .route('/', categories)
    .route('/', collections)
    .route('/', variants)
    .route('/', images)
    .route('/', webhooks)
    .route('/', stripeWebhooks)
    .route('/', clientConfig)
    .route('/', cart)
    .route('/', shippingMethods)
    .route('/', orders)
    .route('/', payments)
    .route('/', search)
    .route('/', markets)
    .route('/', webhooksAdmin)
    .route('/', adminOrders)
    .route('/', adminCustomers)
    .route('/', adminInventory)
    .route('/', adminAudit)
    .route('/', adminDiscounts)
    .route('/', adminShipping)
    .route('/', adminTaxRates)
    .route('/', adminCurrencyAmounts)
    .route('/', adminAnalytics)
    .route('/', pages);
}
