import { loadCart } from '../cart/cart-state.js';
import { busy, fields, h, say } from '../lib/dom.js';
import { go } from '../lib/router.js';
import { shop } from '../lib/shop.js';

/** Where to go after signing in: `?next=/checkout`, only paths of this store. */
const nextPath = (query) => (/^\/[\w/-]*$/.test(query.get('next') ?? '') ? query.get('next') : '/account');

function authForm(id, inputs, submit, onSubmit) {
  const status = h('p', { id: `${id}-status`, class: 'status', role: 'status' });
  const form = h('form', { id, class: 'stack narrow' }, inputs, h('button', { type: 'submit' }, submit), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(form, async () => {
      try {
        await onSubmit(fields(form));
      } catch (err) {
        say(status, err, true);
      }
    });
  });
  return form;
}

/** `#/signin`: signing in hands the guest cart token to the API, which merges the guest cart into the account's. */
export async function signInView(_params, query, view) {
  if (await shop.session()) return go(nextPath(query));
  const form = authForm(
    'signin-form',
    [
      h('label', {}, 'Email', h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username', maxlength: 254 })),
      h('label', {}, 'Password', h('input', { name: 'password', type: 'password', required: true, autocomplete: 'current-password', maxlength: 256 })),
    ],
    'Sign in',
    async (body) => {
      await shop.signIn(body);
      await loadCart();
      go(nextPath(query));
    },
  );
  view.replaceChildren(h('h1', {}, 'Sign in'), form, h('p', {}, 'New here? ', h('a', { href: `#/signup${query.size ? `?${query}` : ''}` }, 'Create an account')));
}

/** `#/signup`: creates the account and signs in; the guest cart joins it on the next cart call. */
export async function signUpView(_params, query, view) {
  if (await shop.session()) return go(nextPath(query));
  const form = authForm(
    'signup-form',
    [
      h('label', {}, 'First name', h('input', { name: 'first_name', autocomplete: 'given-name', maxlength: 100 })),
      h('label', {}, 'Email', h('input', { name: 'email', type: 'email', required: true, autocomplete: 'email', maxlength: 254 })),
      h('label', {}, 'Password (10 characters or more)', h('input', { name: 'password', type: 'password', required: true, minlength: 10, autocomplete: 'new-password', maxlength: 256 })),
    ],
    'Create account',
    async (body) => {
      await shop.signUp(body);
      await loadCart();
      go(nextPath(query));
    },
  );
  view.replaceChildren(h('h1', {}, 'Create an account'), form, h('p', {}, 'Have one? ', h('a', { href: `#/signin${query.size ? `?${query}` : ''}` }, 'Sign in')));
}
