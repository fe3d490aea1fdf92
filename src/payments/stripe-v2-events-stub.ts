// Stands in for the stripe SDK's handler of Stripe's v2 "thin" event notifications in the Worker's bundle
// (wrangler.toml [alias]). This API receives v1 webhooks only (src/routes/webhooks/stripe.ts, verified by
// `stripe.webhooks.constructEventAsync`), so the handler is never built.
export class StripeEventNotificationHandler {
  constructor() {
    throw new Error('Stripe v2 event notifications are not part of this Worker (aliased away in wrangler.toml)');
  }
  static withoutVerification(): never {
    throw new Error('Stripe v2 event notifications are not part of this Worker (aliased away in wrangler.toml)');
  }
}
