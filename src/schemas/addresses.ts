import { z } from '@hono/zod-openapi';
import { changesSomething, CountryCode, NOTHING_TO_CHANGE, Text, Timestamp } from './common';

const fields = {
  first_name: Text(100).nullish(),
  last_name: Text(100).nullish(),
  company: Text(200).nullish(),
  line1: Text(200),
  line2: Text(200).nullish(),
  city: Text(100),
  region: Text(100).nullish(),
  postal_code: Text(20),
  country: CountryCode,
  phone: Text(40).nullish(),
};

/** A postal address as embedded in users and orders. */
export const PostalAddress = z.object(fields).strict().openapi('PostalAddress', {
  example: { line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' },
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const AddressInput = z
  .object({ ...fields, is_default_shipping: z.boolean().optional(), is_default_billing: z.boolean().optional() })
  .strict()
  .openapi('AddressInput');
export type AddressInput = z.infer<typeof AddressInput>;

export const AddressUpdate = AddressInput.partial().strict().refine(changesSomething, NOTHING_TO_CHANGE).openapi('AddressUpdate');
export type AddressUpdate = z.infer<typeof AddressUpdate>;

export const Address = z
  .object({
    id: z.number().int(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    company: z.string().nullable(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    region: z.string().nullable(),
    postal_code: z.string(),
    country: z.string(),
    phone: z.string().nullable(),
    is_default_shipping: z.boolean(),
    is_default_billing: z.boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Address');
export type Address = z.infer<typeof Address>;

export const AddressList = z.object({ data: z.array(Address), next_cursor: z.string().nullable() }).openapi('AddressList');
