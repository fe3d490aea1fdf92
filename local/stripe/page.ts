import type { IncomingMessage, ServerResponse } from 'node:http';
import { StripeError } from './errors';
import type { Payments } from './payments';

// The 3-D Secure step a bank shows (Stripe's `next_action.redirect_to_url`): the page passes or fails
// the check, then sends the browser back to the shop's return_url with Stripe's query parameters.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function actionPage(req: IncomingMessage, res: ServerResponse, url: URL, payments: Payments, readBody: (r: IncomingMessage) => Promise<string>): Promise<void> {
  const intentId = decodeURIComponent(url.pathname.slice('/__standin/3ds/'.length));
  const pi = payments.intent(intentId);
  if (req.method === 'GET') {
    const returnUrl = url.searchParams.get('return_url') ?? '';
    const form = (outcome: string, label: string) =>
      `<form method="post"><input type="hidden" name="outcome" value="${outcome}"><input type="hidden" name="return_url" value="${escape(returnUrl)}"><button id="${outcome}" type="submit">${label}</button></form>`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authenticate payment</title></head><body>
<h1>3-D Secure test page</h1><p>Payment ${escape(pi.id)}: ${pi.amount} ${escape(pi.currency.toUpperCase())}</p>
${form('complete', 'Complete authentication')}${form('fail', 'Fail authentication')}</body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return void res.end(html);
  }
  if (req.method !== 'POST') throw new StripeError(404, 'invalid_request_error', 'Unrecognized request URL');
  const form = new URLSearchParams(await readBody(req));
  const after = payments.authenticate(intentId, form.get('outcome') === 'complete');
  const back = form.get('return_url');
  if (!back) {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end(`PaymentIntent ${after.id} is ${after.status}`);
  }
  const target = new URL(back);
  target.searchParams.set('payment_intent', after.id);
  target.searchParams.set('payment_intent_client_secret', after.client_secret);
  target.searchParams.set('redirect_status', after.status === 'requires_payment_method' ? 'failed' : 'succeeded');
  res.writeHead(303, { location: target.toString() });
  res.end();
}
