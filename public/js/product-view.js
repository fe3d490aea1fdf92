import { api } from './api.js';
import { h, money } from './dom.js';
import { watchStock } from './realtime.js';

let stopWatching = () => {};
let shown = 0;

/** Renders one product into `section` and keeps its stock live until another product is shown. */
export async function showProduct(section, idOrSlug) {
  stopWatching();
  stopWatching = () => {};
  const ticket = ++shown;
  section.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  let p;
  try {
    p = await api(`/api/products/${encodeURIComponent(idOrSlug)}`);
  } catch (err) {
    section.replaceChildren(h('a', { href: '#/' }, '← All products'), h('p', { class: 'status error' }, err.message));
    return null;
  }
  if (ticket !== shown) return null; // another product was opened meanwhile

  const stock = h('strong', { id: 'stock', 'data-testid': 'stock' }, String(p.stock_quantity));
  const label = h('span', { class: 'stock-label' }, availability(p.stock_quantity));
  const live = h('span', { id: 'live', class: 'live', 'data-state': 'connecting' }, 'connecting');
  const variantStock = new Map(p.variants.map((v) => [v.id, h('span', { class: 'qty' }, String(v.stock_quantity))]));
  const hero = p.images.find((i) => i.is_primary) ?? p.images[0];

  section.replaceChildren(
    h('a', { href: '#/' }, '← All products'),
    h(
      'article',
      { class: 'detail', 'data-product-id': p.id },
      hero ? h('img', { class: 'hero', src: hero.large_url, alt: hero.alt_text ?? p.name }) : h('span', { class: 'placeholder hero' }),
      h(
        'div',
        { class: 'info' },
        h('h2', {}, p.name),
        h('p', { class: 'price' }, money(p.price, p.currency)),
        h('p', { class: 'stock-line' }, 'Stock: ', stock, ' ', label, ' ', live),
        p.short_description && h('p', { class: 'lead' }, p.short_description),
        p.description && h('p', {}, p.description),
        p.variants.length > 0 &&
          h('ul', { class: 'variants' }, p.variants.map((v) => h('li', {}, `${v.name}: `, variantStock.get(v.id), ' left'))),
        h('ul', { id: 'product-images', class: 'thumbs' }, p.images.map(thumb)),
      ),
    ),
  );

  const stop = await watchStock(
    p.id,
    (change) => {
      if (change.product_id !== p.id) return;
      if (change.variant_id === null || change.variant_id === undefined) {
        stock.textContent = String(change.stock_quantity);
        label.textContent = availability(change.stock_quantity);
      } else {
        const qty = variantStock.get(change.variant_id);
        if (qty) qty.textContent = String(change.stock_quantity);
      }
    },
    (state) => {
      live.dataset.state = state;
      live.textContent = state;
    },
  );
  if (ticket === shown) stopWatching = stop;
  else stop();
  return p;
}

/** Shows newly attached images under the open product, if it is the one shown. */
export function showImages(section, productId, images) {
  const list = section.querySelector(`.detail[data-product-id="${productId}"] #product-images`);
  list?.replaceChildren(...images.map(thumb));
}

const availability = (quantity) => (quantity > 0 ? 'in stock' : 'out of stock');

function thumb(image) {
  return h('li', {}, h('img', { src: image.thumbnail_url, alt: image.alt_text ?? '', width: 75, height: 75, 'data-image-id': image.id }));
}
