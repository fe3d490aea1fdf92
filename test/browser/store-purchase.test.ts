import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ROOT } from '../../scripts/lib/dev-vars';
import { type DevStack, startDevStack } from './dev-stack';

// The example store (public/index.html, public/store/) in headless Chromium, served from a second origin as
// a storefront on its own domain would be, so every API call crosses origins (CORS): a guest and a
// signed-in customer each buy, with a screenshot of every step under test-results/store/.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = resolve(ROOT, 'test-results/store');

type Summary = { id: number; name: string; slug: string; category: string | null; stock_quantity: number; has_variants: boolean; is_digital: boolean; price: number };
type Variant = { id: number; options: Record<string, string>; stock_quantity: number; is_active: boolean };

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('example store: purchases in Chromium', () => {
  let dev: DevStack;
  let browser: Browser;
  let store: string;
  let sized: Summary & { variant: Variant };
  let plain: Summary;
  const problems: string[] = [];
  /** Console errors a step causes on purpose (a refused request shows as a failed load). */
  const expected: RegExp[] = [];
  const origins = new Set<string>();

  beforeAll(async () => {
    dev = await startDevStack({ products: 20 });
    store = dev.storeUrl;
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const list = (await (await fetch(`${dev.url}/api/products?limit=50`)).json()) as { data: Summary[] };
    plain = list.data.find((p) => !p.has_variants && !p.is_digital && p.stock_quantity >= 5)!;
    const withSizes = list.data.find((p) => p.has_variants && p.stock_quantity >= 6)!;
    const detail = (await (await fetch(`${dev.url}/api/products/${withSizes.id}`)).json()) as { variants: Variant[] };
    sized = { ...withSizes, variant: detail.variants.find((v) => v.is_active && v.stock_quantity >= 2)! };
    expect(plain && sized.variant).toBeTruthy();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });

  /** A fresh browser profile (its own localStorage) watching for page errors and where requests go. */
  async function visitor(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => {
      const line = `console: ${m.text()} (${m.location().url})`;
      if (m.type() === 'error' && !expected.some((re) => re.test(line))) problems.push(line);
    });
    page.on('request', (r) => void origins.add(new URL(r.url()).origin));
    // What the page showed when a step failed.
    onTestFailed(async () => void (await page.screenshot({ path: resolve(SHOTS, `failed-${Date.now()}.png`), fullPage: true }).catch(() => {})));
    return { context, page };
  }

  /** Waits for `selector`, or fails with the message of the first error status the page shows instead. */
  async function expectShown(page: Page, selector: string) {
    const found = await page.waitForSelector(`${selector}, .status.error:not(:empty)`);
    if (await found.evaluate((el) => el.matches('.status.error'))) throw new Error(`the page says: ${await found.textContent()}`);
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });

  async function addToCart(page: Page, product: Summary, quantity: number, options: Record<string, string> = {}) {
    await expectShown(page, `.detail[data-product-id="${product.id}"]`);
    for (const [name, value] of Object.entries(options)) await page.selectOption(`select[name="option:${name}"]`, value);
    await page.fill('#add-form input[name="quantity"]', String(quantity));
    await page.click('#add-form button[type="submit"]');
    await page.waitForSelector('#to-cart');
  }

  async function fillAddress(page: Page, prefix: string, a: Record<string, string>) {
    for (const [k, v] of Object.entries(a)) await page.fill(`[name="${prefix}.${k}"]`, v);
  }

  async function adminToken(): Promise<string> {
    const res = await fetch(`${dev.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: dev.vars.ADMIN_EMAIL, password: dev.vars.ADMIN_PASSWORD }),
    });
    return ((await res.json()) as { access_token: string }).access_token;
  }

  it('a guest browses a category, finds nothing for nonsense, picks a size, checks out with express shipping and a discount, and finds the order again', async () => {
    const { context, page } = await visitor();
    await page.goto(`${store}/`);
    await page.waitForSelector('#grid .card');
    await page.waitForSelector('#categories a');
    // The home page shows the first collection (the seeded staff picks), in its manual order.
    await page.waitForSelector('#collection[data-collection="staff-picks"] .card');
    const picks = (await (await fetch(`${dev.url}/api/collections/staff-picks/products?limit=8`)).json()) as { data: Summary[] };
    expect(picks.data.length).toBeGreaterThan(0);
    expect(await page.$$eval('#collection .card a', (els) => els.map((e) => Number((e as HTMLElement).dataset.productId)))).toEqual(picks.data.map((p) => p.id));
    await shot(page, 'guest-01-home');
    await page.click('#collection-all');
    await page.waitForSelector(`#grid a[data-product-id="${picks.data[0]!.id}"]`);
    expect(await page.textContent('h1')).toBe('Staff picks');
    expect(await page.textContent('.crumbs')).toBe('Home / Staff picks');
    await shot(page, 'guest-01b-collection');
    await page.goBack();
    await page.waitForSelector('#collection .card');

    // Category navigation.
    await page.click(`#categories a[href="#/c/${encodeURIComponent(sized.category!)}"]`);
    await page.waitForSelector(`#grid a[data-product-id="${sized.id}"]`);
    expect(await page.textContent('h1')).toMatch(new RegExp(sized.category!, 'i'));
    await shot(page, 'guest-02-category');

    // Facet checkboxes with counts beside the grid: ticking a brand narrows the grid to its count.
    const brandBox = page.locator('#facet-brand input[type="checkbox"]').first();
    const brandCount = Number(await brandBox.getAttribute('data-count'));
    expect(brandCount).toBeGreaterThan(0);
    await brandBox.check();
    await page.waitForFunction(() => location.hash.includes('brand='));
    await page.waitForSelector('#facet-brand input:checked');
    await page.waitForSelector('#grid .card');
    expect(await page.locator('#grid .card').count()).toBe(Math.min(brandCount, 24));
    await shot(page, 'guest-02b-facets');
    await page.goBack();
    await page.waitForSelector(`#grid a[data-product-id="${sized.id}"]`);

    // Search with an empty state.
    await page.fill('#search input[name="q"]', 'qxzvy wqplk');
    await page.click('#search button');
    await page.waitForSelector('#search-empty');
    await shot(page, 'guest-03-search-empty');

    // The product page with sizes: the variant's stock shows once chosen.
    await page.goBack();
    await page.goBack();
    await page.click(`#grid a[data-product-id="${sized.id}"]`);
    await page.waitForSelector(`.detail[data-product-id="${sized.id}"]`);
    // The breadcrumb leads back to the product's category.
    await page.waitForSelector(`#crumbs a[href="#/c/${encodeURIComponent(sized.category!)}"]`);
    await page.click('#add-form button[type="submit"]');
    expect(await page.textContent('#add-status')).toContain('Choose an option');
    await page.selectOption('select[name="option:size"]', sized.variant.options.size!);
    expect(await page.textContent('#stock')).toBe(String(sized.variant.stock_quantity));
    await addToCart(page, sized, 2);
    await shot(page, 'guest-04-product');

    // Search finds the second product.
    // Typeahead: typing its name suggests the product, the typed part marked.
    await page.fill('#search input[name="q"]', plain.name.slice(0, -1).toLowerCase());
    await page.waitForSelector(`#suggestions a[href="#/p/${plain.slug}"] mark`);
    await shot(page, 'guest-04b-suggest');
    const word = plain.name.split(/\s+/).find((w) => w.length > 3)!;
    await page.fill('#search input[name="q"]', word);
    await page.click('#search button');
    // Search results come with their facet checkboxes too.
    await page.waitForSelector('#facets fieldset input[type="checkbox"]');
    await page.click(`#grid a[data-product-id="${plain.id}"]`);
    await addToCart(page, plain, 1);
    expect(await page.textContent('#cart-count')).toBe('3');

    // The cart: change a quantity, then check out.
    await page.click('#cart-link');
    await page.waitForSelector('#cart .line');
    expect(await page.locator('#cart .line').count()).toBe(2);
    const plainLine = page.locator('#cart .line', { hasText: plain.name });
    await plainLine.locator('input[type="number"]').fill('2');
    await plainLine.locator('input[type="number"]').dispatchEvent('change');
    await page.waitForFunction(() => document.getElementById('cart-count')?.textContent === '4');
    await shot(page, 'guest-05-cart');

    await page.click('#checkout-link');
    await page.waitForSelector('#checkout-form');
    const email = `guest-${Date.now().toString(36)}@example.com`;
    await page.fill('input[name="email"]', email);
    await fillAddress(page, 'ship', { first_name: 'Ada', last_name: 'Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' });
    await page.check('input[name="shipping_method"][value="express"]');
    await page.check('input[name="payment_method"][value="bank_transfer"]');
    // A refused code: the API's message, nothing placed; then a good one.
    expected.push(/status of 4\d\d .*\/api\/orders\)$/);
    await page.fill('input[name="discount_code"]', 'EXPIRED15');
    await page.click('#place-order');
    await page.waitForSelector('#checkout-status.error');
    expect(await page.textContent('#checkout-status')).toContain('expired');
    await page.fill('input[name="discount_code"]', 'welcome10');
    await shot(page, 'guest-06-checkout');
    await page.click('#place-order');
    await expectShown(page, '#order-number');
    const orderNumber = (await page.textContent('#order-number'))!;
    const orderId = Number(new URL(page.url()).hash.split('/').pop());
    expect(await page.textContent('#payment-status')).toBe('Awaiting payment');
    expect(await page.locator('#order-discount').count()).toBe(1);
    await shot(page, 'guest-07-order');
    expect(await page.textContent('#cart-count')).toBe('0');

    // What the API recorded: one order with the code, the method and the lines.
    const order = (await (await fetch(`${dev.url}/api/orders/${orderId}`, { headers: { Authorization: `Bearer ${await adminToken()}` } })).json()) as {
      order_number: string; email: string; discount_code: string; shipping_method: string; items: { variant_id: number | null; quantity: number }[]; user_id?: number;
    };
    expect(order).toMatchObject({ order_number: orderNumber, email, discount_code: 'WELCOME10', shipping_method: 'express' });
    expect(order.items.map((i) => [i.variant_id, i.quantity]).sort()).toEqual([[sized.variant.id, 2], [null, 2]].sort());

    // A reload keeps the order (its view token is in this tab's sessionStorage).
    await page.reload();
    await page.waitForSelector('#order-number');

    // Another browser finds it with the number and the email.
    const other = await visitor();
    await other.page.goto(`${store}/#/order/${orderId}`);
    await other.page.waitForSelector('#lookup-form');
    await other.page.fill('#lookup-form input[name="order_number"]', orderNumber.toLowerCase());
    await other.page.fill('#lookup-form input[name="email"]', email.toUpperCase());
    await other.page.click('#lookup-form button');
    await other.page.waitForSelector('#order-number');
    expect(await other.page.textContent('#order-number')).toBe(orderNumber);
    await shot(other.page, 'guest-08-lookup');
    await other.context.close();
    await context.close();
  });

  it('a customer signs up, fills a cart as a guest, signs in (the carts merge), checks out to a saved address, and sees the payment arrive live', async () => {
    const { context, page } = await visitor();
    const email = `customer-${Date.now().toString(36)}@example.com`;
    const password = 'a long enough password';
    await page.goto(`${store}/#/signup`);
    await page.fill('#signup-form input[name="first_name"]', 'Grace');
    await page.fill('#signup-form input[name="email"]', email);
    await page.fill('#signup-form input[name="password"]', password);
    await page.click('#signup-form button');
    await expectShown(page, '#account-email');
    await shot(page, 'customer-01-account');
    await page.click('#sign-out');
    await page.waitForFunction(() => document.getElementById('account-link')?.textContent === 'Sign in' && location.hash === '#/');
    await page.waitForSelector('#grid .card');

    // As a guest again: the cart token goes to localStorage.
    await page.goto(`${store}/#/p/${plain.slug}`);
    await addToCart(page, plain, 1);
    expect(await page.evaluate(() => localStorage.getItem('edge-commerce:cart_token'))).toMatch(/^[\w-]{43}$/);

    await page.click('#account-link');
    await page.waitForSelector('#signin-form');
    await page.fill('#signin-form input[name="email"]', email);
    await page.fill('#signin-form input[name="password"]', password);
    await page.click('#signin-form button');
    await expectShown(page, '#account-email');
    // The guest cart joined the account's, and its token is spent.
    expect(await page.textContent('#cart-count')).toBe('1');
    expect(await page.evaluate(() => localStorage.getItem('edge-commerce:cart_token'))).toBeNull();

    await page.click('#cart-link');
    await page.waitForSelector('#cart .line');
    await shot(page, 'customer-02-cart');
    await page.click('#checkout-link');
    await page.waitForSelector('#checkout-form');
    expect(await page.locator('input[name="email"]').count()).toBe(0);
    await fillAddress(page, 'ship', { first_name: 'Grace', last_name: 'Hopper', line1: '2 Navy Way', city: 'Arlington', region: 'VA', postal_code: '22202', country: 'US' });
    await page.check('input[name="payment_method"][value="bank_transfer"]');
    await shot(page, 'customer-03-checkout');
    await page.click('#place-order');
    await expectShown(page, '#order-number');
    const orderId = Number(new URL(page.url()).hash.split('/').pop());
    await page.waitForSelector('#order-live[data-state="live"]', { timeout: 15_000 });
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await shot(page, 'customer-04-order');

    // The shop records the bank transfer; the order page turns paid without a reload.
    const paid = await fetch(`${dev.url}/api/orders/${orderId}/payment`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', Authorization: `Bearer ${await adminToken()}` },
      body: JSON.stringify({ payment_status: 'paid', payment_id: 'transfer-1001' }),
    });
    expect(paid.status, await paid.clone().text()).toBe(200);
    await page.waitForSelector('#payment-status[data-status="paid"]', { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await shot(page, 'customer-05-paid');

    // The account lists the order and the address saved at checkout.
    await page.click('#account-link');
    await page.waitForSelector(`#orders tr[data-order-id="${orderId}"]`);
    expect(await page.textContent(`#orders tr[data-order-id="${orderId}"]`)).toContain('paid');
    await page.waitForSelector('#addresses .address-book li');
    expect(await page.textContent('#addresses')).toContain('2 Navy Way');
    await shot(page, 'customer-06-account');
    await context.close();
  });

  it('a customer pays by card through Stripe: declined, then paid, live; the admin refunds it from the panel', async () => {
    const { context, page } = await visitor();
    // The declined confirm is a 402 the browser logs as a failed load.
    expected.push(/status of 402/);
    await page.goto(`${store}/#/signup`);
    await page.fill('#signup-form input[name="first_name"]', 'Ada');
    await page.fill('#signup-form input[name="email"]', `card-${Date.now().toString(36)}@example.com`);
    await page.fill('#signup-form input[name="password"]', 'a long enough password');
    await page.click('#signup-form button');
    await expectShown(page, '#account-email');
    await page.goto(`${store}/#/p/${plain.slug}`);
    await addToCart(page, plain, 1);
    await page.click('#cart-link');
    await page.waitForSelector('#cart .line');
    await page.click('#checkout-link');
    await page.waitForSelector('#checkout-form');
    await fillAddress(page, 'ship', { first_name: 'Ada', last_name: 'Lovelace', line1: '12 St James Sq', city: 'Boston', region: 'MA', postal_code: '02116', country: 'US' });
    await page.check('input[name="payment_method"][value="card"]');
    await page.selectOption('select[name="test_card"]', 'pm_card_chargeDeclined');
    await page.click('#place-order');
    await page.waitForSelector('#order-number');
    const orderId = Number(new URL(page.url()).hash.split('/').pop());
    expect(await page.textContent('#order-note')).toContain('declined');
    await page.waitForSelector('#order-live[data-state="live"]', { timeout: 15_000 });
    await shot(page, 'card-01-declined');

    // Another card on the order page: Stripe's webhook turns the order paid without a reload.
    await page.selectOption('#pay-form select[name="test_card"]', 'pm_card_visa');
    await page.click('#pay-form button[type="submit"]');
    await page.waitForSelector('#payment-status[data-status="paid"]', { timeout: 15_000 });
    await shot(page, 'card-02-paid');

    // The admin refunds it from the panel; the customer's page follows.
    const admin = await browser.newContext();
    const panel = await admin.newPage();
    await panel.goto(`${dev.url}/admin.html`);
    await panel.fill('#login input[name="email"]', dev.vars.ADMIN_EMAIL!);
    await panel.fill('#login input[name="password"]', dev.vars.ADMIN_PASSWORD!);
    await panel.click('#login button');
    await panel.waitForSelector('#admin-tools:not([hidden])');
    await panel.fill('#refund-form input[name="order_id"]', String(orderId));
    await panel.click('#refund-form button');
    await panel.waitForFunction(() => /payment refunded/.test(document.getElementById('admin-status')?.textContent ?? ''));
    await page.waitForSelector('#payment-status[data-status="refunded"]', { timeout: 15_000 });
    await shot(page, 'card-03-refunded');
    await admin.close();
    await context.close();
  });

  it('a visitor picks euros, then yen: the prices on screen and the cart follow, and the pick sticks', async () => {
    const { context, page } = await visitor();
    await page.goto(`${store}/#/p/${plain.slug}`);
    await expectShown(page, `.detail[data-product-id="${plain.id}"]`);
    await page.waitForSelector('#market:not([hidden]) option[value="eu"]', { state: 'attached' });
    expect(await page.inputValue('#market')).toBe('us');
    await page.selectOption('#market', 'eu');
    await page.waitForFunction(() => document.getElementById('price')?.textContent?.includes('€'));
    await addToCart(page, plain, 1);
    await shot(page, 'market-01-euros');
    expect(await page.evaluate(() => localStorage.getItem('edge-commerce:market'))).toBe('eu');

    await page.selectOption('#market', 'jp');
    await page.click('#cart-link');
    await page.waitForSelector('#cart .line');
    await page.waitForFunction(() => /¥|￥/.test(document.getElementById('cart')?.textContent ?? ''));
    await shot(page, 'market-02-cart-in-yen');
    // The API agrees: the cart moved to the Japanese market.
    const token = await page.evaluate(() => localStorage.getItem('edge-commerce:cart_token'));
    const cart = (await (await fetch(`${dev.url}/api/cart`, { headers: { 'X-Cart-Token': token!, 'X-Market': 'jp' } })).json()) as { market: string; currency: string };
    expect(cart).toMatchObject({ market: 'jp', currency: 'JPY' });
    // A reload keeps the pick.
    await page.reload();
    await page.waitForSelector('#market:not([hidden])');
    expect(await page.inputValue('#market')).toBe('jp');
    await context.close();
  });

  it('loaded everything from the store, the API and the stand-ins (no CDN), with no error in the page', () => {
    expect(problems).toEqual([]);
    const allowed = new Set([store, dev.url, dev.stack.cloudinary.url, dev.stack.supabase.url, dev.stack.stripe!.url]);
    expect([...origins].filter((o) => !allowed.has(o))).toEqual([]);
    expect(origins.has(dev.url)).toBe(true);
    // The pages came from the second origin and the API calls went across to the Worker's.
    expect(store).not.toBe(dev.url);
    expect(origins.has(store)).toBe(true);
  });
});
