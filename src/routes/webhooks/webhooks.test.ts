import { describe, expect, it } from 'vitest';
import { hexDigest } from '../../lib/hash';
import { api, testEnv } from '../../../test/worker/helpers';

async function send(body: string, timestamp: number, secret = testEnv.CLOUDINARY_API_SECRET!, signature?: string) {
  const sig = signature ?? (await hexDigest('SHA-1', body + timestamp + secret));
  return api('/api/webhooks/cloudinary', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Cld-Timestamp': String(timestamp), 'X-Cld-Signature': sig },
    body,
  });
}

describe('POST /api/webhooks/cloudinary', () => {
  const body = JSON.stringify({ notification_type: 'upload', public_id: 'products/abc', version: 1 });
  const now = Math.floor(Date.now() / 1000);

  it('accepts a correctly signed, fresh notification', async () => {
    const res = await send(body, now);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true });
  });

  it('rejects a bad signature, a tampered body, a missing signature and a timestamp over 2 hours old', async () => {
    expect((await send(body, now, 'wrong-secret')).status).toBe(401);
    const sig = await hexDigest('SHA-1', body + now + testEnv.CLOUDINARY_API_SECRET);
    expect((await send(body.replace('abc', 'xyz'), now, undefined, sig)).status).toBe(401);
    expect((await send(body, now, undefined, '')).status).toBe(401);
    const old = await send(body, now - 2 * 3600 - 60);
    expect(old.status).toBe(401);
    expect(((await old.json()) as any).error.code).toBe('invalid_signature');
    expect((await send(body, now - 2 * 3600 + 60)).status).toBe(200);
  });
});
