// The pages the account mails link to (APP_URL/verify-email and APP_URL/reset-password): they hand the
// link's token to the API.
import { api } from './api.js';

const main = document.querySelector('main.account-link');
const status = document.getElementById('account-status');
const token = new URLSearchParams(location.search).get('token');

function say(text) {
  status.textContent = text;
}

if (!token) {
  say('This link has no token. Open the link from the mail again.');
} else if (main.dataset.action === 'verify') {
  api('/api/users/verify', { method: 'POST', body: { token } })
    .then((user) => say(`Thank you: ${user.email} is confirmed.`))
    .catch((err) => say(`This link did not work: ${err.message}`));
} else {
  const form = document.getElementById('reset-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const password = new FormData(form).get('new_password');
    api('/api/users/password/reset', { method: 'POST', body: { token, new_password: password } })
      .then(() => {
        form.hidden = true;
        say('Your password is changed, and every session signed out. Sign in with the new one.');
      })
      .catch((err) => say(`This link did not work: ${err.message}`));
  });
}
