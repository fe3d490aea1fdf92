import { z } from '@hono/zod-openapi';
import { changesSomething, CountryCode, NOTHING_TO_CHANGE, Timestamp } from './common';
import { Money } from './money';

// Store settings the admin keeps: shipping methods and tax rates. Checkout reads them on every order.

const Days = z.number().int().min(0).max(365);
const daysOk = (b: { min_days?: number; max_days?: number }) => b.min_days === undefined || b.max_days === undefined || b.max_days >= b.min_days;
const daysIssue = { message: 'max_days must be at least min_days', path: ['max_days'] };

export const ShippingCode = z.string().regex(/^[a-z0-9_]{1,32}$/, 'lower-case letters, digits and _, up to 32').openapi({ example: 'standard' });
export const ShippingCodeParam = z.object({ code: ShippingCode.openapi({ param: { name: 'code', in: 'path' } }) });

export const ShippingMethodInput = z
  .object({
    code: ShippingCode,
    name: z.string().trim().min(1).max(100),
    rate: Money.openapi({ description: 'In the catalogue’s currency' }),
    free_over: Money.nullable().default(null).openapi({ description: 'Subtotal after discount from which it ships free; null: never' }),
    min_days: Days,
    max_days: Days,
    is_active: z.boolean().default(true),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .refine(daysOk, daysIssue)
  .openapi('ShippingMethodInput', { example: { code: 'pickup', name: 'Pick up in store', rate: 0, min_days: 0, max_days: 1 } });

export const ShippingMethodUpdate = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    rate: Money.optional(),
    free_over: Money.nullable().optional(),
    min_days: Days.optional(),
    max_days: Days.optional(),
    is_active: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .refine(daysOk, daysIssue)
  .openapi('ShippingMethodUpdate', { example: { rate: 6.49 } });

export const AdminShippingMethod = z
  .object({
    code: z.string(),
    name: z.string(),
    rate: z.number(),
    free_over: z.number().nullable(),
    min_days: z.number().int(),
    max_days: z.number().int(),
    is_active: z.boolean(),
    position: z.number().int(),
    updated_at: Timestamp,
  })
  .openapi('AdminShippingMethod');

export const AdminShippingMethodList = z
  .object({ data: z.array(AdminShippingMethod) })
  .openapi('AdminShippingMethodList', {
    example: { data: [{ code: 'standard', name: 'Standard shipping', rate: 5.99, free_over: 50, min_days: 3, max_days: 7, is_active: true, position: 0, updated_at: '2026-11-25T10:00:00.000Z' }] },
  });

const Region = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{1,3}$/, 'an ISO 3166-2 subdivision code, e.g. CA').openapi({ example: 'CA' });
const Rate = z.number().min(0).lt(100).multipleOf(0.001).openapi({ description: 'Percent, 0 to under 100, up to 3 decimals', example: 7.25 });

export const TaxRateInput = z
  .object({
    country: CountryCode,
    region: Region.nullable().default(null).openapi({ description: 'Narrows the rate to a region; it wins over the country’s own rate' }),
    rate: Rate,
    applies_to_shipping: z.boolean().default(false),
  })
  .strict()
  .openapi('TaxRateInput', { example: { country: 'US', region: 'CA', rate: 7.25, applies_to_shipping: false } });

export const TaxRateUpdate = z
  .object({ rate: Rate.optional(), applies_to_shipping: z.boolean().optional() })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('TaxRateUpdate', { example: { rate: 8 } });

export const TaxRate = z
  .object({
    id: z.number().int(),
    country: z.string(),
    region: z.string().nullable(),
    rate: z.number(),
    applies_to_shipping: z.boolean(),
    updated_at: Timestamp,
  })
  .openapi('TaxRate');

export const TaxRateQuery = z.object({ country: CountryCode.optional() });

export const TaxRateList = z
  .object({ data: z.array(TaxRate) })
  .openapi('TaxRateList', { example: { data: [{ id: 1, country: 'US', region: 'CA', rate: 7.25, applies_to_shipping: false, updated_at: '2026-11-25T10:00:00.000Z' }] } });
