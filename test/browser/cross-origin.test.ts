import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreOrigin, startStoreOrigin } from '../../scripts/lib/store-origin';
import { type DevStack, startDevStack } from './dev-stack';

// A storefront on its own origin, in Chromium: the browser itself enforces CORS (preflights included), so a
// missing or wrong header fails here as it would for a real shop. And the Worker's pages under their CSP:
// no violation reported.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('browsers on other origins', () => {
  let dev: DevStack;
  let store: StoreOrigin;
  let browser: Browser;
  const violations: string[] = [];

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|CORS|blocked/i.test(m.text())) violations.push(`${url}: ${m.text()}`);
    });
    // Reported by the page itself, however the console words it.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    return page;
  }

  beforeAll(async () => {
    dev = await startDevStack({ products: 6 });
    // The dev stack runs in development, where localhost origins are allowed; this one is on another port.
    store = await startStoreOrigin({ port: 0, apiUrl: dev.url });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await store?.close();
    await dev?.close();
  });

  it('lists products, adds to a guest cart and checks out from a page on a second origin', async () => {
    const page = await open(store.url);
    await page.goto(`${store.url}/`);
    expect(new URL(page.url()).origin).not.toBe(new URL(dev.url).origin);
    // Cross-origin calls from the page, with the headers that need a preflight.
    const result = await page.evaluate(async (api) => {
      const list = await fetch(`${api}/api/products?limit=20`).then((r) => r.json());
      const product = list.data.find((p: { has_variants: boolean; stock_quantity: number }) => !p.has_variants && p.stock_quantity > 0);
      const added = await fetch(`${api}/api/cart/items`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ product_id: product.id, quantity: 1 }) });
      const cartToken = added.headers.get('X-Cart-Token');
      const address = { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' };
      const body = { email: 'cross-origin@example.com', shipping_address: address, billing_same_as_shipping: true, shipping_method: 'standard', payment_method: 'card' };
      const key = crypto.randomUUID();
      const order = await fetch(`${api}/api/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Cart-Token': cartToken ?? '', 'Idempotency-Key': key }, body: JSON.stringify(body) });
      const replay = await fetch(`${api}/api/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Cart-Token': cartToken ?? '', 'Idempotency-Key': key }, body: JSON.stringify(body) });
      const refused = await fetch(`${api}/api/orders`, { headers: { Authorization: 'Bearer x.y.z' } });
      return {
        listed: list.data.length,
        added: added.status,
        cartToken,
        order: order.status,
        orderId: (await order.json()).id,
        replayed: replay.headers.get('Idempotent-Replayed'),
        requestId: order.headers.get('X-Request-Id'),
        refused: [refused.status, (await refused.json()).error.code],
      };
    }, dev.url);
    expect(result.listed).toBeGreaterThan(0);
    expect(result.added).toBe(200);
    expect(result.cartToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.order).toBe(201);
    expect(result.orderId).toEqual(expect.any(Number));
    expect(result.replayed).toBe('true');
    expect(result.requestId).toBeTruthy();
    // The error body is readable too.
    expect(result.refused).toEqual([401, 'unauthenticated']);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('serves the store page and /docs under their CSP with no violation', async () => {
    for (const path of ['/', '/docs']) {
      const page = await open(dev.url);
      const res = await page.goto(`${dev.url}${path}`);
      expect(res?.status(), path).toBe(200);
      expect(res?.headers()['content-security-policy'], path).toContain("script-src 'self'");
      expect(res?.headers()['x-content-type-options'], path).toBe('nosniff');
      await page.waitForLoadState('networkidle');
      if (path === '/docs') await page.waitForSelector('.swagger-ui .opblock', { timeout: 30_000 });
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});
