import { api } from './api.js';
import { h } from '../store/lib/dom.js';

// The admin panel: sign in, upload an image straight from the browser to Cloudinary with the
// parameters the API signed, attach the upload to a product, and edit stock. The access token lives
// in sessionStorage: this tab only, gone when it closes.

const KEY = 'edge-commerce.admin';
const $ = (id) => document.getElementById(id);

function session() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

function showSignedIn() {
  const s = session();
  $('login').hidden = Boolean(s);
  $('admin-tools').hidden = !s;
  $('admin-email').textContent = s?.email ?? '';
}

function say(id, text, error = false) {
  $(id).textContent = text;
  $(id).classList.toggle('error', error);
}

/** Calls the API as the signed-in admin; an expired token signs the panel out. */
async function asAdmin(path, options) {
  try {
    return await api(path, { ...options, token: session()?.token });
  } catch (err) {
    if (err.status === 401) {
      sessionStorage.removeItem(KEY);
      showSignedIn();
      say('login-status', 'Your session expired: sign in again.', true);
    }
    throw err;
  }
}

/** The browser's half of a signed direct upload: the file goes to Cloudinary, never through the API. */
async function uploadToCloudinary(productId, file) {
  const sig = await asAdmin('/api/uploads/signature', { method: 'POST', body: { product_id: productId } });
  const form = new FormData();
  for (const key of ['api_key', 'timestamp', 'signature', 'folder', 'public_id', 'allowed_formats']) form.set(key, String(sig[key]));
  form.set('file', file);
  const res = await fetch(sig.upload_url, { method: 'POST', body: form });
  const result = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`Cloudinary refused the upload: ${result.error?.message ?? res.status}`);
  return result;
}

/** Wires the panel; `onImages(productId, images)` runs after an upload is attached. */
export function initAdmin({ onImages }) {
  showSignedIn();

  $('login').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    say('login-status', 'Signing in…');
    try {
      const auth = await api('/api/users/login', { method: 'POST', body: { email: form.get('email'), password: form.get('password') } });
      if (!auth.user.is_admin) throw new Error('This account is not an admin.');
      sessionStorage.setItem(KEY, JSON.stringify({ token: auth.access_token, email: auth.user.email }));
      say('login-status', '');
      showSignedIn();
    } catch (err) {
      say('login-status', err.message, true);
    }
  });

  $('logout').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    showSignedIn();
  });

  $('upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const productId = Number(form.get('product_id'));
    const file = form.get('file');
    const alt = String(form.get('alt_text') ?? '').trim();
    try {
      say('admin-status', 'Uploading to Cloudinary…');
      const upload = await uploadToCloudinary(productId, file);
      say('admin-status', 'Attaching to the product…');
      // The API verifies Cloudinary's signature on this result before it stores the image.
      const { images } = await asAdmin(`/api/products/${productId}/images`, {
        method: 'POST',
        body: { ...upload, ...(alt ? { alt_text: alt } : {}) },
      });
      const added = images.find((i) => i.public_id === upload.public_id) ?? images.at(-1);
      $('uploaded').prepend(h('li', {}, h('img', { src: added.thumbnail_url, alt: added.alt_text ?? '', width: 75, height: 75, 'data-image-id': added.id })));
      say('admin-status', `Image ${added.id} attached to product ${productId}.`);
      onImages(productId, images);
    } catch (err) {
      say('admin-status', err.message, true);
    }
  });

  $('stock-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const productId = Number(form.get('product_id'));
    try {
      const p = await asAdmin(`/api/products/${productId}`, { method: 'PUT', body: { stock_quantity: Number(form.get('stock_quantity')) } });
      say('admin-status', `Stock of ${p.name}: ${p.stock_quantity}.`);
    } catch (err) {
      say('admin-status', err.message, true);
    }
  });

  $('payment-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const orderId = Number(form.get('order_id'));
    try {
      // The payment ledger takes the change; the customer's order page shows it live.
      const order = await asAdmin(`/api/orders/${orderId}/payment`, { method: 'PUT', body: { payment_status: 'paid', payment_id: String(form.get('payment_id')).trim() } });
      say('admin-status', `Order ${order.order_number} is ${order.payment_status}.`);
    } catch (err) {
      say('admin-status', err.message, true);
    }
  });

  $('refund-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const orderId = Number(form.get('order_id'));
    const amount = String(form.get('amount') ?? '').trim();
    const body = { reason: 'requested_by_customer', restock: form.get('restock') === 'on', ...(amount ? { amount: Number(amount) } : {}) };
    try {
      // One key per refund asked for: a retried request never refunds twice.
      const key = crypto.randomUUID();
      const order = await asAdmin(`/api/orders/${orderId}/refunds`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
      say('admin-status', `Order ${order.order_number}: ${order.payment?.amount_refunded ?? 0} refunded, payment ${order.payment_status}.`);
    } catch (err) {
      say('admin-status', err.message, true);
    }
  });
}

/** Points the panel's forms at the product being viewed. */
export function selectProduct(productId) {
  for (const form of ['upload', 'stock-form']) $(form).elements.namedItem('product_id').value = String(productId);
}
