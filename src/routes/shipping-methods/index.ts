import { createRoute } from '@hono/zod-openapi';
import { listActiveShippingMethods } from '../../db/queries/shipping-methods';
import { createRouter } from '../../lib/create-app';
import { fromCents } from '../../markets/money';
import { jsonResponse } from '../../lib/openapi';
import { ShippingMethodList } from '../../schemas/shipping-methods';

export const listShippingMethods = createRoute({
  method: 'get',
  path: '/api/shipping-methods',
  tags: ['Orders'],
  summary: 'The shipping methods checkout takes, with their rates and delivery times',
  responses: { 200: jsonResponse(ShippingMethodList, 'The methods, in display order (cacheable for 5 minutes)', 'Cache-Control') },
});

const shippingMethods = createRouter().openapi(listShippingMethods, async (c) => {
  const rows = await listActiveShippingMethods(c.var.services.db.db);
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(
    {
      data: rows.map((m) => ({
        code: m.code,
        name: m.name,
        rate: fromCents(m.rate_cents),
        free_over: m.free_over_cents === null ? null : fromCents(m.free_over_cents),
        min_days: m.min_days,
        max_days: m.max_days,
      })),
    },
    200,
  );
});

export default shippingMethods;
