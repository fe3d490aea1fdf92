import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '../schemas/error';

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { body: { content: { 'application/json': { schema } }, required: true, description } };
}

/** A JSON response entry. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** An error response entry, with the shared error body. */
export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorBody } } };
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
