import { z } from '@hono/zod-openapi';

/** `limit` (1-100, default 20) and an opaque `cursor`, as every list takes them. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  cursor: z.string().min(1).max(2048).optional().openapi({ description: 'The `next_cursor` of the previous page' }),
});
export type PageQuery = z.infer<typeof PageQuery>;
