import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hook } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import { requestId } from '../middleware/request-id';
import { requestLog } from '../middleware/request-log';
import { services } from '../middleware/services';
import type { Clock } from './clock';
import { DatabaseUnavailable } from '../db/client';
import { ApiError, errorBody } from './errors';
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from './unsafe-text';
import { pgError } from '../db/errors';
import { createLogger, describeError } from './logger';
import type { AppEnv } from './types';

/**
 * Shared validation hook: a schema failure is a 422 listing zod's issues. Valid data is also searched for
 * text no database column can hold (see unsafe-text.ts), in every field of every validated part of every
 * request: path, query, headers and body, JSON fields included.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) {
    const details = result.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      code: i.code,
      message: i.message,
    }));
    return respondError(c, new ApiError('validation_failed', 422, 'The request is not valid', details));
  }
  const unsafe = findUnsafeText(result.data);
  if (unsafe) {
    const details = [{ path: unsafe.join('.'), code: 'invalid_text', message: UNSAFE_TEXT_MESSAGE }];
    return respondError(c, new ApiError('validation_failed', 422, 'The request is not valid', details));
  }
};

/** A sub-app sharing the validation hook; route folders build theirs with it. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ strict: false, defaultHook: validationHook });
}

export interface AppOptions {
  /** The clock of rate limits and other time-dependent rules; the system's by default. */
  clock?: Clock;
}

/** The application shell: request id, services, JSON 404 and one error body everywhere. */
export function createApp(options: AppOptions = {}) {
  const app = createRouter();
  app.use('*', requestId());
  // Outside services: it logs after Server-Timing is set, errors included.
  app.use('*', requestLog());
  app.use('*', services(options.clock));
  app.notFound((c) => respondError(c, new ApiError('not_found', 404, `No route for ${c.req.method} ${c.req.path}`)));
  app.onError((err, c) => respondError(c, toApiError(err, c)));
  return app;
}

function toApiError(err: Error, c: Context<AppEnv>): ApiError {
  // The request log adds its `dependency degraded` line (details.dependency); this one keeps the cause.
  if (err instanceof DatabaseUnavailable) {
    const log = c.get('log') ?? createLogger({ request_id: c.get('requestId') });
    log.error('database unavailable', { dependency: 'database', method: c.req.method, path: c.req.path, ...describeError(err.cause) });
    return err;
  }
  if (err instanceof ApiError) {
    if (err.status >= 500) logError(c, err);
    return err;
  }
  if (err instanceof HTTPException) {
    if (err.status === 400 && /json/i.test(err.message)) {
      return new ApiError('invalid_json', 400, 'The request body is not valid JSON');
    }
    if (err.status === 405) return new ApiError('method_not_allowed', 405, err.message || 'Method not allowed');
    if (err.status === 415) return new ApiError('unsupported_media_type', 415, 'This Content-Type is not accepted here');
    if (err.status === 413) return new ApiError('payload_too_large', 413, 'The request body is too large');
    if (err.status < 500) return new ApiError('validation_failed', 422, err.message || 'The request is not valid');
  }
  // A data exception (SQLSTATE class 22: a value out of range, malformed, or text the column cannot hold)
  // comes from input the schemas let through: the client's to fix, and logged so the schema gets fixed too.
  if (pgError(err)?.code.startsWith('22')) {
    const log = c.get('log') ?? createLogger({ request_id: c.get('requestId') });
    log.warn('input refused by the database', { method: c.req.method, path: c.req.path, ...describeError(err) });
    return new ApiError('validation_failed', 422, 'A value in the request is out of range or malformed');
  }
  logError(c, err);
  return new ApiError('internal', 500, 'An unexpected error occurred');
}

function logError(c: Context<AppEnv>, err: Error) {
  const log = c.get('log') ?? createLogger({ request_id: c.get('requestId') });
  log.error('request failed', { method: c.req.method, path: c.req.path, ...describeError(err) });
}

export function respondError(c: Context<AppEnv>, err: ApiError) {
  for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
  return c.json(errorBody(err, c.get('requestId') ?? 'unknown'), err.status);
}
