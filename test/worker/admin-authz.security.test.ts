import { createRoute } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../src/lib/create-app';
import { bearerSecurity, requireAdmin } from '../../src/middleware/auth';
import { openApiDocument } from '../../src/routes/docs/document';
import { api, bearer } from './helpers';
import { makeAdmin, makeStaff, makeUser } from './shop';

// The authorization matrix over every operation the document marks with `x-roles` (every admin route):
// anonymous is 401, a customer 403, staff exactly its subset, an admin everything. Requests name ids no
// row has and send empty bodies, so an allowed role gets 404, 422 or 200, never 401 or 403.

type Operation = { 'x-roles'?: string[]; security?: unknown[] };
type Doc = { paths: Record<string, Record<string, Operation>> };

/** What staff may do: orders and fulfilment, customers and catalogue read-only. */
const STAFF = [
  'GET /api/admin/orders',
  'GET /api/admin/orders/export',
  'GET /api/admin/orders/{id}',
  'PUT /api/orders/{id}/status',
  'GET /api/admin/customers',
  'GET /api/admin/customers/{id}',
  'POST /api/admin/inventory/adjustments',
  'GET /api/admin/inventory/movements',
  'GET /api/admin/inventory/low-stock',
].sort();

let doc: Doc;
const tokens: Record<'customer' | 'staff' | 'admin', string> = { customer: '', staff: '', admin: '' };

beforeAll(async () => {
  doc = (await (await api('/openapi.json')).json()) as Doc;
  const [c, s, a] = await Promise.all([makeUser(), makeStaff(), makeAdmin()]);
  tokens.customer = c.token;
  tokens.staff = s.token;
  tokens.admin = a.token;
});

const guarded = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, op]) => (op['x-roles'] ? [{ key: `${method.toUpperCase()} ${path}`, path, method, roles: op['x-roles'] }] : [])),
  );

async function statusAs(token: string | null, method: string, path: string): Promise<number> {
  const url = path.replace(/\{[a-z_]+\}/g, '2147483000');
  const headers: Record<string, string> = token ? bearer(token) : {};
  const init: RequestInit = { method: method.toUpperCase(), headers };
  if (['post', 'put', 'patch'].includes(method)) {
    init.body = '{}';
    headers['content-type'] = 'application/json';
  }
  const res = await api(url, init);
  await res.arrayBuffer();
  return res.status;
}

describe('admin authorization matrix', () => {
  it('marks every admin route with its roles in the OpenAPI document', () => {
    const unmarked = Object.entries(doc.paths).flatMap(([path, item]) =>
      path.startsWith('/api/admin/') ? Object.entries(item).filter(([, op]) => !op['x-roles']).map(([m]) => `${m} ${path}`) : [],
    );
    expect(unmarked).toEqual([]);
    expect(guarded().filter((o) => o.roles.includes('staff')).map((o) => o.key).sort()).toEqual(STAFF);
    expect(guarded().every((o) => o.roles.includes('admin'))).toBe(true);
  });

  it('answers anonymous 401, customers 403, staff its subset and admins everything', async () => {
    const rows: string[] = [];
    for (const op of guarded()) {
      const [anonymous, customer, staff, admin] = await Promise.all([
        statusAs(null, op.method, op.path),
        statusAs(tokens.customer, op.method, op.path),
        statusAs(tokens.staff, op.method, op.path),
        statusAs(tokens.admin, op.method, op.path),
      ]);
      const staffAllowed = STAFF.includes(op.key);
      const ok = anonymous === 401 && customer === 403 && (staffAllowed ? ![401, 403].includes(staff) : staff === 403) && ![401, 403].includes(admin);
      if (!ok) rows.push(`${op.key}: anonymous ${anonymous}, customer ${customer}, staff ${staff}, admin ${admin}`);
    }
    expect(rows).toEqual([]);
  });

  it('shows the roles of a route behind requireAdmin too, from its middleware', () => {
    const route = createRoute({ method: 'get', path: '/api/admin/example', middleware: [requireAdmin()], security: bearerSecurity, responses: { 204: { description: 'ok' } } });
    const app = createRouter().openapi(route, (c) => c.body(null, 204));
    const made = openApiDocument(app, 'http://api.test') as unknown as Doc;
    expect(made.paths['/api/admin/example']!.get!['x-roles']).toEqual(['admin']);
  });

  it('keeps refunds and payments for admins', async () => {
    const res = await api('/api/orders/2147483000/status', { method: 'PUT', headers: { ...bearer(tokens.staff), 'content-type': 'application/json' }, body: JSON.stringify({ status: 'refunded' }) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.code).toBe('forbidden');
  });
});
