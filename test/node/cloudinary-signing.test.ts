import { describe, expect, it } from 'vitest';
import cloudinary from 'cloudinary';
import { Cloudinary } from '../../src/clients/cloudinary';
import { Timing } from '../../src/lib/timing';

// The Worker signs with Web Crypto; the cloudinary SDK (dev only) is the reference it must match.
const secret = 'abcd1234-secret';
const client = new Cloudinary(
  { cloudName: 'demo', apiKey: '1234', apiSecret: secret, apiBase: 'https://api.cloudinary.com', deliveryBase: 'https://res.cloudinary.com' },
  new Timing(),
);

describe("Cloudinary signing matches the SDK's", () => {
  const cases: Record<string, string | number | boolean | string[]>[] = [
    { timestamp: 1764057600, folder: 'products', public_id: 'abc', allowed_formats: 'jpg,png,webp,avif' },
    { timestamp: 1764057600, tags: ['a', 'b'], context: 'alt=Side & back|caption=x', eager: 'c_fit,w_400' },
    { timestamp: 1, public_id: 'x', invalidate: true, notification_url: 'https://example.com/hook?a=1&b=2' },
  ];

  it('signs upload parameters exactly as utils.api_sign_request', async () => {
    for (const params of cases) {
      expect(await client.sign(params)).toBe(cloudinary.v2.utils.api_sign_request({ ...params }, secret));
    }
  });

  it('verifies upload results as utils.verify_api_response_signature does', async () => {
    const version = 1764057601;
    const signature = cloudinary.v2.utils.api_sign_request({ public_id: 'products/abc', version }, secret);
    expect(await client.verifyUploadResult({ public_id: 'products/abc', version, signature })).toBe(true);
    expect(await client.verifyUploadResult({ public_id: 'products/abd', version, signature })).toBe(false);
  });

  it('verifies notifications as utils.verifyNotificationSignature does', async () => {
    const body = JSON.stringify({ notification_type: 'upload', public_id: 'products/abc' });
    const ts = Math.floor(Date.now() / 1000);
    cloudinary.v2.config({ api_secret: secret, api_key: '1234', cloud_name: 'demo' });
    const sig = cloudinary.v2.utils.webhook_signature(body, ts, { api_secret: secret });
    expect(cloudinary.v2.utils.verifyNotificationSignature(body, ts, sig, 7200)).toBe(true);
    expect(await client.verifyNotification(body, String(ts), sig)).toBe(true);
    expect(await client.verifyNotification(body, String(ts - 7300), cloudinary.v2.utils.webhook_signature(body, ts - 7300, { api_secret: secret }))).toBe(false);
  });
});
