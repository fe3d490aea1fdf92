import { z } from '@hono/zod-openapi';
import { hasCentPrecision } from '../markets/money';

/** A money amount in the API: a decimal with at most two places, e.g. 99.99. */
export const Money = z
  .number()
  .min(0)
  .max(10_000_000)
  .refine(hasCentPrecision, 'must have at most two decimal places')
  .openapi({ example: 99.99 });
