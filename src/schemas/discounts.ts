import { z } from '@hono/zod-openapi';
import { changesSomething, NOTHING_TO_CHANGE, Timestamp } from './common';
import { Money } from './money';

const Code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{3,32}$/, 'letters, digits, _ and -, 3 to 32 of them')
  .openapi({ description: 'Unique whatever the case: stored and matched in upper case', example: 'SPRING10' });
const Limit = z.number().int().min(1).max(2_147_483_647);
const When = z.iso.datetime({ offset: true });

const fields = {
  description: z.string().trim().min(1).max(500).nullable(),
  percent_off: z.number().gt(0).max(100).multipleOf(0.01).openapi({ description: 'For `percent`: 0.01 to 100' }),
  amount_off: Money.refine((v) => v > 0, 'must be more than 0').openapi({ description: 'For `fixed`: in the catalogue’s currency' }),
  min_subtotal: Money.openapi({ description: 'The order subtotal the code needs, in the catalogue’s currency' }),
  starts_at: When,
  ends_at: When.nullable(),
  usage_limit: Limit.nullable().openapi({ description: 'Uses in all; null: unlimited' }),
  per_customer_limit: Limit.nullable().openapi({ description: 'Uses per customer (by account or email; cancelled orders do not count); null: unlimited' }),
  is_active: z.boolean(),
};

const windowOk = (b: { starts_at?: string; ends_at?: string | null }) => !b.starts_at || !b.ends_at || Date.parse(b.ends_at) > Date.parse(b.starts_at);
const windowIssue = { message: 'ends_at must be after starts_at', path: ['ends_at'] };

export const DiscountInput = z
  .object({
    code: Code,
    kind: z.enum(['percent', 'fixed']),
    description: fields.description.optional(),
    percent_off: fields.percent_off.optional(),
    amount_off: fields.amount_off.optional(),
    min_subtotal: fields.min_subtotal.default(0),
    starts_at: fields.starts_at.optional().openapi({ description: 'Default: now' }),
    ends_at: fields.ends_at.optional(),
    usage_limit: fields.usage_limit.optional(),
    per_customer_limit: fields.per_customer_limit.optional(),
    is_active: fields.is_active.default(true),
  })
  .strict()
  .superRefine((b, ctx) => {
    const [need, other] = b.kind === 'percent' ? (['percent_off', 'amount_off'] as const) : (['amount_off', 'percent_off'] as const);
    if (b[need] === undefined) ctx.addIssue({ code: 'custom', path: [need], message: `required for a ${b.kind} discount` });
    if (b[other] !== undefined) ctx.addIssue({ code: 'custom', path: [other], message: `not for a ${b.kind} discount` });
  })
  .refine(windowOk, windowIssue)
  .openapi('DiscountInput', { example: { code: 'SPRING10', kind: 'percent', percent_off: 10, min_subtotal: 50, per_customer_limit: 1 } });
export type DiscountInput = z.infer<typeof DiscountInput>;

export const DiscountUpdate = z
  .object({
    description: fields.description.optional(),
    percent_off: fields.percent_off.optional(),
    amount_off: fields.amount_off.optional(),
    min_subtotal: fields.min_subtotal.optional(),
    starts_at: fields.starts_at.optional(),
    ends_at: fields.ends_at.optional(),
    usage_limit: fields.usage_limit.optional(),
    per_customer_limit: fields.per_customer_limit.optional(),
    is_active: fields.is_active.optional(),
  })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .refine(windowOk, windowIssue)
  .openapi('DiscountUpdate', { example: { is_active: false } });
export type DiscountUpdate = z.infer<typeof DiscountUpdate>;

export const Discount = z
  .object({
    id: z.number().int(),
    code: z.string(),
    kind: z.enum(['percent', 'fixed']),
    description: z.string().nullable(),
    percent_off: z.number().nullable(),
    amount_off: z.number().nullable(),
    min_subtotal: z.number(),
    starts_at: Timestamp,
    ends_at: Timestamp.nullable(),
    usage_limit: z.number().int().nullable(),
    usage_count: z.number().int(),
    per_customer_limit: z.number().int().nullable(),
    is_active: z.boolean(),
    state: z.enum(['active', 'scheduled', 'expired', 'used_up', 'inactive']).openapi({ description: 'Whether checkout takes it now, and why not' }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Discount');

export const DiscountList = z.object({ data: z.array(Discount), next_cursor: z.string().nullable() }).openapi('DiscountList');

export const DiscountQuery = z.object({
  q: z.string().trim().min(1).max(32).optional().openapi({ description: 'The start of a code, any case' }),
  is_active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2048).optional(),
});
