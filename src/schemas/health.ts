import { z } from '@hono/zod-openapi';

export const DependencyStatus = z
  .object({
    status: z.enum(['up', 'down', 'not_configured']),
    latency_ms: z.number().nullable(),
    error: z.string().optional(),
  })
  .openapi('DependencyStatus');
export type DependencyStatus = z.infer<typeof DependencyStatus>;

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded', 'down']),
    dependencies: z.record(z.string(), DependencyStatus),
    degraded: z.array(z.string()),
  })
  .openapi('Health', {
    example: {
      status: 'degraded',
      dependencies: {
        database: { status: 'up', latency_ms: 4 },
        cache: { status: 'down', latency_ms: 1000, error: 'timed out after 1000 ms' },
      },
      degraded: ['cache'],
    },
  });
export type Health = z.infer<typeof Health>;
