import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/dev-vars';
import { seedOrderHistory } from '../../scripts/lib/order-history';
import { type DevStack, startDevStack } from './dev-stack';

// The store dashboard (/admin/) in headless Chromium against the dev stack: an admin signs in, reads the
// sales chart, filters the orders down to one, ships it with a carrier and tracking number, creates a
// discount code with a minimum subtotal in euros, and sets a shipping rate in pounds. Screenshots go to test-results/.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RESULTS = resolve(ROOT, 'test-results');

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('dashboard in Chromium', () => {
  let dev: DevStack;
  let browser: Browser;
  let page: Page;
  let order: { id: number; order_number: string };
  const problems: string[] = [];

  beforeAll(async () => {
    dev = await startDevStack({ products: 6 });
    await seedOrderHistory(dev.stack.db, 120);
    // An order to ship: placed by a new customer, confirmed and picked by the admin through the API.
    const call = async (path: string, init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}) => {
      const res = await fetch(`${dev.url}${path}`, {
        method: init.method ?? 'GET',
        headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const body = (await res.json()) as any;
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    const email = `dash${Date.now()}@example.com`;
    const customer = await call('/api/users/register', { method: 'POST', body: { email, password: 'a-long-password-1' } });
    const products = await call('/api/products?limit=20');
    const product = products.data.find((p: any) => !p.has_variants && p.stock_quantity > 0);
    await call('/api/cart/items', { method: 'POST', token: customer.access_token, body: { product_id: product.id, quantity: 1 } });
    order = await call('/api/orders', {
      method: 'POST',
      token: customer.access_token,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { shipping_address: { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' }, billing_same_as_shipping: true, shipping_method: 'standard', payment_method: 'bank_transfer' },
    });
    const admin = await call('/api/users/login', { method: 'POST', body: { email: dev.vars.ADMIN_EMAIL, password: dev.vars.ADMIN_PASSWORD } });
    for (const status of ['confirmed', 'processing']) await call(`/api/orders/${order.id}/status`, { method: 'PUT', token: admin.access_token, body: { status } });

    await mkdir(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });

  it('signs in and draws the sales chart as SVG', async () => {
    await page.goto(`${dev.url}/admin/`);
    await page.fill('#sign-in input[name=email]', dev.vars.ADMIN_EMAIL!);
    await page.fill('#sign-in input[name=password]', dev.vars.ADMIN_PASSWORD!);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#sales-chart svg rect.col', { state: 'attached' });
    const bars = await page.$$eval('#sales-chart rect.col', (rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(bars).toHaveLength(30);
    expect(bars.some((v) => v > 0)).toBe(true);
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-overview.png'), fullPage: true });
  });

  it('filters the orders to one and ships it with a carrier and tracking number', async () => {
    await page.click('[data-tab=orders]');
    await page.fill('#order-filters input[name=q]', order.order_number);
    await page.click('#order-filters button[type=submit]');
    const row = page.locator(`#orders-table tr[data-order="${order.order_number}"]`);
    await page.waitForFunction(() => document.querySelectorAll('#orders-table tbody tr').length === 1, undefined, { timeout: 10_000 }).catch(async (err) => {
      const rows = await page.$$eval('#orders-table tbody tr', (trs) => trs.map((t) => t.getAttribute('data-order')));
      throw new Error(`${err.message}; want ${order.order_number}; rows ${rows.join(',')}; status: ${await page.textContent('#status')}; problems: ${problems.join(' | ')}`);
    });
    await row.waitFor();
    const answers = ['ups', '1Z999AA10123456784'];
    page.on('dialog', (d) => void d.accept(answers.shift()));
    await row.locator('button[data-action=shipped]').click();
    await page.waitForFunction((n) => document.querySelector(`#orders-table tr[data-order="${n}"] .status-cell`)?.textContent === 'shipped', order.order_number);
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-orders.png'), fullPage: true });
    const detail = (await (await fetch(`${dev.url}/api/orders/${order.id}/tracking`, { headers: { authorization: `Bearer ${await page.evaluate(() => JSON.parse(sessionStorage.getItem('edge-commerce.dashboard')!).token)}` } })).json()) as any;
    expect(detail).toMatchObject({ status: 'shipped', carrier: 'ups', tracking_number: '1Z999AA10123456784' });
  });

  it('creates a discount code', async () => {
    const code = `DASH${Date.now().toString(36).toUpperCase()}`;
    await page.click('[data-tab=discounts]');
    await page.fill('#discount-form input[name=code]', code.toLowerCase());
    await page.fill('#discount-form input[name=amount]', '15');
    await page.fill('#discount-form input[name=per_customer_limit]', '1');
    await page.click('#discount-form button[type=submit]');
    await page.locator(`#discounts-table tr[data-code="${code}"]`).waitFor().catch(async (err) => {
      throw new Error(`${err.message}; status: ${await page.textContent('#status')}; problems: ${problems.join(' | ')}`);
    });
    // Its minimum subtotal in euros (a percent code takes no amount off per currency).
    await page.click(`#discounts-table tr[data-code="${code}"] button[data-amounts]`);
    await page.waitForSelector('#discount-amounts:not([hidden]) #discount-amount-form select[name=currency] option[value=EUR]', { state: 'attached' });
    await page.selectOption('#discount-amount-form select[name=currency]', 'EUR');
    await page.fill('#discount-amount-form input[name=min_subtotal]', '40');
    await page.click('#discount-amount-form button[type=submit]');
    const amount = page.locator('#discount-amounts-table tr[data-currency=EUR]');
    await amount.waitFor().catch(async (err) => {
      throw new Error(`${err.message}; status: ${await page.textContent('#status')}; problems: ${problems.join(' | ')}`);
    });
    expect(await amount.locator('td').nth(2).textContent()).toContain('40.00');
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-discounts.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('sets a shipping rate in another currency and lists it', async () => {
    await page.click('[data-tab=settings]');
    await page.click('#shipping-table button[data-rates=express]');
    await page.waitForSelector('#shipping-rates:not([hidden]) #shipping-rate-form select[name=currency] option[value=GBP]', { state: 'attached' });
    expect(await page.textContent('#shipping-rates-title')).toContain('express');
    await page.selectOption('#shipping-rate-form select[name=currency]', 'GBP');
    await page.fill('#shipping-rate-form input[name=rate]', '18.49');
    await page.fill('#shipping-rate-form input[name=free_over]', '150');
    await page.click('#shipping-rate-form button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#shipping-rates-table tr[data-currency=GBP] td:nth-child(2)')?.textContent?.includes('18.49'), undefined, { timeout: 10_000 }).catch(async (err) => {
      throw new Error(`${err.message}; status: ${await page.textContent('#status')}; problems: ${problems.join(' | ')}`);
    });
    expect(await page.textContent('#shipping-rates-table tr[data-currency=GBP] td:nth-child(3)')).toContain('150.00');
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('edge-commerce.dashboard')!).token);
    const rates = (await (await fetch(`${dev.url}/api/admin/shipping-methods/express/rates`, { headers: { authorization: `Bearer ${token}` } })).json()) as any;
    expect(rates.data.find((r: any) => r.currency === 'GBP')).toMatchObject({ rate_minor: 1849, free_over_minor: 15000 });
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-shipping-rates.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
