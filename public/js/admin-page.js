import { API_BASE } from '../config.js';
import { initAdmin, selectProduct } from './admin.js';

// The admin page: `/admin.html?product=<id>` opens with that product in its forms.
document.getElementById('docs-link').href = `${API_BASE}/docs`;
initAdmin({ onImages: () => {} });
const product = Number(new URLSearchParams(location.search).get('product'));
if (product > 0) selectProduct(product);
