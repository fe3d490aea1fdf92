import { Resend } from 'resend';
import type { Env } from '../lib/env';
import { ApiError } from '../lib/errors';

// Transactional mail through Resend's own SDK. It runs on Workers as it is: it calls the global fetch,
// takes its base URL as an option (the stand-in's, locally) and an AbortSignal for the timeout, and
// answers `{data, error}` instead of throwing, which maps onto the API's error codes below.

const TIMEOUT_MS = 10_000;

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  tags?: { name: string; value: string }[];
}

export class Mailer {
  private readonly client: Resend;

  constructor(apiKey: string, baseUrl: string) {
    this.client = new Resend(apiKey, { baseUrl: baseUrl.replace(/\/+$/, '') });
  }

  /**
   * Sends one message; the same idempotency key within 24 hours never sends twice. Resolves with
   * Resend's message id; throws an ApiError saying whether a retry can help (see `isRetryable`).
   */
  async send(message: MailMessage, idempotencyKey: string): Promise<string> {
    const { data, error, headers } = await this.client.emails.send(message, { idempotencyKey, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (data) return data.id;
    const status = error?.statusCode ?? null;
    const details = { dependency: 'resend', status, name: error?.name };
    const reason = error?.message ?? 'no answer';
    if (status === null) throw new ApiError('upstream_unavailable', 503, `Resend is unreachable: ${reason}`, details);
    if (status === 429) {
      const retryAfter = headers?.['retry-after'];
      throw new ApiError('rate_limited', 429, `Resend rate limit: ${reason}`, details, retryAfter ? { 'Retry-After': retryAfter } : undefined);
    }
    if (status === 401 || status === 403) throw new ApiError('upstream_auth_failed', 503, `Resend refused the key: ${reason}`, details);
    if (status === 409 && error?.name === 'concurrent_idempotent_requests') throw new ApiError('upstream_unavailable', 503, reason, details);
    if (status >= 500) throw new ApiError('upstream_unavailable', 503, `Resend failed: ${reason}`, details);
    // 400 / 422 (a field Resend refuses), 409 (the key was used for another message): sending the same
    // request again cannot help.
    throw new ApiError('upstream_rejected', 502, `Resend rejected the message: ${reason}`, details);
  }
}

/** Whether a failed send may succeed later (rate limits, outages, a key being fixed). */
export function isRetryable(err: unknown): boolean {
  return !(err instanceof ApiError) || err.code !== 'upstream_rejected';
}

/** The mailer, or null when Resend is not configured. */
export function createMailer(env: Env): Mailer | null {
  return env.RESEND_API_KEY && env.MAIL_FROM ? new Mailer(env.RESEND_API_KEY, env.RESEND_BASE_URL) : null;
}
