import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { newWebhookSecret } from '../../src/events/signing';
import { seal, unseal } from '../../src/lib/sealed';

/**
 * The development stack's webhook endpoint: every event goes to the receiver stand-in's /hooks/dev,
 * so `npm run dev` shows deliveries end to end. Returns its secret (made once, kept sealed like any
 * endpoint's) for the receiver to verify with.
 */
export async function ensureDevWebhook(db: Kysely<DB>, receiverUrl: string, serverSecret: string): Promise<{ url: string; secret: string; created: boolean }> {
  const url = `${receiverUrl.replace(/\/+$/, '')}/hooks/dev`;
  const found = await db.selectFrom('webhook_endpoints').select(['secret_sealed']).where('url', '=', url).orderBy('id').executeTakeFirst();
  if (found) {
    try {
      return { url, secret: await unseal(serverSecret, 'webhook-secret', found.secret_sealed), created: false };
    } catch {
      // Sealed under another JWT_SECRET: give it a fresh secret.
      const secret = newWebhookSecret();
      await db.updateTable('webhook_endpoints').set({ secret_sealed: await seal(serverSecret, 'webhook-secret', secret), previous_secret_sealed: null }).where('url', '=', url).execute();
      return { url, secret, created: false };
    }
  }
  const secret = newWebhookSecret();
  await db
    .insertInto('webhook_endpoints')
    .values({ url, topics: ['*'], description: 'npm run dev: the webhook receiver stand-in', secret_sealed: await seal(serverSecret, 'webhook-secret', secret) })
    .execute();
  return { url, secret, created: true };
}
