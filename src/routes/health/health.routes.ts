import { createRoute } from '@hono/zod-openapi';
import { errorResponse, jsonResponse } from '../../lib/openapi';
import { Health } from '../../schemas/health';

export const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Status and latency of every configured dependency',
  responses: {
    200: jsonResponse(Health, 'The database is up; degraded dependencies are listed', 'Cache-Control'),
    503: jsonResponse(Health, 'The database is down', 'Cache-Control'),
    500: errorResponse('The configuration is invalid'),
  },
});
