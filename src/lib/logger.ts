export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** Structured JSON logger bound to one request; never pass secrets or personal data in fields. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** Builds a logger; every line is scrubbed of `secrets` and of credentials inside URLs. */
export function createLogger(base: LogFields, secrets: readonly string[] = []): Logger {
  // The base fields are written once per logger; a line joins them with its own (a field named as a base
  // field comes after it, and JSON readers keep the last).
  let baseText: string | undefined;
  const write = (level: LogLevel, msg: string, fields?: LogFields) => {
    baseText ??= members(base);
    const own = fields ? members(fields) : '';
    const line = redact(`{"level":"${level}","msg":${JSON.stringify(msg)}${baseText}${own},"ts":"${new Date().toISOString()}"}`, secrets);
    if (level === 'error') console.error(line);
    else if (level === 'warn') console.warn(line);
    else console.log(line);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** An object's members as JSON text after a comma (`,"a":1,"b":2`), or nothing when it has none. */
function members(fields: LogFields): string {
  const text = JSON.stringify(fields);
  return text.length > 2 ? `,${text.slice(1, -1)}` : '';
}

/** Error details safe to log: name and message, never the stack's arguments or the cause's payload. */
export function describeError(err: unknown): LogFields {
  if (err instanceof Error) return { error_name: err.name, error_message: err.message };
  return { error_message: String(err) };
}

const patterns = new WeakMap<readonly string[], RegExp | null>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all of a logger's secrets (built once per secrets array). */
function secretPattern(secrets: readonly string[]): RegExp | null {
  let re = patterns.get(secrets);
  if (re === undefined) {
    const long = secrets.filter((s) => s.length >= 6);
    // Longest first, so a secret containing another is replaced whole.
    re = long.length ? new RegExp(long.sort((a, b) => b.length - a.length).map(escape).join('|'), 'g') : null;
    patterns.set(secrets, re);
  }
  return re;
}

/** Replaces each secret, and any `//user:password@` in URLs, with a marker. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.includes('@') ? text.replace(/\/\/[^/@\s"]+:[^/@\s"]+@/g, '//[redacted]@') : text;
  const re = secretPattern(secrets);
  if (re) out = out.replace(re, '[redacted]');
  return out;
}
