import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The closed set of machine-readable error codes the API answers with. */
export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'not_found'
  | 'method_not_allowed'
  | 'config_invalid'
  | 'service_unavailable'
  | 'internal'
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid_credentials'
  | 'account_disabled'
  | 'invalid_token'
  | 'email_taken'
  | 'username_taken'
  | 'rate_limited'
  | 'conflict'
  | 'invalid_cursor'
  | 'precondition_failed'
  | 'precondition_required'
  | 'sku_taken'
  | 'slug_taken'
  | 'invalid_upload_signature'
  | 'upload_rejected'
  | 'upstream_unavailable'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'invalid_signature'
  | 'insufficient_stock'
  | 'product_unavailable'
  | 'cart_empty'
  | 'discount_invalid'
  | 'shipping_method_invalid'
  | 'idempotency_key_required'
  | 'idempotency_key_reused'
  | 'request_in_progress'
  | 'invalid_transition'
  | 'market_mismatch'
  | 'payment_required'
  | 'refund_not_allowed'
  | 'payment_declined'
  | 'upstream_timeout'
  | 'upstream_rejected'
  | 'upstream_auth_failed'
  | 'upstream_quota_exceeded';

/** The one error type: every non-2xx answer is built from it. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The shared error body: `{"error": {code, message, details?, request_id}}`. */
export function errorBody(err: ApiError, requestId: string) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details === undefined ? {} : { details: err.details }),
      request_id: requestId,
    },
  };
}
