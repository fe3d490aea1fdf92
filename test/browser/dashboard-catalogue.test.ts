import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/dev-vars';
import { type DevStack, startDevStack } from './dev-stack';

// The dashboard's Catalogue tab in headless Chromium against the dev stack: an admin creates a category and a
// child, is refused deleting the parent while it has the child, moves the child to the top level and renames it,
// and creates a manual collection with a product and an automatic one with rules. Each change is checked
// through the public API. Screenshots go to test-results/.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RESULTS = resolve(ROOT, 'test-results');

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('dashboard catalogue in Chromium', () => {
  let dev: DevStack;
  let browser: Browser;
  let page: Page;
  let product: { id: number; brand: string | null; stock_quantity: number };
  const stamp = Date.now().toString(36);
  const problems: string[] = [];

  const get = async (path: string) => {
    const res = await fetch(`${dev.url}${path}`);
    const body = (await res.json()) as any;
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
  const categories = async () => (await get('/api/categories')).data as { id: number; name: string; slug: string; parent_id: number | null; depth: number }[];
  /** Waits for the status line to read `text`; fails with what it says and the page's errors instead. */
  const status = async (text: string, error = false) => {
    await page.waitForFunction(([t, e]) => {
      const el = document.getElementById('status')!;
      return el.textContent!.includes(t as string) && el.classList.contains('error') === e;
    }, [text, error] as const, { timeout: 10_000 }).catch(async (err) => {
      throw new Error(`${err.message}; want "${text}"; status: ${await page.textContent('#status')}; problems: ${problems.join(' | ')}`);
    });
  };

  beforeAll(async () => {
    dev = await startDevStack({ products: 6 });
    const products = await get('/api/products?limit=20');
    product = products.data.find((p: any) => p.stock_quantity > 0 && p.brand);

    await mkdir(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // The refused delete below is a 409 by design; Chromium logs every non-2xx fetch.
      if (m.text().includes('409')) return;
      problems.push(`console: ${m.text()} (${m.location().url})`);
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });

  it('signs in and opens the catalogue', async () => {
    await page.goto(`${dev.url}/admin/`);
    await page.fill('#sign-in input[name=email]', dev.vars.ADMIN_EMAIL!);
    await page.fill('#sign-in input[name=password]', dev.vars.ADMIN_PASSWORD!);
    await page.click('#sign-in button[type=submit]');
    await page.click('[data-tab=catalogue]');
    await page.waitForSelector('#categories-table tbody tr');
    await page.waitForSelector('#collections-table tr[data-handle=staff-picks]');
  });

  it('creates a category and a child, refuses to delete the parent, moves the child to the top and renames it', async () => {
    const parentName = `Dash parent ${stamp}`;
    const childName = `Dash child ${stamp}`;
    await page.fill('#category-form input[name=name]', parentName);
    await page.click('#category-form button[type=submit]');
    await status(`Category ${parentName} created.`);
    const parent = (await categories()).find((c) => c.name === parentName)!;
    expect(parent).toMatchObject({ parent_id: null, depth: 0 });

    await page.waitForSelector(`#category-form select[name=parent_id] option[value="${parent.id}"]`, { state: 'attached' });
    await page.fill('#category-form input[name=name]', childName);
    await page.selectOption('#category-form select[name=parent_id]', String(parent.id));
    await page.click('#category-form button[type=submit]');
    await status(`Category ${childName} created.`);
    const child = (await categories()).find((c) => c.name === childName)!;
    expect(child).toMatchObject({ parent_id: parent.id, depth: 1 });

    // The API refuses while the parent has a child; its message reaches the status line.
    await page.click(`#categories-table tr[data-category="${parent.slug}"] button[data-action=delete]`);
    await status('still has subcategories', true);
    expect((await categories()).some((c) => c.id === parent.id)).toBe(true);

    const row = `#categories-table tr[data-category="${child.slug}"]`;
    await page.waitForSelector(`${row}[data-depth="1"]`);
    await page.selectOption(`${row} select`, '');
    await page.click(`${row} button[data-action=move]`);
    await status(`${childName} moved.`);
    await page.waitForSelector(`${row}[data-depth="0"]`);
    expect((await categories()).find((c) => c.id === child.id)).toMatchObject({ parent_id: null, depth: 0 });

    page.once('dialog', (d) => void d.accept(`${childName} renamed`));
    await page.click(`${row} button[data-action=rename]`);
    await status(`Renamed to ${childName} renamed.`);
    expect((await categories()).find((c) => c.id === child.id)).toMatchObject({ name: `${childName} renamed`, parent_id: null });
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-categories.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('creates a manual collection with a product and an automatic one with rules', async () => {
    await page.fill('#collection-form input[name=title]', `Dash picks ${stamp}`);
    await page.fill('#collection-form input[name=product_ids]', String(product.id));
    await page.click('#collection-form button[type=submit]');
    await status(`Collection Dash picks ${stamp} created`);
    const manual = `dash-picks-${stamp}`;
    await page.waitForSelector(`#collections-table tr[data-handle="${manual}"]`);
    expect((await get(`/api/collections/${manual}/products`)).data.map((p: any) => p.id)).toEqual([product.id]);

    await page.fill('#collection-form input[name=title]', `Dash brand ${stamp}`);
    await page.selectOption('#collection-form select[name=kind]', 'automatic');
    await page.fill('#collection-form input[name=brand]', product.brand!);
    await page.selectOption('#collection-form select[name=in_stock]', 'true');
    await page.click('#collection-form button[type=submit]');
    await status(`Collection Dash brand ${stamp} created`);
    const automatic = `dash-brand-${stamp}`;
    await page.waitForSelector(`#collections-table tr[data-handle="${automatic}"]`);
    expect((await get(`/api/collections/${automatic}`)).rules).toEqual({ brand: product.brand, in_stock: true });
    const matched = (await get(`/api/collections/${automatic}/products?limit=100`)).data;
    expect(matched.map((p: any) => p.id)).toContain(product.id);
    expect(matched.every((p: any) => p.brand === product.brand && p.stock_quantity > 0)).toBe(true);

    // Switched off, it leaves the public list; the dashboard still lists it.
    await page.click(`#collections-table tr[data-handle="${automatic}"] button[data-action=toggle]`);
    await status(`Dash brand ${stamp} is off.`);
    expect((await get('/api/collections?limit=100')).data.map((c: any) => c.handle)).not.toContain(automatic);
    expect(await page.textContent(`#collections-table tr[data-handle="${automatic}"] .active-cell`)).toBe('no');
    await page.screenshot({ path: resolve(RESULTS, 'dashboard-collections.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
