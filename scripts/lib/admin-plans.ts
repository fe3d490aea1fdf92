import { type Kysely, sql } from 'kysely';
import { adminOrdersQuery, type OrderFilter, type OrderSort } from '../../src/db/queries/admin-orders';
import type { DB } from '../../src/db/schema';

// Admin order lists at scale: the filter and sort cases the dashboard sends, planned on a bulk store.

export interface AdminCase {
  name: string;
  filter: OrderFilter;
  sort: OrderSort;
  cursor: (string | number)[] | null;
}

export function adminCases(): AdminCase[] {
  const filters: [string, OrderFilter][] = [
    ['all', {}],
    ['status', { status: 'shipped' }],
    ['payment_status', { payment_status: 'refunded' }],
    ['fulfillment_status', { fulfillment_status: 'returned' }],
    ['created range', { created_from: '2026-01-01T00:00:00Z', created_to: '2026-01-08T00:00:00Z' }],
    ['order number', { order_number: 'EC-B0000042' }],
    ['email', { email: 'Buyer42@Example.com' }],
    ['name prefix', { name_prefix: 'ada4' }],
    ['customer', { customer_id: 42 }],
    ['total range', { currency: 'USD', total_min_minor: 100_000n, total_max_minor: 120_000n }],
  ];
  const cases: AdminCase[] = [];
  for (const [name, filter] of filters) {
    for (const sort of ['newest', 'total'] as const) {
      cases.push({ name: `${name} / ${sort}`, filter, sort, cursor: null });
    }
  }
  cases.push({ name: 'all / newest / cursor', filter: {}, sort: 'newest', cursor: ['2026-06-01 00:00:00+00', 50_000] });
  cases.push({ name: 'all / total / cursor', filter: {}, sort: 'total', cursor: ['50000', 50_000] });
  return cases;
}

/** Fills `users` with `n / 10` customers and `orders` with `n` orders over a year (triggers off: bulk load). */
export async function bulkOrders(db: Kysely<DB>, n: number): Promise<void> {
  const users = Math.max(1, Math.floor(n / 10));
  await sql`insert into users (email, password_hash, first_name, last_name)
    select 'buyer' || g || '@example.com', 'x', 'Ada' || g, 'Lovelace' || g from generate_series(1, ${users}) g`.execute(db);
  await sql`alter table orders disable trigger user`.execute(db);
  await sql`insert into orders (order_number, user_id, email, status, payment_status, fulfillment_status, currency,
      subtotal_cents, discount_amount_cents, shipping_amount_cents, tax_amount_cents, total_amount_cents, created_at)
    select 'EC-B' || lpad(g::text, 7, '0'), u.id, u.email,
      (array['pending','confirmed','processing','shipped','delivered','cancelled','refunded'])[1 + g % 7],
      (array['pending','authorized','paid','failed','refunded','voided'])[1 + g % 6],
      (array['unfulfilled','processing','shipped','delivered','cancelled','returned'])[1 + g % 6],
      (array['USD','EUR','GBP','JPY'])[1 + g % 4], 1000 + (g * 7919) % 200000, 0, 0, 0, 1000 + (g * 7919) % 200000,
      timestamptz '2026-01-01' + (g * 313 % 31536000) * interval '1 second'
    from generate_series(1, ${n}) g join users u on u.email = 'buyer' || (1 + g % ${users}) || '@example.com'`.execute(db);
  await sql`alter table orders enable trigger user`.execute(db);
  await sql`analyze users`.execute(db);
  await sql`analyze orders`.execute(db);
}

/** The plan of an admin order list (the compiled SQL the Worker sends). */
export async function explainAdminList(db: Kysely<DB>, c: AdminCase) {
  const compiled = adminOrdersQuery(db, c.filter, c.sort, 20, c.cursor).compile();
  const text = compiled.sql.replace(/\$(\d+)/g, (_, i) => literal(compiled.parameters[Number(i) - 1]));
  const result = await sql.raw(`explain (format json) ${text}`).execute(db);
  const raw = (result.rows[0] as Record<string, unknown>)['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  const nodes = flatten(plan[0]!.Plan);
  return {
    nodes,
    indexes: [...new Set(nodes.map((n) => n['Index Name']).filter((x): x is string => Boolean(x)))],
    seqScanOnOrders: nodes.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'orders'),
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

