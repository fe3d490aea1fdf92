import { API_BASE } from '../config.js';
import { initAdmin, selectProduct } from './admin.js';
import { findProducts, renderGrid } from './catalog.js';
import { showImages, showProduct } from './product-view.js';

// Hash routes: `#/` is the grid, `#/product/<id or slug>` the product view.
const catalog = document.getElementById('catalog');
const product = document.getElementById('product');
const status = document.getElementById('catalog-status');

async function loadGrid(q = '') {
  status.textContent = q ? `Searching for “${q}”…` : 'Loading…';
  status.classList.remove('error');
  try {
    const { items, source } = await findProducts(q);
    renderGrid(document.getElementById('grid'), items);
    status.textContent = `${items.length} product${items.length === 1 ? '' : 's'} · ${source}`;
  } catch (err) {
    status.textContent = `Could not load products: ${err.message}`;
    status.classList.add('error');
  }
}

async function route() {
  const match = /^#\/product\/([\w-]+)$/.exec(location.hash);
  catalog.hidden = Boolean(match);
  product.hidden = !match;
  if (!match) return;
  const shown = await showProduct(product, match[1]);
  if (shown) selectProduct(shown.id);
}

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
  if (location.hash.startsWith('#/product/')) location.hash = '#/';
  void loadGrid(q);
});

// The reference lives with the API, which may be on another origin than this page.
document.getElementById('docs-link').href = `${API_BASE}/docs`;
initAdmin({ onImages: (productId, images) => showImages(product, productId, images) });
window.addEventListener('hashchange', route);
void loadGrid();
void route();
