import type { Context } from 'hono';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/types';

// Idempotency keys are stored in Neon with the orders (table idempotency_keys), claimed and answered
// inside checkout_place_order, so a checkout stays one round trip. This module only reads the header
// and fingerprints the request.

/** How long a retry with the same key waits for the first request before 409 `request_in_progress`. */
export const IDEMPOTENCY_WAIT_MS = 5_000;

const KEY = /^[\x21-\x7E]{1,255}$/;

/** The request's `Idempotency-Key`; 400 `idempotency_key_required` when missing or malformed. */
export function idempotencyKey(c: Context<AppEnv>): string {
  const key = c.req.header('Idempotency-Key');
  if (!key) throw new ApiError('idempotency_key_required', 400, 'Send an Idempotency-Key header (e.g. a UUID) with every checkout');
  if (!KEY.test(key)) throw new ApiError('idempotency_key_required', 400, 'The Idempotency-Key must be 1-255 visible ASCII characters');
  return key;
}

/** JSON with object keys sorted, so equal bodies fingerprint equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the validated request body, compared when a key is reused. */
export async function requestHash(body: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(body)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
