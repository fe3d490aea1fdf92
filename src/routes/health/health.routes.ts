import { createRoute } from '@hono/zod-openapi';
import { errorResponse } from '../../lib/openapi';
import { Health } from '../../schemas/health';

export const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Status and latency of every configured dependency',
  responses: {
    200: { description: 'The database is up; degraded dependencies are listed', content: { 'application/json': { schema: Health } } },
    503: { description: 'The database is down', content: { 'application/json': { schema: Health } } },
    500: errorResponse('The configuration is invalid'),
  },
});
