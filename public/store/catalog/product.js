import { addToCart } from '../cart/cart-state.js';
import { h, money, say } from '../lib/dom.js';
import { liveBadge, watchStock } from '../lib/live.js';
import { shop, unwrap } from '../lib/shop.js';
import { categoryDetail, categoryHref, categorySlugOf, categoryTitle } from './categories.js';

/**
 * `#/p/<slug>`: pictures, price, the variant picker (one select per option, e.g. size and colour), the
 * quantity, "Add to cart", and the stock kept live over Realtime while the page is open.
 */
export async function productView({ slug }, _query, view) {
  const p = await unwrap(shop.api.GET('/api/products/{id_or_slug}', { params: { path: { id_or_slug: slug } } }));
  const variants = p.variants.filter((v) => v.is_active);
  const optionNames = [...new Set(variants.flatMap((v) => Object.keys(v.options)))];
  const hero = p.images.find((i) => i.is_primary) ?? p.images[0];
  const heroImg = hero ? h('img', { class: 'hero', src: hero.large_url, alt: hero.alt_text ?? p.name }) : h('span', { class: 'placeholder hero' });

  const price = h('p', { class: 'price', id: 'price' });
  const stock = h('strong', { id: 'stock', 'data-testid': 'stock' });
  const stockLabel = h('span', {});
  const stockLine = h('p', { class: 'stock-line' }, stock, stockLabel);
  const live = liveBadge('live');
  const status = h('p', { id: 'add-status', class: 'status', role: 'status' });
  const qty = h('input', { type: 'number', name: 'quantity', min: 1, max: 999, value: 1, 'aria-label': 'Quantity' });
  const selects = optionNames.map((name) =>
    h(
      'label',
      {},
      `${name.charAt(0).toUpperCase()}${name.slice(1)} `,
      h('select', { name: `option:${name}` }, h('option', { value: '' }, 'Choose…'), [...new Set(variants.map((v) => v.options[name]).filter(Boolean))].map((value) => h('option', { value }, value))),
    ),
  );
  const form = h('form', { id: 'add-form', class: 'buy' }, selects, h('label', {}, 'Quantity ', qty), h('button', { type: 'submit' }, 'Add to cart'), status);

  /** The variant matching every chosen option, or null. */
  const chosen = () => {
    const picks = Object.fromEntries(optionNames.map((n) => [n, form.elements.namedItem(`option:${n}`).value]));
    return variants.find((v) => optionNames.every((n) => (v.options[n] ?? '') === picks[n])) ?? null;
  };
  const levels = new Map(variants.map((v) => [v.id, v.stock_quantity]));
  let productStock = p.stock_quantity;
  const refresh = () => {
    const v = variants.length ? chosen() : null;
    const amount = v ? v.effective_price : p.price;
    price.replaceChildren(money(amount, p.currency), p.compare_at_price > amount ? h('s', { class: 'was' }, money(p.compare_at_price, p.currency)) : '');
    const level = variants.length ? (v ? levels.get(v.id) : null) : productStock;
    stock.textContent = level === null ? '' : String(level);
    stockLine.dataset.level = level === null ? 'choose' : level > 0 ? 'in' : 'out';
    stockLabel.textContent = level === null ? 'Choose an option to see its stock' : level > 0 ? ' in stock' : ' out of stock';
  };
  form.addEventListener('change', refresh);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = variants.length ? chosen() : null;
    if (variants.length && !v) return say(status, 'Choose an option first.', true);
    try {
      say(status, 'Adding…');
      const cart = await addToCart({ product_id: p.id, variant_id: v?.id ?? null, quantity: Number(qty.value) || 1 });
      status.replaceChildren(`Added. ${cart.item_count} item${cart.item_count === 1 ? '' : 's'} in your cart · `, h('a', { href: '#/cart', id: 'to-cart' }, 'View cart'));
      status.classList.remove('error');
    } catch (err) {
      say(status, err, true);
    }
  });

  // The breadcrumb names the product's category at once, and its ancestors once the tree answers.
  const crumbs = h('p', { class: 'crumbs', id: 'crumbs' }, h('a', { href: '#/' }, 'Home'), p.category ? [' / ', h('a', { href: categoryHref(categorySlugOf(p.category)) }, categoryTitle(p.category))] : '', ' / ', p.name);
  if (p.category) {
    void categoryDetail(categorySlugOf(p.category)).then((c) => {
      if (!c) return;
      const trail = [...c.breadcrumb, c].flatMap((x) => [' / ', h('a', { href: categoryHref(x.slug) }, categoryTitle(x.name))]);
      crumbs.replaceChildren(h('a', { href: '#/' }, 'Home'), ...trail, ' / ', p.name);
    });
  }
  view.replaceChildren(
    crumbs,
    h(
      'article',
      { class: 'detail', 'data-product-id': p.id },
      h('div', { class: 'gallery' }, heroImg, p.images.length > 1 && h('ul', { class: 'thumbs', id: 'product-images' }, p.images.map((img) => h('li', {}, h('button', { type: 'button', class: 'thumb', onclick: () => { heroImg.src = img.large_url; } }, h('img', { src: img.thumbnail_url, alt: img.alt_text ?? '', width: 75, height: 75, 'data-image-id': img.id })))))),
      h(
        'div',
        { class: 'info' },
        p.brand && h('p', { class: 'brand' }, p.brand),
        h('h1', {}, p.name),
        price,
        h('div', { class: 'stock-row' }, stockLine, live.el),
        p.short_description && h('p', { class: 'lead' }, p.short_description),
        form,
        p.description && h('div', { class: 'description' }, p.description.split(/\n{2,}/).map((para) => h('p', {}, para))),
        variants.length > 0 && h('ul', { class: 'variants' }, variants.map((v) => h('li', { 'data-variant-id': v.id }, `${v.name}: `, h('span', { class: 'qty' }, String(v.stock_quantity)), ' left'))),
      ),
    ),
  );
  refresh();

  return watchStock(
    p.id,
    (change) => {
      if (change.product_id !== p.id) return;
      if (change.variant_id === null || change.variant_id === undefined) productStock = change.stock_quantity;
      else {
        levels.set(change.variant_id, change.stock_quantity);
        const cell = view.querySelector(`[data-variant-id="${change.variant_id}"] .qty`);
        if (cell) cell.textContent = String(change.stock_quantity);
      }
      refresh();
    },
    live.set,
  );
}
