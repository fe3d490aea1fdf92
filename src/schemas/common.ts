import { z } from '@hono/zod-openapi';

/** A positive integer id in a path, e.g. `/addresses/{id}`. */
export const IdParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 42 }),
});

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
