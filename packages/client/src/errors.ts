import type { components } from './openapi.js';

/** The API's error body: `{"error": {code, message, details?, request_id}}`. */
export type ErrorBody = components['schemas']['Error'];

/** A non-2xx answer of the API, with its error body's fields. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** The HTTP status. */
    readonly status: number,
    /** The machine-readable code, e.g. `insufficient_stock`, `validation_failed`, `rate_limited`. */
    readonly code: string,
    message: string,
    /** Extra facts for some codes: zod issues for `validation_failed`, `available` for stock errors. */
    readonly details: unknown,
    /** The `request_id` to quote when reporting a problem. */
    readonly requestId: string | null,
    /** Seconds to wait before retrying, from `Retry-After` (429, 503 and a checkout still running). */
    readonly retryAfter: number | null,
  ) {
    super(message);
  }

  /** The error a response stands for; a body that is not the API's error body still gives one (`http_<status>`). */
  static from(response: Response, body: unknown): ApiError {
    const error = isErrorBody(body) ? body.error : null;
    const retryAfter = Number(response.headers.get('Retry-After'));
    return new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      error?.details,
      error?.request_id ?? response.headers.get('X-Request-Id'),
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
}

/** True for the API's error body shape. */
export function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { message?: unknown }).message === 'string';
}

/**
 * The data of an openapi-fetch call, or its error thrown as an `ApiError`:
 * `const page = await unwrap(shop.api.GET('/api/products', { params: { query: { limit: 12 } } }))`.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response, error);
  return data as T;
}
