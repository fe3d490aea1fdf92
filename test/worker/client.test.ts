import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppType } from '../../src/index';
import { createProduct } from './catalog';
import { adminSession } from './db';
import { BASE } from './helpers';
import { makeProduct } from './shop';

// Hono's typed client over the API's own type: paths, inputs and JSON answers are checked by tsc
// (typecheck is part of CI), and the calls here run against the Worker's real entry point.
const client = hc<AppType>(BASE, {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
});

describe('hc<AppType>', () => {
  it('calls GET /health with a typed answer', async () => {
    const res = await client.health.$get();
    expect(res.status).toBe(200);
    // Narrowing on the status narrows the body to that response's schema.
    if (res.status !== 200) return;
    const body = await res.json();
    expectTypeOf(body.status).toEqualTypeOf<'ok' | 'degraded' | 'down'>();
    expect(body.dependencies.database?.status).toBe('up');
  });

  it('lists products with typed query parameters, then reads one by slug', async () => {
    await createProduct((await adminSession()).access_token);
    const res = await client.api.products.$get({ query: { limit: '2', sort: 'newest' } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const page = await res.json();
    expectTypeOf<(typeof page.data)[number]['name']>().toEqualTypeOf<string>();
    expectTypeOf(page.next_cursor).toEqualTypeOf<string | null>();
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.length).toBeLessThanOrEqual(2);
    const first = page.data[0]!;
    const one = await client.api.products[':id_or_slug'].$get({ param: { id_or_slug: first.slug } });
    expect(one.status).toBe(200);
    if (one.status === 200) expect((await one.json()).id).toBe(first.id);
  });

  it('answers the shared error body on a schema failure', async () => {
    const res = await client.api.products.$get({ query: { limit: '1000' } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('validation_failed');
  });

  it('calls the cart without an empty `header`, and with the guest token once there is one', async () => {
    const product = await makeProduct({ stock: 5 });
    // No `header: {}`: the cart's only header (X-Cart-Token) is optional, and so is the whole part.
    const empty = await client.api.cart.$get();
    expect(empty.status).toBe(200);
    const added = await client.api.cart.items.$post({ json: { product_id: product.id, quantity: 2 } });
    expect(added.status).toBe(200);
    const token = added.headers.get('X-Cart-Token');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cart = await client.api.cart.$get({ header: { 'x-cart-token': token! } });
    expect(cart.status).toBe(200);
    if (cart.status !== 200) return;
    const body = await cart.json();
    expectTypeOf(body.item_count).toEqualTypeOf<number>();
    expect(body.items.map((l) => [l.product_id, l.quantity])).toEqual([[product.id, 2]]);
  });

  it('builds URLs for the client-config endpoint', () => {
    expect(client.api['client-config'].$url().toString()).toBe(`${BASE}/api/client-config`);
  });
});
