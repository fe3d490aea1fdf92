import { z } from '@hono/zod-openapi';

/** The `market` query parameter (the `X-Market` header wins over it): a market handle. */
export const MarketParam = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a market handle')
  .max(32)
  .openapi({ description: 'Market handle (e.g. `eu`); the X-Market header wins over it', example: 'eu' });

/** The market a response is priced in. */
export const MarketInfo = z
  .object({
    handle: z.string(),
    name: z.string(),
    currency: z.string().openapi({ description: 'ISO 4217; every amount in the response is in it' }),
    currency_exponent: z.number().int().openapi({ description: 'Decimal places of the currency (0 for JPY)' }),
    tax_inclusive: z.boolean().openapi({ description: 'Prices include tax (EU/UK style) or not (US style)' }),
    locale: z.string(),
  })
  .openapi('MarketInfo', { example: { handle: 'eu', name: 'Euro area', currency: 'EUR', currency_exponent: 2, tax_inclusive: true, locale: 'en-IE' } });
export type MarketInfo = z.infer<typeof MarketInfo>;
