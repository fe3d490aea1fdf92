import { describe, expect, it } from 'vitest';
import type { OrderSnapshot } from '../../db/queries/order-mappers';
import { formatMoney } from '../../markets/money';
import { TEMPLATES } from '.';
import type { OrderChangeData } from './orders';

// Every template rendered for one fixture order and snapshotted (HTML and text), plus what must hold
// whatever the wording: escaping, the currency's own exponent, links only where they belong.

const ctx = { storeName: 'Edge Commerce', appUrl: 'https://shop.example' };

const order: OrderSnapshot = {
  id: 42,
  order_number: 'EC-7K3QX9MP',
  user_id: 7,
  email: 'ada@example.com',
  status: 'shipped',
  payment_status: 'paid',
  fulfillment_status: 'shipped',
  currency: 'USD',
  subtotal_cents: 12_997,
  discount_amount_cents: 1_300,
  shipping_amount_cents: 0,
  tax_amount_cents: 848,
  total_amount_cents: 12_545,
  discount_code: 'WELCOME10',
  shipping_method: 'standard',
  shipping_address: { first_name: 'Ada', last_name: 'Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' },
  billing_address: { first_name: 'Ada', last_name: 'Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' },
  carrier: 'UPS',
  tracking_number: '1Z999AA10123456784',
  estimated_delivery: '2026-12-02T00:00:00+00:00',
  actual_delivery: '2026-12-01T15:30:00+00:00',
  shipped_at: '2026-11-27T09:00:00+00:00',
  payment_method: 'card',
  payment_id: 'pi_123',
  paid_at: '2026-11-25T10:05:00+00:00',
  notes: null,
  created_at: '2026-11-25T10:00:00+00:00',
  updated_at: '2026-11-27T09:00:00+00:00',
  items: [
    { id: 1, product_id: 3, variant_id: 9, product_name: 'Trail Runner', sku: 'TR-42', variant_name: 'EU 42', unit_price_cents: 8_999, quantity: 1, total_price_cents: 8_999 },
    { id: 2, product_id: 5, variant_id: null, product_name: 'Stoneware Mug', sku: 'MUG-1', variant_name: null, unit_price_cents: 1_999, quantity: 2, total_price_cents: 3_998 },
  ],
};
const change: OrderChangeData = { kind: 'status', from_status: 'processing', to_status: 'shipped', note: null, details: { carrier: 'UPS', tracking_number: '1Z999AA10123456784' } };
const account = { link: 'https://shop.example/verify-email?token=abc123', expiresAt: '2026-11-27T10:00:00.000Z' };

describe('mail templates', () => {
  it.each(Object.keys(TEMPLATES))('%s renders the fixture as HTML and text (snapshot)', (name) => {
    const render = TEMPLATES[name as keyof typeof TEMPLATES] as (c: typeof ctx, i: unknown) => { subject: string; html: string; text: string };
    const input = name === 'verify_email' || name === 'password_reset' ? account : { order, change };
    const mail = render(ctx, input);
    expect(mail.subject.length).toBeGreaterThan(0);
    expect(mail.html).toMatch(/^<!doctype html>/);
    expect(mail.text).toContain('Edge Commerce');
    expect(mail).toMatchSnapshot();
  });

  it('escapes everything a customer or an admin wrote', () => {
    const hostile: OrderSnapshot = {
      ...order,
      order_number: 'EC-<b>',
      items: [{ ...order.items[0]!, product_name: '<script>alert(1)</script>', variant_name: '"><img src=x onerror=alert(1)>' }],
      shipping_address: { ...order.shipping_address!, line1: '<iframe src="https://evil.example">' },
    };
    const mail = TEMPLATES.order_confirmation({ ...ctx, storeName: 'A & B <Shop>' }, { order: hostile, change });
    expect(mail.html).not.toMatch(/<script>|<img src=x|<iframe src|<b>/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('A &amp; B &lt;Shop&gt;');
    // The text version is plain text: nothing to escape, nothing interpreted.
    expect(mail.text).toContain('<script>alert(1)</script>');
  });

  it('links the account pages and the carrier, and only http(s) links', () => {
    expect(TEMPLATES.verify_email(ctx, account).html).toContain('href="https://shop.example/verify-email?token=abc123"');
    expect(TEMPLATES.order_shipped(ctx, { order, change }).html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456784"');
    const guest = TEMPLATES.order_confirmation(ctx, { order: { ...order, user_id: null }, change });
    expect(guest.html).not.toContain('/orders/42');
    const evil = TEMPLATES.verify_email(ctx, { ...account, link: 'javascript:alert(1)' });
    expect(evil.html).not.toContain('href="javascript:');
  });

  it("formats money in the order's currency and its exponent", () => {
    const yen: OrderSnapshot = { ...order, currency: 'JPY', subtotal_cents: 12_000, discount_amount_cents: 0, tax_amount_cents: 1_200, shipping_amount_cents: 500, total_amount_cents: 13_700, items: [{ ...order.items[1]!, unit_price_cents: 6_000, total_price_cents: 12_000 }] };
    const mail = TEMPLATES.order_confirmation(ctx, { order: yen, change });
    expect(mail.text).toContain('Total: ¥13,700');
    expect(mail.text).not.toMatch(/¥137\.00|¥13,700\.00/);
    const refund = TEMPLATES.order_refunded(ctx, { order, change: { ...change, kind: 'payment', details: { amount: 2_500, currency: 'EUR' } } });
    expect(refund.text).toContain('€25.00');
  });
});

describe('money formatting', () => {
  it('uses each currency exponent, exactly', () => {
    expect(formatMoney(123_456, 'USD')).toBe('$1,234.56');
    expect(formatMoney('1500', 'JPY')).toBe('¥1,500');
    expect(formatMoney(1_234_567, 'KWD')).toMatch(/1,234\.567/);
    expect(formatMoney(5, 'USD')).toBe('$0.05');
    // ISO 4217 places, where the locale data shows fewer: HUF has 2, IQD 3.
    expect(formatMoney(123_456, 'HUF')).toMatch(/1,234\.56/);
    expect(formatMoney(1_234_567, 'IQD')).toMatch(/1,234\.567/);
    expect(formatMoney(-1_999, 'usd')).toBe('-$19.99');
    // Beyond 2^53 minor units a float would round; the string path does not.
    expect(formatMoney(9_007_199_254_740_993n, 'USD')).toBe('$90,071,992,547,409.93');
  });
});
