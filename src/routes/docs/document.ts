import type { OpenAPIHono } from '@hono/zod-openapi';
import { version } from '../../../package.json';
import { RESPONSE_HEADERS } from '../../lib/openapi';
import type { AppEnv } from '../../lib/types';

export type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;
type Json = Record<string, unknown>;

const ERROR_REF = { $ref: '#/components/schemas/Error' };

/** Response headers every answer carries (set by the shell, so no route declares them itself). */
const SHELL_HEADERS = {
  'X-Request-Id': {
    description: 'Your X-Request-Id when it is short and plain, else one made for this request; also `error.request_id`',
    schema: { type: 'string' },
  },
  'Server-Timing': {
    description: 'Time spent per dependency: `db`, `cache` (`desc="down"` when Redis is unreachable), `total`',
    schema: { type: 'string', examples: ['db;dur=4.2, cache;dur=0.8, total;dur=6.1'] },
  },
};
const headerRefs = Object.fromEntries(Object.keys(SHELL_HEADERS).map((h) => [h, { $ref: `#/components/headers/${h}` }]));

const errorResponse = (description: string, code: string, message: string, details?: unknown) => ({
  description,
  headers: headerRefs,
  content: {
    'application/json': {
      schema: ERROR_REF,
      example: { error: { code, message, ...(details === undefined ? {} : { details }), request_id: '4f1c2d9e-7b1a-4c3e-9d2f-0a6b5c4d3e21' } },
    },
  },
});

/**
 * Errors the shell can answer on routes that did not list them: the error handler (500), the
 * validation hook (422), the JSON parser (400) and the bearer check (401). Added by `addShellErrors`.
 */
const SHELL_RESPONSES = {
  InternalError: errorResponse(
    'Unexpected failure (`internal`), or the deployment is misconfigured (`config_invalid`, naming the variable)',
    'internal',
    'An unexpected error occurred',
  ),
  ValidationFailed: errorResponse('A parameter or the body fails validation (`validation_failed`, issues in `details`)', 'validation_failed', 'The request is not valid', [
    { path: 'limit', code: 'too_big', message: 'Too big: expected number to be <=100' },
  ]),
  InvalidJson: errorResponse('The body is not valid JSON (`invalid_json`)', 'invalid_json', 'The request body is not valid JSON'),
  Unauthenticated: errorResponse('Missing, malformed or expired bearer token (`unauthenticated`, with `WWW-Authenticate: Bearer`)', 'unauthenticated', 'Sign in to use this endpoint'),
};

const DESCRIPTION = `An e-commerce API on Cloudflare Workers.

- **Auth**: \`POST /api/users/login\` answers an \`access_token\`; send it as \`Authorization: Bearer <token>\`.
  Routes marked with a lock need it (admin routes need an admin's token); routes that list "no auth" as an
  option accept it to personalise the answer.
- **Errors**: every non-2xx body is \`{"error": {"code", "message", "details"?, "request_id"}}\`.
- **Lists**: \`{"data": [...], "next_cursor"}\` with keyset pagination (\`limit\` ≤ 100, \`cursor\`).
- **Tracing**: every response has \`X-Request-Id\` and \`Server-Timing\`.`;

const cache = new WeakMap<object, OpenApiDocument>();

/** The OpenAPI 3.1 document of `app`, generated from its zod route definitions, for `origin`. */
export function openApiDocument(app: OpenAPIHono<AppEnv, any, any>, origin: string): OpenApiDocument {
  let doc = cache.get(app);
  if (!doc) {
    // Routes are registered when the modules load, so one generation per isolate is enough.
    doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Edge Commerce API', version, description: DESCRIPTION },
    });
    addShellErrors(doc);
    markRoles(app, doc);
    cache.set(app, doc);
  }
  return { ...doc, servers: [{ url: origin, description: 'This deployment' }] };
}

/**
 * Every route behind a role check (`requireAdmin`, `guardedBy`) shows its roles as `x-roles`: the check's
 * middleware carries them (see app.routes), so no route can forget to declare them.
 */
function markRoles(app: OpenAPIHono<AppEnv, any, any>, doc: OpenApiDocument): void {
  for (const r of app.routes) {
    const roles = (r.handler as { roles?: readonly string[] }).roles;
    if (!roles) continue;
    const path = r.path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
    const op = (doc.paths?.[path] as Record<string, Json> | undefined)?.[r.method.toLowerCase()];
    if (op && !op['x-roles']) op['x-roles'] = [...roles];
  }
}

/** Adds the shared headers and the shell's error responses to every operation that lacks them. */
export function addShellErrors(doc: OpenApiDocument): void {
  const components = (doc.components ??= {}) as Json;
  components.responses = { ...(components.responses as Json | undefined), ...SHELL_RESPONSES };
  components.headers = { ...(components.headers as Json | undefined), ...SHELL_HEADERS, ...RESPONSE_HEADERS };
  for (const item of Object.values(doc.paths ?? {}) as Json[]) {
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      enrichOperation(op as Operation);
    }
  }
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

interface Operation {
  parameters?: unknown[];
  requestBody?: { content?: Record<string, unknown> };
  security?: Record<string, unknown>[];
  responses: Record<string, Json>;
}

function enrichOperation(op: Operation): void {
  const add = (status: string, name: keyof typeof SHELL_RESPONSES) => {
    op.responses[status] ??= { $ref: `#/components/responses/${name}` };
  };
  for (const response of Object.values(op.responses)) {
    if (!('$ref' in response)) response.headers = { ...headerRefs, ...(response.headers as Json | undefined) };
  }
  add('500', 'InternalError');
  if (op.parameters?.length || op.requestBody) add('422', 'ValidationFailed');
  if (op.requestBody?.content?.['application/json']) add('400', 'InvalidJson');
  if (op.security?.some((s) => 'bearerAuth' in s)) add('401', 'Unauthenticated');
}
