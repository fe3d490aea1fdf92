// Stands in for `standardwebhooks` in the Worker's bundle (wrangler.toml [alias]). The resend SDK imports it
// only for `resend.webhooks.verify` (checking webhooks Resend sends), which this API never calls: its own
// outgoing webhooks are signed by src/events/signing.ts with Web Crypto.
export class Webhook {
  verify(): never {
    throw new Error('verifying Resend webhooks is not part of this Worker (standardwebhooks is aliased away in wrangler.toml)');
  }
}
