import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../schema';

// The audit log (migration 0017) is written by triggers; this reads it, newest first.

export interface AuditRow {
  id: string;
  actor_user_id: number;
  actor_role: 'staff' | 'admin';
  request_id: string | null;
  action: 'insert' | 'update' | 'delete';
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  created_at: Date | string;
}

export interface AuditFilter {
  entity_type?: string;
  entity_id?: string;
  actor_id?: number;
  action?: string;
  from?: string;
  to?: string;
}

export function listAudit(db: Kysely<DB>, f: AuditFilter, limit: number, afterId: string | null) {
  const where: Expression<SqlBool>[] = [];
  if (f.entity_type) where.push(sql`entity_type = ${f.entity_type}`);
  if (f.entity_id) where.push(sql`entity_id = ${f.entity_id}`);
  if (f.actor_id) where.push(sql`actor_user_id = ${f.actor_id}::int`);
  if (f.action) where.push(sql`action = ${f.action}`);
  if (f.from) where.push(sql`created_at >= ${f.from}::timestamptz`);
  if (f.to) where.push(sql`created_at < ${f.to}::timestamptz`);
  if (afterId) where.push(sql`id < ${afterId}::bigint`);
  const cond = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  return sql<AuditRow>`select id::text as id, actor_user_id, actor_role, request_id, action, entity_type, entity_id, before, after, created_at
    from audit_log a ${cond} order by a.id desc limit ${limit + 1}`
    .execute(db)
    .then((r) => r.rows);
}
