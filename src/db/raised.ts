import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, type ErrorCode } from '../lib/errors';
import { pgError } from './errors';

// The SQL functions of migrations 0005/0006 refuse with app_raise: SQLSTATE EC000, the message
// '<api code>: <text>' and JSON details. This turns those into the API's errors at the boundary.

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  not_found: 404,
  validation_failed: 422,
  product_unavailable: 409,
  insufficient_stock: 409,
  cart_empty: 409,
  discount_invalid: 422,
  shipping_method_invalid: 422,
  idempotency_key_reused: 422,
  request_in_progress: 409,
  invalid_transition: 409,
  conflict: 409,
  market_mismatch: 409,
};

/** The ApiError an `app_raise` stands for, a retryable 503 for a deadlock, or `err` unchanged. */
export function fromRaised(err: unknown): unknown {
  const info = pgError(err);
  // Postgres broke a lock cycle (e.g. a checkout against a catalog edit): nothing was written.
  if (info?.code === '40P01' || info?.code === '40001') {
    return new ApiError('service_unavailable', 503, 'The database was busy; retry the request', undefined, { 'Retry-After': '1' });
  }
  if (info?.code !== 'EC000') return err;
  const m = /^([a-z_]+): ([\s\S]*)$/.exec((err as Error).message);
  const code = m?.[1] as ErrorCode | undefined;
  const status = code ? STATUS[code] : undefined;
  if (!code || !status) return err;
  let details: unknown;
  try {
    details = info.detail ? JSON.parse(info.detail) : undefined;
  } catch {
    details = undefined;
  }
  const headers = code === 'request_in_progress' ? { 'Retry-After': '1' } : undefined;
  return new ApiError(code, status, m![2]!, details, headers);
}

/** Awaits a database call, rethrowing what the SQL functions raise as ApiErrors. */
export async function raising<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw fromRaised(err);
  }
}
