import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '../schemas/error';

/**
 * Response headers that particular answers carry, declared once: the document registers them under
 * `components.headers`, and routes refer to them with `responseHeaders(...)` where they are sent.
 */
export const RESPONSE_HEADERS = {
  ETag: {
    description: 'Strong validator of this representation: send it back in `If-None-Match` (a match answers 304) or, on writes, `If-Match`',
    schema: { type: 'string', examples: ['"p42-v3"'] },
  },
  'Cache-Control': {
    description: 'How long shared caches and browsers may keep the answer',
    schema: { type: 'string', examples: ['public, max-age=30, stale-while-revalidate=60'] },
  },
  'X-Cart-Token': {
    description: 'Sent when this answer created a guest cart: keep it and send it back in the `X-Cart-Token` request header',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
  },
  'Idempotent-Replayed': {
    description: '`true` when this answer is the stored answer to an earlier request with the same `Idempotency-Key`',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    schema: { type: 'integer', minimum: 1, examples: [30] },
  },
  'X-Market': {
    description: 'The market (handle) the answer is priced in: chosen from X-Market or `market`, the preferred currency, the country, else the default',
    schema: { type: 'string', examples: ['eu'] },
  },
  Vary: {
    description: 'Request headers the answer depends on (the market hints and Authorization)',
    schema: { type: 'string', examples: ['X-Market, CF-IPCountry, Authorization'] },
  },
} as const;
export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

/** References to the named `RESPONSE_HEADERS`, for a response's `headers`. */
export function responseHeaders(...names: ResponseHeader[]): Record<string, { $ref: string }> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { body: { content: { 'application/json': { schema } }, required: true, description } };
}

/** A JSON response entry, with the response headers it carries besides the shell's. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string, ...headers: ResponseHeader[]) {
  return { description, content: { 'application/json': { schema } }, ...(headers.length ? { headers: responseHeaders(...headers) } : {}) };
}

/** An error response entry, with the shared error body. */
export function errorResponse(description: string, ...headers: ResponseHeader[]) {
  return { description, content: { 'application/json': { schema: ErrorBody } }, ...(headers.length ? { headers: responseHeaders(...headers) } : {}) };
}

/** Error responses every JSON-body route can give. */
export const bodyErrors = {
  400: errorResponse('Malformed JSON (`invalid_json`)'),
  422: errorResponse('The body fails validation (`validation_failed`, issues in `details`)'),
} as const;

/** Error responses of routes behind `requireUser`. */
export const authErrors = {
  401: errorResponse('No valid access token (`unauthenticated`)'),
} as const;

/** Error responses of routes behind `requireAdmin`. */
export const adminErrors = {
  401: errorResponse('No valid access token (`unauthenticated`)'),
  403: errorResponse('Signed in, but not an admin (`forbidden`)'),
} as const;

/** 429 from a rate limit (src/clients/ratelimit.ts), with `Retry-After`. */
export const rateLimitedResponse = (description = 'Too many attempts (`rate_limited`, with `Retry-After`)') => errorResponse(description, 'Retry-After');

/** 503 when Postgres broke a lock cycle (src/db/raised.ts): nothing was written, retry after `Retry-After`. */
export const databaseBusyResponse = errorResponse('The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`)', 'Retry-After');
