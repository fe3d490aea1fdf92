/** The outcome of one attempt at one delivery, before the schedule decides what follows. */
export interface Attempt {
  ok: boolean;
  /** A failure another attempt may fix (timeouts, 5xx, rate limits); false dead-letters it now. */
  retryable: boolean;
  /** The earliest sensible retry, from a Retry-After. */
  retryAfterSeconds?: number;
  response_status?: number | null;
  response_ms?: number | null;
  response_body?: string | null;
  error?: string | null;
  provider_id?: string | null;
}

/** Text safe to store in Postgres: no NUL characters, no lone surrogates, at most `max` characters. */
export function storable(text: string, max = 2048): string {
  return text
    .replace(/\u0000/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .slice(0, max);
}

/** Seconds from a Retry-After header (seconds or an HTTP date), if it says anything usable. */
export function retryAfterSeconds(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now.getTime()) / 1000);
}
