import { describe, expect, it } from 'vitest';
import { api, bearer, unique } from '../../../test/worker/helpers';
import { addItem, checkout, makeAdmin, makeProduct, makeStaff, makeUsers, setStatus } from '../../../test/worker/shop';

async function orderOf(user: { token: string }, productId: number, quantity = 1) {
  await addItem(user, { product_id: productId, quantity });
  const r = await checkout(user);
  expect(r.res.status).toBe(201);
  return r.body as { id: number; order_number: string; total_amount: number; currency: string };
}

const list = async (token: string, query: string) => {
  const res = await api(`/api/admin/orders?${query}`, { headers: bearer(token) });
  expect(res.status).toBe(200);
  return (await res.json()) as { data: { id: number; order_number: string; status: string; total_amount: number; email: string; customer: { id: number; name: string } | null; item_count: number }[]; next_cursor: string | null };
};

describe('admin order list', () => {
  it('pages a customer’s orders newest first and largest first, by keyset', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 50, price_cents: 1000 })]);
    const [buyer] = await makeUsers(1);
    const placed = [await orderOf(buyer!, product.id, 1), await orderOf(buyer!, product.id, 3), await orderOf(buyer!, product.id, 2)];

    const first = await list(admin.token, `customer_id=${buyer!.id}&limit=2`);
    expect(first.data.map((o) => o.id)).toEqual([placed[2]!.id, placed[1]!.id]);
    expect(first.next_cursor).toBeTruthy();
    const second = await list(admin.token, `customer_id=${buyer!.id}&limit=2&cursor=${encodeURIComponent(first.next_cursor!)}`);
    expect(second.data.map((o) => o.id)).toEqual([placed[0]!.id]);
    expect(second.next_cursor).toBeNull();

    const byTotal = await list(admin.token, `customer_id=${buyer!.id}&sort=total&limit=2`);
    expect(byTotal.data.map((o) => o.id)).toEqual([placed[1]!.id, placed[2]!.id]);
    const rest = await list(admin.token, `customer_id=${buyer!.id}&sort=total&limit=2&cursor=${encodeURIComponent(byTotal.next_cursor!)}`);
    expect(rest.data.map((o) => o.id)).toEqual([placed[0]!.id]);
    expect(byTotal.data[0]).toMatchObject({ item_count: 3, email: buyer!.email, customer: { id: buyer!.id } });
  });

  it('filters by status, number, email, name, total range and dates', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 50, price_cents: 2500 })]);
    const last = unique('Zed').toLowerCase();
    const [buyer] = await makeUsers(1, 'customer', { first_name: 'Ada', last_name: last });
    const a = await orderOf(buyer!, product.id, 1);
    const b = await orderOf(buyer!, product.id, 4);
    expect((await setStatus(admin.token, b.id, { status: 'confirmed' })).res.status).toBe(200);
    const mine = `customer_id=${buyer!.id}`;

    expect((await list(admin.token, `${mine}&status=confirmed`)).data.map((o) => o.id)).toEqual([b.id]);
    expect((await list(admin.token, `${mine}&status=pending&payment_status=pending&fulfillment_status=unfulfilled`)).data.map((o) => o.id)).toEqual([a.id]);
    expect((await list(admin.token, `q=${a.order_number.toLowerCase()}`)).data.map((o) => o.id)).toEqual([a.id]);
    expect((await list(admin.token, `q=${encodeURIComponent(buyer!.email.toUpperCase())}`)).data.map((o) => o.id)).toEqual([b.id, a.id]);
    expect((await list(admin.token, `q=${last.slice(0, 8).toUpperCase()}${last.slice(8)}`)).data.map((o) => o.id)).toEqual([b.id, a.id]);
    const big = await list(admin.token, `${mine}&currency=${b.currency}&total_min=${b.total_amount}&total_max=${b.total_amount}`);
    expect(big.data.map((o) => o.id)).toEqual([b.id]);
    expect((await list(admin.token, `${mine}&created_from=2000-01-01T00:00:00Z&created_to=2001-01-01T00:00:00Z`)).data).toEqual([]);
    expect((await list(admin.token, `${mine}&created_from=2000-01-01T00:00:00Z`)).data).toHaveLength(2);
  });

  it('shows staff an order with its customer and every event, with who made it', async () => {
    const [admin, staff, product] = await Promise.all([makeAdmin(), makeStaff(), makeProduct({ stock: 5 })]);
    const [buyer] = await makeUsers(1);
    const order = await orderOf(buyer!, product.id);
    expect((await setStatus(staff.token, order.id, { status: 'confirmed', note: 'checked' })).res.status).toBe(200);
    const res = await api(`/api/admin/orders/${order.id}`, { headers: bearer(staff.token) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ id: order.id, customer: { id: buyer!.id, email: buyer!.email }, items: [{ product_id: product.id }] });
    expect(body.events.map((e: any) => [e.to_status, e.actor_user_id])).toEqual([['pending', buyer!.id], ['confirmed', staff.id]]);
    void admin;
  });
});

describe('admin order export', () => {
  it('streams the filtered list as CSV, amounts in the currency’s places, formulas neutralised', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 10, price_cents: 1990 })]);
    const [buyer] = await makeUsers(1, 'customer', { first_name: '=HYPERLINK("x")', last_name: 'Smith' });
    const a = await orderOf(buyer!, product.id, 1);
    const b = await orderOf(buyer!, product.id, 2);
    const res = await api(`/api/admin/orders/export?customer_id=${buyer!.id}`, { headers: bearer(admin.token) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toMatch(/^order_number,created_at,status,/);
    expect(lines.slice(1, 3).map((l) => l.split(',')[0])).toEqual([b.order_number, a.order_number]);
    expect(lines[3]).toBe('');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") Smith"`);
    expect(lines[1]).toContain(',39.80,');
  });
});
