/** The Postgres error fields the Neon driver carries on a `NeonDbError`. */
export interface PgErrorInfo {
  code: string;
  constraint?: string;
  detail?: string;
}

/** Returns the SQLSTATE and constraint of a database error, or null for anything else. */
export function pgError(err: unknown): PgErrorInfo | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { code?: unknown; constraint?: unknown; detail?: unknown };
  if (typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return null;
  return {
    code: e.code,
    constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
  };
}

/** True when `err` is a unique violation of `constraint`. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const info = pgError(err);
  return info?.code === '23505' && info.constraint === constraint;
}
