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
  const write = (level: LogLevel, msg: string, fields?: LogFields) => {
    const line = redact(JSON.stringify({ level, msg, ...base, ...fields, ts: new Date().toISOString() }), secrets);
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

/** Error details safe to log: name and message, never the stack's arguments or the cause's payload. */
export function describeError(err: unknown): LogFields {
  if (err instanceof Error) return { error_name: err.name, error_message: err.message };
  return { error_message: String(err) };
}

/** Replaces each secret, and any `//user:password@` in URLs, with a marker. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(/\/\/[^/@\s"]+:[^/@\s"]+@/g, '//[redacted]@');
  for (const secret of secrets) {
    if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  }
  return out;
}
