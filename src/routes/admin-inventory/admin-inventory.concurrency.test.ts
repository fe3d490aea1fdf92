import { describe, expect, inject, it } from 'vitest';
import { api, bearer, json } from '../../../test/worker/helpers';
import { ledgerMismatches } from '../../../test/worker/ledger';
import { addItem, checkout, makeAdmin, makeProduct, makeStaff, makeUsers, setStatus, stockOf } from '../../../test/worker/shop';

// In the PostgreSQL run the Neon stand-in serves these from a pool, so they race in the database.

describe(`inventory ledger under concurrency (${inject('backendKind')})`, () => {
  it('stock equals the sum of movements after concurrent checkouts, cancellations and adjustments', async () => {
    const [admin, staff] = await Promise.all([makeAdmin(), makeStaff()]);
    const plain = await makeProduct({ stock: 12 });
    const sized = await makeProduct({ variants: [{ stock: 6 }, { stock: 6 }] });
    const buyers = await makeUsers(24);
    await Promise.all(
      buyers.map((b, i) =>
        i % 2 === 0
          ? addItem(b, { product_id: plain.id, quantity: 1 })
          : addItem(b, { product_id: sized.id, variant_id: sized.variants[i % 4 === 1 ? 0 : 1]!.id, quantity: 1 }),
      ),
    );
    const adjust = (token: string, body: Record<string, unknown>) => api('/api/admin/inventory/adjustments', json(body, { headers: bearer(token) }));
    const results = await Promise.all([
      ...buyers.map((b) => checkout(b).then((r) => ({ kind: 'checkout', status: r.res.status, order: r.body?.id as number | undefined }))),
      ...[1, 2, 3].map(() => adjust(staff.token, { product_id: plain.id, reason: 'received', quantity: 2 }).then((r) => ({ kind: 'adjust', status: r.status, order: undefined }))),
      adjust(admin.token, { product_id: sized.id, variant_id: sized.variants[0]!.id, reason: 'damaged', quantity: 1 }).then((r) => ({ kind: 'adjust', status: r.status, order: undefined })),
    ]);
    expect(results.every((r) => r.status < 500)).toBe(true);
    const placed = results.filter((r) => r.kind === 'checkout' && r.status === 201).map((r) => r.order!);
    await Promise.all(placed.slice(0, 5).map((id) => setStatus(admin.token, id, { status: 'cancelled' })));
    expect(await ledgerMismatches([plain.id, sized.id])).toEqual([]);
    expect(await stockOf(plain.id)).toBeGreaterThanOrEqual(0);
  });
});
