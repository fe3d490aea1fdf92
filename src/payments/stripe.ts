import Stripe from 'stripe';
import type { Env } from '../lib/env';
import { ApiError } from '../lib/errors';

// The Stripe client: the official SDK with its fetch HTTP client and SubtleCrypto verifier (Workers have
// neither Node's http nor its crypto). STRIPE_API_BASE (local only) points it at the stand-in.

/** Stripe calls on the request path give up after this long; the order stays payable (see checkout). */
const TIMEOUT_MS = 8_000;
/** Stripe's default tolerance for a webhook's timestamp. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const crypto = Stripe.createSubtleCryptoProvider();

/** Stripe's SDK, or null when payments by card are not configured. */
export function createStripe(env: Env): Stripe | null {
  if (!env.STRIPE_SECRET_KEY) return null;
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  return new Stripe(env.STRIPE_SECRET_KEY, {
    httpClient: Stripe.createFetchHttpClient(),
    timeout: TIMEOUT_MS,
    // Retries reuse the request's Idempotency-Key, so a retried create or refund never doubles.
    maxNetworkRetries: 1,
    ...(base
      ? { host: base.hostname, port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)), protocol: base.protocol === 'https:' ? 'https' : 'http' }
      : {}),
  });
}

/** The event a webhook carries, verified over the raw body (400 `invalid_signature` when forged or stale). */
export async function verifyEvent(stripe: Stripe, body: string, header: string | undefined, secret: string, nowMs: number): Promise<Stripe.Event> {
  if (!header) throw new ApiError('invalid_signature', 400, 'The Stripe-Signature header is missing');
  try {
    return await stripe.webhooks.constructEventAsync(body, header, secret, WEBHOOK_TOLERANCE_SECONDS, crypto, nowMs);
  } catch {
    throw new ApiError('invalid_signature', 400, 'The Stripe-Signature does not match the body, or is older than 5 minutes');
  }
}

/** True when Stripe could not be reached or failed on its side: the call may be retried. */
export function isStripeUnavailable(err: unknown): boolean {
  return err instanceof Stripe.errors.StripeConnectionError || err instanceof Stripe.errors.StripeAPIError || err instanceof Stripe.errors.StripeRateLimitError
    || (err instanceof Stripe.errors.StripeError && (err.statusCode ?? 0) >= 500);
}

/** A Stripe failure as the API's error; messages of card errors are meant for the customer. */
export function stripeError(err: unknown): unknown {
  if (err instanceof ApiError || !(err instanceof Stripe.errors.StripeError)) return err;
  const details = { dependency: 'stripe', stripe_code: err.code ?? null, decline_code: err.decline_code ?? null };
  if (isStripeUnavailable(err)) return new ApiError('upstream_unavailable', 503, 'The payment provider is unavailable; retry shortly', details, { 'Retry-After': '5' });
  if (err instanceof Stripe.errors.StripeAuthenticationError || err instanceof Stripe.errors.StripePermissionError) {
    return new ApiError('upstream_auth_failed', 503, 'The payment provider refused the configured key', { dependency: 'stripe' });
  }
  if (err instanceof Stripe.errors.StripeIdempotencyError) {
    return new ApiError('idempotency_key_reused', 422, 'This Idempotency-Key was already used with a different request');
  }
  if (err instanceof Stripe.errors.StripeCardError) return new ApiError('payment_declined', 402, err.message, details);
  return new ApiError('upstream_rejected', 409, `The payment provider refused: ${err.message}`, details);
}
