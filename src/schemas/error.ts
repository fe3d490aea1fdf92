import { z } from '@hono/zod-openapi';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
      request_id: z.string(),
    }),
  })
  .openapi('Error', {
    example: { error: { code: 'not_found', message: 'Product not found', request_id: 'b3c1…' } },
  });
export type ErrorBody = z.infer<typeof ErrorBody>;
