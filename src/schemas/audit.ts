import { z } from '@hono/zod-openapi';
import { Id, Timestamp } from './common';

export const AuditQuery = z.object({
  entity_type: z.string().regex(/^[a-z_]{1,40}$/, 'a table name, e.g. discounts').optional(),
  entity_id: z.string().trim().min(1).max(100).optional().openapi({ description: 'With entity_type: one record’s history' }),
  actor_id: z.coerce.number().pipe(Id).optional(),
  action: z.enum(['insert', 'update', 'delete']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});

export const AuditEntry = z
  .object({
    id: z.number().int(),
    actor_user_id: z.number().int(),
    actor_role: z.enum(['staff', 'admin']),
    request_id: z.string().nullable(),
    action: z.enum(['insert', 'update', 'delete']),
    entity_type: z.string(),
    entity_id: z.string(),
    before: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The changed fields before (the whole record for a delete)' }),
    after: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The changed fields after (the whole record for an insert)' }),
    created_at: Timestamp,
  })
  .openapi('AuditEntry');

export const AuditList = z.object({ data: z.array(AuditEntry), next_cursor: z.string().nullable() }).openapi('AuditList');
