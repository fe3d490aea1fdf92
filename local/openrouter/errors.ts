/**
 * OpenRouter's error shape and the fault switch. Every vendor error is
 * `{"error": {"code": <status>, "message", "metadata"?}}` with the HTTP status equal to `code`, which
 * is what @openrouter/sdk's per-status error schemas and the openai SDK's `APIError.generate` read.
 */

/** What the stand-in does with each vendor request: answer, fail with a status, or hang first. */
export type FaultMode =
  | { kind: 'ok' }
  | { kind: 'fail'; status: number; retryAfterSeconds?: number; times?: number }
  | { kind: 'stall'; ms: number };

/** A vendor error; thrown anywhere in a request, rendered once by the server. */
export class OpenRouterError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly metadata?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { error: { code: number; message: string; metadata?: Record<string, unknown> } } {
    return { error: { code: this.status, message: this.message, ...(this.metadata ? { metadata: this.metadata } : {}) } };
  }
}

// The wording OpenRouter uses for each status it documents; "(stand-in fault)" keeps injected
// failures recognisable in logs, so nobody mistakes them for bugs.
const FAULT_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'User not found.',
  402: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request timed out',
  413: 'Payload Too Large',
  429: 'Rate limit exceeded',
  500: 'Internal Server Error',
  502: 'Provider returned error',
  503: 'No available providers could serve the request',
  524: 'Edge network timeout',
  529: 'Provider overloaded',
};

/** The error an injected `fail` fault answers with. */
export function faultError(fault: Extract<FaultMode, { kind: 'fail' }>): OpenRouterError {
  const message = `${FAULT_MESSAGES[fault.status] ?? 'Error'} (stand-in fault)`;
  // 502 and up are the upstream provider failing; OpenRouter then says which one and what it said.
  const metadata =
    fault.status >= 502 ? { provider_name: 'OpenAI', raw: `upstream answered ${fault.status} (stand-in fault)` } : undefined;
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
  return new OpenRouterError(fault.status, message, metadata, headers);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Checks a FaultMode from JSON (or from code); returns it, or a message saying what is wrong. */
export function parseFault(raw: unknown): FaultMode | string {
  if (!isRecord(raw)) return 'expected a JSON object {"kind": "ok" | "fail" | "stall", ...}';
  if (raw.kind === 'ok') return { kind: 'ok' };
  if (raw.kind === 'stall') {
    if (!isCount(raw.ms)) return 'stall needs "ms": a non-negative integer';
    return { kind: 'stall', ms: raw.ms };
  }
  if (raw.kind === 'fail') {
    const { status, retryAfterSeconds, times } = raw;
    if (!isCount(status) || status < 400 || status > 599) return 'fail needs "status": an HTTP error status (400-599)';
    if (retryAfterSeconds !== undefined && !isCount(retryAfterSeconds)) {
      return '"retryAfterSeconds" must be a non-negative integer';
    }
    if (times !== undefined && (!isCount(times) || times < 1)) return '"times" must be a positive integer';
    return {
      kind: 'fail',
      status,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(times === undefined ? {} : { times }),
    };
  }
  return '"kind" must be "ok", "fail" or "stall"';
}
