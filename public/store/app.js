import { accountView } from './account/account-view.js';
import { signInView, signUpView } from './account/auth-views.js';
import { loadCart, onCartChange, setQuantity } from './cart/cart-state.js';
import { cartView } from './cart/cart-view.js';
import { categoryTitle, loadCategories } from './catalog/categories.js';
import { collectionView } from './catalog/collections.js';
import { productView } from './catalog/product.js';
import { attachSuggest } from './catalog/suggest.js';
import { categoryView, homeView, searchView } from './catalog/views.js';
import { checkoutView } from './checkout/checkout-view.js';
import { h } from './lib/dom.js';
import { marketSwitcher } from './lib/market.js';
import { go, refresh, route, start } from './lib/router.js';
import { apiBase, onSessionChange, shop } from './lib/shop.js';
import { lookupView } from './orders/lookup-view.js';
import { orderView } from './orders/order-view.js';

// The example store: one page, hash routes, the API through the client package.

route('/', homeView);
route('/c/:name', categoryView);
route('/collections/:handle', collectionView);
route('/search', searchView);
route('/p/:slug', productView);
route('/cart', cartView);
route('/checkout', checkoutView);
route('/order/:id', orderView);
route('/lookup', lookupView);
route('/signin', signInView);
route('/signup', signUpView);
route('/account', accountView);

const $ = (id) => document.getElementById(id);

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
  go(`/search?q=${encodeURIComponent(q)}`);
});

attachSuggest(document.getElementById('search'));

// The search box shows the query of the results on screen, and nothing elsewhere.
window.addEventListener('hashchange', () => {
  if (!location.hash.startsWith('#/search')) document.querySelector('#search input[name="q"]').value = '';
});

onCartChange((cart) => {
  $('cart-count').textContent = String(cart.item_count);
  $('cart-link').setAttribute('aria-label', `Cart, ${cart.item_count} item${cart.item_count === 1 ? '' : 's'}`);
});

function showAccount(session) {
  $('account-link').textContent = session ? (session.user.first_name ?? 'Account') : 'Sign in';
  $('account-link').href = session ? '#/account' : '#/signin';
}
onSessionChange(showAccount);

// The reference lives with the API, which may be on another origin than this page.
$('docs-link').href = `${apiBase}/docs`;

// A new market re-prices what is on screen, and the cart: a change to the cart made in the new market
// moves it there (checkout refuses a cart priced in another market).
async function marketPicked(handle) {
  const cart = await loadCart().catch(() => null);
  const line = cart?.items[0];
  if (line && cart.market !== handle) await setQuantity(line.id, line.quantity).catch(() => {});
  await refresh();
}

void shop.session().then(showAccount);
void marketSwitcher($('market'), marketPicked);
void loadCategories().then((list) => $('categories').replaceChildren(...list.map((c) => h('a', { href: c.href }, categoryTitle(c.name)))));
void loadCart().catch(() => {});
void start($('view'));
