import { z } from '@hono/zod-openapi';
import { changesSomething, NOTHING_TO_CHANGE, Timestamp } from './common';

const Role = z.enum(['customer', 'staff', 'admin']);

export const CustomerQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'The start of an email address, a first name or a last name (any case)' }),
  role: Role.optional(),
  is_active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2048).optional().openapi({ description: 'The `next_cursor` of the previous page' }),
});

export const CustomerSummary = z
  .object({
    id: z.number().int(),
    email: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    role: Role,
    is_active: z.boolean(),
    is_verified: z.boolean(),
    last_login: Timestamp.nullable(),
    created_at: Timestamp,
  })
  .openapi('CustomerSummary');
export type CustomerSummary = z.infer<typeof CustomerSummary>;

export const CustomerList = z.object({ data: z.array(CustomerSummary), next_cursor: z.string().nullable() }).openapi('CustomerList');

export const CustomerDetail = CustomerSummary.extend({
  phone: z.string().nullable(),
  order_count: z.number().int().openapi({ description: 'Orders placed, cancelled ones excluded' }),
  lifetime_spend: z
    .array(z.object({ currency: z.string(), amount: z.number() }))
    .openapi({ description: 'What the customer has paid, per currency: the totals of orders whose payment is `paid`' }),
  last_order: z
    .object({ id: z.number().int(), order_number: z.string(), status: z.string(), created_at: Timestamp })
    .nullable(),
}).openapi('CustomerDetail');

export const CustomerUpdate = z
  .object({
    is_active: z.boolean().optional().openapi({ description: '`false` disables the account and signs it out everywhere' }),
    role: Role.optional().openapi({ description: 'Takes effect at once: tokens of the old role stop working' }),
  })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('CustomerUpdate', { example: { is_active: false } });
