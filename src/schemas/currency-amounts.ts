import { z } from '@hono/zod-openapi';
import { INT4_MAX, pathId, Timestamp } from './common';
import { ShippingCode } from './settings';

// Per-currency money settings, in the currency's minor units (cents, pence; yen for JPY), as integers up to
// a PostgreSQL integer. The base currency (the default market's) keeps the amounts on the method or the
// discount itself.

const Minor = (description: string) =>
  z.number().int().min(0).max(INT4_MAX).openapi({ description: `${description}, in the currency's minor units`, example: 599 });

export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
  .openapi({ param: { name: 'currency', in: 'path' }, example: 'EUR' });

export const ShippingRateParams = z.object({ code: ShippingCode.openapi({ param: { name: 'code', in: 'path' } }), currency: CurrencyCode });
export const DiscountAmountParams = z.object({ id: pathId('id'), currency: CurrencyCode });

export const ShippingRateInput = z
  .object({
    rate_minor: Minor('The rate'),
    free_over_minor: Minor('Subtotal after discount from which it ships free (null: never)').nullable().default(null),
  })
  .strict()
  .openapi('ShippingRateInput', { example: { rate_minor: 599, free_over_minor: 5000 } });

export const ShippingRate = z
  .object({
    method_code: z.string(),
    currency: z.string(),
    currency_exponent: z.number().int().openapi({ description: 'Decimal places of the currency (0 for JPY)' }),
    rate_minor: z.number().int(),
    free_over_minor: z.number().int().nullable(),
    updated_at: Timestamp,
  })
  .openapi('ShippingRate');

export const ShippingRateList = z
  .object({ data: z.array(ShippingRate) })
  .openapi('ShippingRateList', {
    example: { data: [{ method_code: 'standard', currency: 'EUR', currency_exponent: 2, rate_minor: 599, free_over_minor: 5000, updated_at: '2026-11-25T10:00:00.000Z' }] },
  });

export const DiscountAmountInput = z
  .object({
    amount_off_minor: Minor('The amount off (a fixed code; at least 1); null or absent for a percent code').min(1).nullable().default(null),
    min_subtotal_minor: Minor('The minimum subtotal').default(0),
  })
  .strict()
  .openapi('DiscountAmountInput', { example: { amount_off_minor: 800, min_subtotal_minor: 4000 } });

export const DiscountAmount = z
  .object({
    discount_id: z.number().int(),
    currency: z.string(),
    currency_exponent: z.number().int(),
    amount_off_minor: z.number().int().nullable(),
    min_subtotal_minor: z.number().int(),
    updated_at: Timestamp,
  })
  .openapi('DiscountAmount');

export const DiscountAmountList = z
  .object({ data: z.array(DiscountAmount) })
  .openapi('DiscountAmountList', {
    example: { data: [{ discount_id: 7, currency: 'GBP', currency_exponent: 2, amount_off_minor: 800, min_subtotal_minor: 0, updated_at: '2026-11-25T10:00:00.000Z' }] },
  });
