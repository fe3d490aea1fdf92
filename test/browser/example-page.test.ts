import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/dev-vars';
import { type DevStack, startDevStack } from './dev-stack';

// The example store and admin page (public/) in headless Chromium against the dev stack: search, a direct
// browser upload to Cloudinary attached to a product, and live stock through Supabase Realtime. The
// purchases are in store-purchase.test.ts.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RESULTS = resolve(ROOT, 'test-results');

type Summary = { id: number; name: string; slug: string; stock_quantity: number; has_variants: boolean };

// .ci/run installs Chromium; on a machine without it the suite is skipped (CI never skips).
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('example page in Chromium', () => {
  let dev: DevStack;
  let browser: Browser;
  let page: Page;
  let product: Summary;
  const problems: string[] = [];
  const statuses = new Map<string, number>();

  beforeAll(async () => {
    dev = await startDevStack({ products: 12 });
    await mkdir(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => {
      // The fallback test makes search fail on purpose; Chromium reports that failed load as an error.
      if (m.type() === 'error' && !m.location().url.includes('/api/search/products')) problems.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on('response', (r) => void statuses.set(r.url(), r.status()));
    const list = (await (await fetch(`${dev.url}/api/products?limit=50`)).json()) as { data: Summary[] };
    product = list.data.find((p) => !p.has_variants)!;
    expect(product).toBeTruthy();
  }, 180_000);

  afterAll(async () => {
    if (page) {
      await page.screenshot({ path: resolve(RESULTS, 'example-page.png'), fullPage: true }).catch(() => {});
    }
    await browser?.close();
    await dev?.close();
  });

  it('shows search results', async () => {
    await page.goto(`${dev.url}/`);
    await page.waitForSelector('#grid .card');
    const word = product.name.split(/\s+/).find((w) => w.length > 3)!;
    await page.fill('#search input[name="q"]', word);
    await page.click('#search button');
    // The status names the source once the search answered: search, or the full-text fallback.
    await page.waitForFunction(() => /\d+ results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.screenshot({ path: resolve(RESULTS, 'example-page-search.png') });
    const names = await page.$$eval('#grid .card .name', (els) => els.map((e) => e.textContent ?? ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => n.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    // The grid's thumbnails come from the Cloudinary stand-in and load.
    const loaded = await page.$$eval('#grid .card img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(loaded.every((w) => w > 0)).toBe(true);
  });

  it('falls back to the catalogue’s full-text filter when search answers an error', async () => {
    await page.route('**/api/search/products**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'upstream_unavailable', message: 'down', request_id: 'x' } }) }),
    );
    try {
      const word = product.name.split(/\s+/).find((w) => w.length > 3)!;
      await page.fill('#search input[name="q"]', word.toLowerCase());
      await page.click('#search button');
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('full-text'));
      expect(await page.locator('#grid .card').count()).toBeGreaterThan(0);
    } finally {
      await page.unroute('**/api/search/products**');
    }
  });

  it('renders the API reference at /docs from the Worker’s own assets', async () => {
    const docs = await browser.newPage();
    const origins = new Set<string>();
    docs.on('request', (r) => void origins.add(new URL(r.url()).origin));
    await docs.goto(`${dev.url}/docs`);
    await docs.waitForSelector('.opblock', { timeout: 20_000 });
    expect(await docs.locator('.opblock').count()).toBeGreaterThan(20);
    expect([...origins]).toEqual([dev.url]); // no CDN
    await docs.close();
  });

  it('uploads an image from the browser straight to Cloudinary and shows its thumbnail', async () => {
    await page.goto(`${dev.url}/admin.html?product=${product.id}`);
    await page.fill('#login input[name="email"]', dev.vars.ADMIN_EMAIL!);
    await page.fill('#login input[name="password"]', dev.vars.ADMIN_PASSWORD!);
    await page.click('#login button');
    await page.waitForSelector('#admin-tools:not([hidden])');
    expect(await page.inputValue('#upload input[name="product_id"]')).toBe(String(product.id));

    const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#2f7fd1' } }).png().toBuffer();
    await page.setInputFiles('#upload input[name="file"]', { name: 'studio-shot.png', mimeType: 'image/png', buffer: png });
    await page.fill('#upload input[name="alt_text"]', 'Studio shot');
    const upload = page.waitForResponse((r) => r.url().startsWith(`${dev.stack.cloudinary.url}/v1_1/`) && r.request().method() === 'POST');
    const attach = page.waitForResponse((r) => r.url().endsWith(`/api/products/${product.id}/images`) && r.request().method() === 'POST');
    await page.click('#upload button');

    // The file went from the browser to Cloudinary (cross-origin), not through the API.
    expect((await upload).status()).toBe(200);
    const attached = await attach;
    expect(attached.status()).toBe(201);
    const { images } = (await attached.json()) as { images: { id: number; alt_text: string | null; thumbnail_url: string }[] };
    const image = images.find((i) => i.alt_text === 'Studio shot')!;
    expect(image).toBeTruthy();

    const selector = `#uploaded img[data-image-id="${image.id}"]`;
    await page.waitForFunction((s) => {
      const img = document.querySelector<HTMLImageElement>(s);
      return img?.complete && img.naturalWidth > 0;
    }, selector);
    expect(statuses.get(image.thumbnail_url)).toBe(200);
    // c_thumb,w_150,h_150: real pixels at the thumbnail size.
    expect(await page.$eval(selector, (img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight])).toEqual([150, 150]);
    // The store's product page lists it beside the product's first picture.
    await page.goto(`${dev.url}/#/p/${product.slug}`);
    await page.waitForSelector(`#product-images img[data-image-id="${image.id}"]`);
  });

  it('lowers the stock on the open product view when another client buys, without a reload', async () => {
    await page.waitForSelector('#live[data-state="live"]', { timeout: 15_000 });
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const before = Number(await page.textContent('#stock'));
    await guestPurchase(dev.url, product.id, 2);
    // Checkout broadcasts the new level on product:<id> (src/clients/realtime.ts broadcastStock).
    await page.waitForFunction((n) => document.getElementById('stock')?.textContent === String(n), before - 2, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('shows an admin stock edit made through the API live', async () => {
    await page.waitForSelector('#live[data-state="live"]', { timeout: 15_000 });
    const target = Number(await page.textContent('#stock')) + 7;
    const token = await adminToken(dev);
    const put = await fetch(`${dev.url}/api/products/${product.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ stock_quantity: target }),
    });
    expect(put.status).toBe(200);
    // PUT /api/products/{id} broadcasts the new level too (products.admin.ts → broadcastStock).
    await page.waitForFunction((n) => document.getElementById('stock')?.textContent === String(n), target, { timeout: 10_000 });
  });

  it('logged nothing unexpected in the page, and one access line per API request in the Worker', () => {
    expect(problems).toEqual([]);
    const access = dev.logs.filter((l) => l.includes('"msg":"request"')).map((l) => JSON.parse(l.slice(l.indexOf('{'))) as Record<string, unknown>);
    expect(access.some((l) => l.route === '/api/products/:id/images' && l.status === 201 && typeof l.user_id === 'number')).toBe(true);
  });
});

/** Another client buys: a guest cart, then a checkout, through the API. */
async function guestPurchase(base: string, productId: number, quantity: number): Promise<void> {
  const add = await fetch(`${base}/api/cart/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ product_id: productId, quantity }),
  });
  expect(add.status).toBe(200);
  const cartToken = add.headers.get('X-Cart-Token')!;
  const order = await fetch(`${base}/api/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Cart-Token': cartToken, 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      email: 'shopper@example.com',
      shipping_address: { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' },
      billing_same_as_shipping: true,
      payment_method: 'card',
    }),
  });
  expect(order.status, await order.clone().text()).toBe(201);
}

async function adminToken(dev: DevStack): Promise<string> {
  const res = await fetch(`${dev.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: dev.vars.ADMIN_EMAIL, password: dev.vars.ADMIN_PASSWORD }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
