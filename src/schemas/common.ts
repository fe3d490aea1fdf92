import { z } from '@hono/zod-openapi';

/** PostgreSQL `integer`'s largest value: every id and count the API takes fits in it. */
export const INT4_MAX = 2_147_483_647;

/** A row id in a body or query: a PostgreSQL integer, 1 or more. */
export const Id = z.number().int().min(1).max(INT4_MAX);

/**
 * A row id in a path: canonical decimal digits only, so `0x10`, `1e1`, `+16`, `16.0` or ` 16` never
 * name row 16; and no larger than a PostgreSQL integer.
 */
export const pathId = (name: string) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'must be a positive decimal integer')
    .transform(Number)
    .pipe(z.number().max(INT4_MAX, 'is past the largest id'))
    .openapi({ param: { name, in: 'path' }, type: 'integer', minimum: 1, maximum: INT4_MAX, example: 42 });

/** A positive integer id in a path, e.g. `/addresses/{id}`. */
export const IdParam = z.object({ id: pathId('id') });

/**
 * An update must change something: `{}` (or only undefined fields) is a 422 naming no field, never an
 * empty SQL SET.
 */
export const changesSomething = (value: object) => Object.values(value).some((v) => v !== undefined);
export const NOTHING_TO_CHANGE = { message: 'send at least one field to change' } as const;

/** ISO 8601 UTC timestamp as the API shows it. */
export const Timestamp = z.string().openapi({ format: 'date-time', example: '2026-11-25T10:00:00.000Z' });

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
  .openapi({ example: 'US' });

/** Trimmed text that must not be empty. */
export const Text = (max: number) => z.string().trim().min(1).max(max);
