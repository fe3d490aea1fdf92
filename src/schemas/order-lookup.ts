import { z } from '@hono/zod-openapi';
import { Timestamp } from './common';
import { Order } from './orders';
import { Email } from './users';

/** `EC-` and 8 characters of the order-number alphabet (no 0/O/1/I); case and spaces around it are forgiven. */
export const OrderNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^EC-[2-9A-HJ-NP-Z]{8}$/, 'must be an order number like EC-7K3QX9MP')
  .openapi({ example: 'EC-7K3QX9MP' });

export const OrderLookupInput = z
  .object({ order_number: OrderNumber, email: Email.openapi({ description: 'The email the order was placed with' }) })
  .strict()
  .openapi('OrderLookupInput', { example: { order_number: 'EC-7K3QX9MP', email: 'ada@example.com' } });
export type OrderLookupInput = z.infer<typeof OrderLookupInput>;

export const OrderViewToken = z.string().max(1000).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'must be the view_token from POST /api/orders/lookup');

export const OrderLookupResult = z
  .object({
    view_token: z.string().openapi({ description: 'Send it in `X-Order-Token` to GET /api/orders/{id}/view until `expires_at`' }),
    expires_at: Timestamp,
    order: Order,
  })
  .openapi('OrderLookupResult');

/** The view token of `GET /api/orders/{id}/view`. */
export const OrderViewHeaders = z.object({
  'x-order-token': OrderViewToken.openapi({ description: 'The `view_token` answered by POST /api/orders/lookup' }),
});
