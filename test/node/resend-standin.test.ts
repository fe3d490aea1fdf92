import { Resend } from 'resend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ResendStandin, startResendStandin } from '../../local/resend';

// Conformance: Resend's own SDK, unmodified, against the stand-in. The stand-in's clock is injected, so
// the 24-hour idempotency window and the per-second rate limit are driven, never waited for.
const KEY = 're_standin_test_key';
let clock = Date.parse('2026-11-25T10:00:00.000Z');
let standin: ResendStandin;
let limited: ResendStandin;

beforeAll(async () => {
  standin = await startResendStandin({ apiKeys: [KEY], now: () => clock });
  limited = await startResendStandin({ apiKeys: [KEY], now: () => clock, rateLimit: 2 });
});
afterAll(async () => {
  await standin?.close();
  await limited?.close();
});
beforeEach(() => {
  standin.reset();
  limited.reset();
});

const sdk = (key = KEY, url = standin.url) => new Resend(key, { baseUrl: url });
const MAIL = { from: 'Shop <orders@shop.example>', to: 'ada@example.com', subject: 'Your order', html: '<p>Thanks</p>', text: 'Thanks' };

async function raw(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${standin.url}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'test', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('resend SDK against the stand-in', () => {
  it('sends a mail: an id back, the mail in the inbox, and emails.get reads it', async () => {
    const { data, error } = await sdk().emails.send({ ...MAIL, tags: [{ name: 'category', value: 'transactional' }] });
    expect(error).toBeNull();
    expect(data?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(standin.inbox()).toEqual([expect.objectContaining({ id: data!.id, from: MAIL.from, to: ['ada@example.com'], subject: 'Your order', html: '<p>Thanks</p>', text: 'Thanks', tags: [{ name: 'category', value: 'transactional' }] })]);
    const got = await sdk().emails.get(data!.id);
    expect(got.error).toBeNull();
    expect(got.data).toMatchObject({ object: 'email', id: data!.id, subject: 'Your order', to: ['ada@example.com'], last_event: 'delivered' });
    const missing = await sdk().emails.get('00000000-0000-4000-8000-000000000000');
    expect(missing.error).toMatchObject({ statusCode: 404, name: 'not_found' });
  });

  it('refuses keys: 401 missing_api_key without one, 403 invalid_api_key for an unknown one', async () => {
    const noKey = await raw('/emails', { body: MAIL });
    expect(noKey).toMatchObject({ status: 401, body: { statusCode: 401, name: 'missing_api_key' } });
    const { data, error } = await sdk('re_wrong_key').emails.send(MAIL);
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' });
    const noAgent = await fetch(`${standin.url}/emails`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', 'user-agent': '' }, body: JSON.stringify(MAIL) });
    expect(noAgent.status).toBe(403);
    expect(standin.inbox()).toEqual([]);
  });

  it.each([
    ['to', { ...MAIL, to: undefined }, 'Missing `to` field'],
    ['to', { ...MAIL, to: 'not-an-address' }, 'Invalid `to` field'],
    ['to', { ...MAIL, to: Array.from({ length: 51 }, (_, i) => `u${i}@example.com`) }, 'Invalid `to` field'],
    ['from', { ...MAIL, from: undefined }, 'Missing `from` field'],
    ['from', { ...MAIL, from: 'Shop <not an address>' }, 'Invalid `from` field'],
    ['subject', { ...MAIL, subject: undefined }, 'Missing `subject` field'],
    ['html', { ...MAIL, html: undefined, text: undefined }, 'Missing `html` or `text` field'],
    ['tags', { ...MAIL, tags: [{ name: 'has space', value: 'x' }] }, 'Invalid `tags` field'],
    ['reply_to', { ...MAIL, replyTo: 'nope' }, 'Invalid `reply_to` field'],
  ])('422 validation_error naming `%s`', async (_field, mail, message) => {
    const { data, error } = await sdk().emails.send(mail as never);
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(error!.message).toContain(message);
    expect(standin.inbox()).toEqual([]);
  });

  it('an idempotency key answers the first answer for 24 hours and sends once', async () => {
    const first = await sdk().emails.send(MAIL, { idempotencyKey: 'order.created/evt_1' });
    const again = await sdk().emails.send(MAIL, { idempotencyKey: 'order.created/evt_1' });
    expect(again.data).toEqual(first.data);
    expect(standin.inbox()).toHaveLength(1);

    const other = await sdk().emails.send({ ...MAIL, subject: 'Something else' }, { idempotencyKey: 'order.created/evt_1' });
    expect(other.error).toMatchObject({ statusCode: 409, name: 'invalid_idempotent_request' });
    const tooLong = await sdk().emails.send(MAIL, { idempotencyKey: 'k'.repeat(257) });
    expect(tooLong.error).toMatchObject({ statusCode: 400, name: 'invalid_idempotency_key' });
    // A refused request claims nothing: the key works once the body is fixed.
    const refused = await sdk().emails.send({ ...MAIL, to: 'bad' }, { idempotencyKey: 'fresh-key' });
    expect(refused.error?.name).toBe('validation_error');
    expect((await sdk().emails.send(MAIL, { idempotencyKey: 'fresh-key' })).data?.id).toBeTruthy();

    clock += 24 * 3600 * 1000 + 1;
    const later = await sdk().emails.send(MAIL, { idempotencyKey: 'order.created/evt_1' });
    expect(later.data?.id).not.toBe(first.data?.id);
    expect(standin.inbox()).toHaveLength(3);
  });

  it('rate limits per second when configured: 429 rate_limit_exceeded with the limit headers', async () => {
    const client = sdk(KEY, limited.url);
    expect((await client.emails.send(MAIL)).error).toBeNull();
    expect((await client.emails.send(MAIL)).error).toBeNull();
    const third = await client.emails.send(MAIL);
    expect(third.error).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' });
    expect(third.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-limit': '2', 'ratelimit-remaining': '0' });
    clock += 1000;
    expect((await client.emails.send(MAIL)).error).toBeNull();
    expect(limited.inbox()).toHaveLength(3);
  });

  it('fails on demand, then recovers (fault switch)', async () => {
    standin.setFault({ kind: 'fail', status: 500, times: 1 });
    expect((await sdk().emails.send(MAIL)).error).toMatchObject({ statusCode: 500 });
    expect((await sdk().emails.send(MAIL)).error).toBeNull();
  });

  it('sends batches, strict by default and permissive when asked', async () => {
    const ok = await sdk().batch.send([MAIL, { ...MAIL, to: 'grace@example.com' }]);
    expect(ok.error).toBeNull();
    expect(ok.data?.data).toHaveLength(2);
    const strict = await sdk().batch.send([MAIL, { ...MAIL, to: 'bad' }]);
    expect(strict.error).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(strict.error!.message).toContain('emails[1]');
    const permissive = await sdk().batch.send([MAIL, { ...MAIL, to: 'bad' }], { batchValidation: 'permissive' });
    expect(permissive.data).toMatchObject({ data: [{ id: expect.any(String) }], errors: [{ index: 1 }] });
    expect(standin.inbox()).toHaveLength(3);
  });

  it('answers unknown paths 404 and wrong methods 405, in the vendor shape', async () => {
    expect(await raw('/domains-nope', { method: 'GET', headers: { authorization: `Bearer ${KEY}` } })).toMatchObject({ status: 404, body: { name: 'not_found' } });
    expect(await raw('/emails', { method: 'GET', headers: { authorization: `Bearer ${KEY}` } })).toMatchObject({ status: 405, body: { name: 'method_not_allowed' } });
  });

  it('shows the inbox as JSON and as a page with the links to follow, content escaped', async () => {
    await sdk().emails.send({ ...MAIL, subject: '<script>x</script>', text: 'Confirm: https://shop.example/verify-email?token=abc' });
    await sdk().emails.send({ ...MAIL, to: 'grace@example.com' });
    const json = (await (await fetch(`${standin.url}/__standin/inbox?to=ada@example.com`)).json()) as { data: { subject: string }[] };
    expect(json.data.map((m) => m.subject)).toEqual(['<script>x</script>']);
    const page = await (await fetch(`${standin.url}/`)).text();
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toContain('<script>x');
    expect(page).toContain('<a href="https://shop.example/verify-email?token=abc"');
  });
});
