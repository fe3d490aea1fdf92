import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type IncomingMessage, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CloudinaryStandin, startCloudinaryStandin } from '../../local/cloudinary/server';

// Conformance: the real `cloudinary` Node SDK (v2 API), a browser-style signed form post, and
// plain fetch for delivery, against the stand-in.
const CLOUD = 'standin-cloud';
const KEY = '614335564976464';
const SECRET = 'standin-test-secret';

let standin: CloudinaryStandin;
let storageDir: string;
let work: string;
let cloudinary: typeof import('cloudinary').v2;
let gradientPng: string;
let run: string;

/** The SDK's response-signature check; it ships in the library but not in its type definitions. */
const verifyResponse = (id: string, version: number, sig: string) =>
  (cloudinary.utils as unknown as { verify_api_response_signature(p: string, v: number, s: string): boolean })
    .verify_api_response_signature(id, version, sig);
const sign = (params: Record<string, unknown>, secret = SECRET, algo?: 'sha256') =>
  (cloudinary.utils as unknown as { api_sign_request(p: object, s: string, a?: string): string }).api_sign_request(params, secret, algo);
const now = () => Math.floor(Date.now() / 1000);

/** A 640×480 RGB gradient, so crops and scales are visibly real. */
async function gradient(width: number, height: number): Promise<Sharp> {
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) px.set([Math.round((x * 255) / width), Math.round((y * 255) / height), 128], (y * width + x) * 3);
  }
  return sharp(px, { raw: { width, height, channels: 3 } });
}

/** An SDK rejection as the caller sees it: the uploader rejects with `error`, the Admin API with `{error}`. */
async function rejection(p: Promise<unknown>): Promise<{ message: string; http_code: number }> {
  const err = (await p.then(() => expect.unreachable('expected a rejection'), (e: unknown) => e)) as Record<string, unknown>;
  return (err.error ?? err) as { message: string; http_code: number };
}

async function postForm(fields: Record<string, string | Blob>, target = standin) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${target.url}/v1_1/${CLOUD}/image/upload`, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function image(url: string, accept = 'image/png') {
  const res = await fetch(url, { headers: { accept } });
  expect(res.status, url).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, meta: await sharp(bytes).metadata() };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cld-standin-'));
  storageDir = join(work, 'storage');
  standin = await startCloudinaryStandin({ cloudName: CLOUD, apiKey: KEY, apiSecret: SECRET, storageDir });
  // The SDK picks its transport (http or https) once, when it loads, from the config it sees
  // then — so the stand-in's http:// prefix must be in CLOUDINARY_URL before the first import.
  process.env.CLOUDINARY_URL = `cloudinary://${KEY}:${SECRET}@${CLOUD}?upload_prefix=${encodeURIComponent(standin.url)}`;
  cloudinary = (await import('cloudinary')).v2;
  cloudinary.config({ cloud_name: CLOUD, api_key: KEY, api_secret: SECRET, upload_prefix: standin.url });
  gradientPng = join(work, 'gradient.png');
  await (await gradient(640, 480)).png().toFile(gradientPng);
});
afterAll(async () => {
  await standin?.close();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  run = Math.random().toString(36).slice(2, 8);
});

describe('upload through the SDK', () => {
  it('stores a PNG file with folder, public_id and tags, and signs the response', async () => {
    const r = await cloudinary.uploader.upload(gradientPng, { folder: 'products', public_id: `grad-${run}`, tags: ['a', 'b'] });
    expect(r).toMatchObject({ public_id: `products/grad-${run}`, width: 640, height: 480, format: 'png', resource_type: 'image' });
    expect(r).toMatchObject({ type: 'upload', tags: ['a', 'b'], folder: 'products', original_filename: 'gradient', api_key: KEY, placeholder: false });
    const file = readFileSync(gradientPng);
    expect(r.bytes).toBe(file.length);
    expect(r.etag).toBe(createHash('md5').update(file).digest('hex'));
    expect(Number.isInteger(r.version)).toBe(true);
    expect(r.asset_id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Date(r.created_at).toISOString().slice(0, 19)).toBe(r.created_at.slice(0, 19));
    expect(r.secure_url).toBe(`${standin.url}/${CLOUD}/image/upload/v${r.version}/products/grad-${run}.png`);
    expect(r.url).toBe(r.secure_url);
    expect(verifyResponse(r.public_id, r.version, r.signature)).toBe(true);
    expect(verifyResponse(r.public_id, r.version + 1, r.signature)).toBe(false);
    // The stored original is served byte for byte.
    expect(Buffer.from(await (await fetch(r.secure_url)).arrayBuffer()).equals(file)).toBe(true);
  });

  it('takes a data URI, generates a public_id, and reads JPEG dimensions', async () => {
    const jpeg = await (await gradient(300, 200)).jpeg().toBuffer();
    const r = await cloudinary.uploader.upload(`data:image/jpeg;base64,${jpeg.toString('base64')}`, { context: { alt: 'A | B' } });
    expect(r).toMatchObject({ width: 300, height: 200, format: 'jpg', original_filename: 'file', folder: '' });
    expect(r.public_id).toMatch(/^[a-z0-9]{20}$/);
    expect(r.context).toEqual({ custom: { alt: 'A | B' } });
  });

  it('keeps the stored asset with overwrite=false, and bumps the version when overwriting', async () => {
    const first = await cloudinary.uploader.upload(gradientPng, { public_id: `ow-${run}` });
    const kept = await cloudinary.uploader.upload(gradientPng, { public_id: `ow-${run}`, overwrite: false });
    expect(kept).toMatchObject({ existing: true, version: first.version, asset_id: first.asset_id });
    const again = await cloudinary.uploader.upload(gradientPng, { public_id: `ow-${run}` });
    expect(again.version).toBeGreaterThan(first.version);
    expect(again).toMatchObject({ overwritten: true, asset_id: first.asset_id });
  });

  it('refuses bad credentials, stale timestamps and missing signatures with 401', async () => {
    const tampered = await rejection(
      cloudinary.uploader.upload(gradientPng, { public_id: `t-${run}`, timestamp: now(), signature: 'deadbeef', api_key: KEY }),
    );
    expect(tampered.http_code).toBe(401);
    expect(tampered.message).toMatch(new RegExp(`^Invalid Signature deadbeef\\. String to sign - 'public_id=t-${run}&timestamp=\\d+'\\.$`));

    const unknown = await rejection(cloudinary.uploader.upload(gradientPng, { api_key: '999' }));
    expect(unknown).toMatchObject({ message: 'Unknown API key 999', http_code: 401 });

    const wrongSecret = await rejection(cloudinary.uploader.upload(gradientPng, { api_secret: 'not-the-secret' }));
    expect(wrongSecret.http_code).toBe(401);
    expect(wrongSecret.message).toMatch(/^Invalid Signature [0-9a-f]{40}\. String to sign - 'timestamp=\d+'\.$/);

    const stale = await rejection(cloudinary.uploader.upload(gradientPng, { timestamp: now() - 3700 }));
    expect(stale.http_code).toBe(401);
    expect(stale.message).toMatch(/^Stale request - reported time is \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 which is more than 1 hour ago$/);

    // Upload widgets post to auto/upload; it runs the same checks.
    const widget = await fetch(`${standin.url}/v1_1/${CLOUD}/auto/upload`, { method: 'POST', body: new URLSearchParams({ api_key: '1' }) });
    expect([widget.status, await widget.json()]).toEqual([401, { error: { message: 'Unknown API key 1' } }]);

    const unsigned = await postForm({ file: new Blob([readFileSync(gradientPng)]), api_key: KEY, timestamp: String(now()) });
    expect(unsigned).toEqual({ status: 401, body: { error: { message: 'Missing required parameter - signature' } } });
    const noKey = await postForm({ file: new Blob([readFileSync(gradientPng)]) });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.message).toBe('Upload preset must be specified when using unsigned upload');
  });

  it('refuses what is not an image, a disallowed format, an unreachable URL and a file over 10 MB with 400', async () => {
    const text = join(work, 'notes.txt');
    await writeFile(text, 'this is not an image');
    expect(await rejection(cloudinary.uploader.upload(text))).toMatchObject({ message: 'Invalid image file', http_code: 400 });
    const svg = join(work, 'logo.svg');
    await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect((await rejection(cloudinary.uploader.upload(svg))).message).toBe('Invalid image file');

    const notAllowed = await rejection(cloudinary.uploader.upload(gradientPng, { allowed_formats: ['jpg', 'webp'] }));
    expect(notAllowed).toMatchObject({ message: 'Image file format png not allowed', http_code: 400 });

    const remote = await rejection(cloudinary.uploader.upload('https://example.com/photo.jpg'));
    expect(remote.http_code).toBe(400);
    expect(remote.message).toMatch(/^Error in loading https:\/\/example\.com\/photo\.jpg - /);

    const big = join(work, 'big.png');
    await writeFile(big, Buffer.alloc(10 * 1024 * 1024 + 1, 7));
    const tooLarge = await rejection(cloudinary.uploader.upload(big));
    expect(tooLarge.http_code).toBe(400);
    expect(tooLarge.message).toMatch(/^File size too large\. Got 10485761\. Maximum is 10485760\./);
  });
});

describe('direct (browser-style) uploads', () => {
  it('accepts a multipart form signed by the server with api_sign_request', async () => {
    // What a Worker hands a browser: the params it signed, the signature, and the api_key.
    const params = { timestamp: now(), folder: 'direct', public_id: `form-${run}`, context: 'alt=Fish & chips' };
    const signature = sign(params);
    const file = new Blob([readFileSync(gradientPng)], { type: 'image/png' });
    const { status, body } = await postForm({ ...params, timestamp: String(params.timestamp), file, api_key: KEY, signature });
    expect(status).toBe(200);
    expect(body).toMatchObject({ public_id: `direct/form-${run}`, width: 640, height: 480, context: { custom: { alt: 'Fish & chips' } } });
    // The server's check before trusting what the browser reports back.
    expect(verifyResponse(body.public_id, body.version, body.signature)).toBe(true);
  });

  it('accepts urlencoded and JSON bodies with a data URI file', async () => {
    const png = await (await gradient(64, 32)).png().toBuffer();
    const file = `data:image/png;base64,${png.toString('base64')}`;
    const endpoint = `${standin.url}/v1_1/${CLOUD}/image/upload`;

    const form = { timestamp: String(now()), public_id: `url-${run}` };
    const urlencoded = new URLSearchParams({ ...form, file, api_key: KEY, signature: sign(form) });
    const a = await fetch(endpoint, { method: 'POST', body: urlencoded });
    expect(a.status).toBe(200);
    expect(await a.json()).toMatchObject({ public_id: `url-${run}`, width: 64, height: 32 });

    const json = { timestamp: now(), public_id: `json-${run}`, tags: ['x', 'y'] };
    const b = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...json, file, api_key: KEY, signature: sign(json) }),
    });
    expect(b.status).toBe(200);
    expect(await b.json()).toMatchObject({ public_id: `json-${run}`, tags: ['x', 'y'], width: 64 });
  });
});

describe('destroy and the Admin API', () => {
  it('destroys once ("ok"), then answers "not found", and delivery turns 404', async () => {
    const r = await cloudinary.uploader.upload(gradientPng, { public_id: `gone-${run}` });
    expect((await fetch(r.secure_url)).status).toBe(200);
    expect(await cloudinary.uploader.destroy(r.public_id, { invalidate: true })).toEqual({ result: 'ok' });
    expect(await cloudinary.uploader.destroy(r.public_id)).toEqual({ result: 'not found' });
    const gone = await fetch(r.secure_url);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('x-cld-error')).toBe(`Resource not found - gone-${run}`);
  });

  it('pings with Basic auth, and rejects a wrong secret or key', async () => {
    expect(await cloudinary.api.ping()).toMatchObject({ status: 'ok' });
    expect(await rejection(cloudinary.api.ping({ api_secret: 'wrong' }))).toMatchObject({ message: 'api_secret mismatch', http_code: 401 });
    expect(await rejection(cloudinary.api.ping({ api_key: '42' }))).toMatchObject({ message: 'Unknown API key 42', http_code: 401 });
  });

  it('returns a stored resource by public_id', async () => {
    const r = await cloudinary.uploader.upload(gradientPng, { folder: 'admin', public_id: `res-${run}` });
    expect(await cloudinary.api.resource(r.public_id)).toMatchObject({ public_id: r.public_id, width: 640, version: r.version });
    expect(await rejection(cloudinary.api.resource('admin/missing'))).toMatchObject({ http_code: 404 });
  });
});

describe('delivery', () => {
  let src: { public_id: string; version: number };
  let host: string;
  beforeAll(async () => {
    src = await cloudinary.uploader.upload(gradientPng, { folder: 'catalog', public_id: 'gradient' });
    host = new URL(standin.url).host;
  });
  // The SDK's own URL builder, aimed at the stand-in as a CNAME over http.
  const sdkUrl = (transformation: object[], extra: object = {}) =>
    cloudinary.url(src.public_id, { transformation, version: src.version, secure: false, cname: host, ...extra });

  it('builds URLs in the path format the stand-in serves', () => {
    const url = sdkUrl([{ crop: 'thumb', width: 150, height: 150, gravity: 'auto' }, { fetch_format: 'auto', quality: 'auto' }]);
    expect(url.split('?')[0]).toBe(
      `${standin.url}/${CLOUD}/image/upload/c_thumb,g_auto,h_150,w_150/f_auto,q_auto/v${src.version}/catalog/gradient`,
    );
  });

  it('c_thumb,g_auto gives exactly 150×150; c_fit fits inside and upscales; c_limit does not', async () => {
    expect((await image(sdkUrl([{ crop: 'thumb', width: 150, height: 150, gravity: 'auto' }]))).meta).toMatchObject({ width: 150, height: 150 });
    expect((await image(sdkUrl([{ crop: 'fit', width: 400, height: 400 }]))).meta).toMatchObject({ width: 400, height: 300 });
    // Cloudinary's c_fit scales up as well as down; c_limit is the mode that never enlarges.
    expect((await image(sdkUrl([{ crop: 'fit', width: 800, height: 800 }]))).meta).toMatchObject({ width: 800, height: 600 });
    expect((await image(sdkUrl([{ crop: 'limit', width: 800, height: 800 }]))).meta).toMatchObject({ width: 640, height: 480 });
  });

  it('applies fill, scale, pad, relative widths and chained components', async () => {
    const cases: [object[], number, number][] = [
      [[{ crop: 'fill', width: 200, height: 100 }], 200, 100],
      [[{ crop: 'scale', width: 320 }], 320, 240],
      [[{ crop: 'scale', width: 100, height: 100 }], 100, 100],
      [[{ crop: 'pad', width: 200, height: 200, background: 'black' }], 200, 200],
      [[{ crop: 'lpad', width: 800, height: 800 }], 800, 800],
      [[{ width: 0.5, crop: 'scale' }], 320, 240],
      [[{ crop: 'fill', width: 300, height: 300 }, { crop: 'scale', width: 100 }], 100, 100],
      [[{ crop: 'crop', width: 100, height: 50, gravity: 'north_west' }], 100, 50],
    ];
    for (const [t, width, height] of cases) expect((await image(sdkUrl(t))).meta, JSON.stringify(t)).toMatchObject({ width, height });
  });

  it('f_auto,q_auto negotiates WebP from Accept, else keeps the original format', async () => {
    const url = sdkUrl([{ crop: 'fit', width: 200, height: 200 }, { fetch_format: 'auto', quality: 'auto' }]);
    const webp = await image(url, 'image/avif,image/webp,*/*');
    expect(webp.meta.format).toBe('webp');
    expect(webp.res.headers.get('content-type')).toBe('image/webp');
    expect(webp.res.headers.get('vary')).toBe('Accept');
    expect(webp.res.headers.get('cache-control')).toMatch(/max-age=\d{6,}/);
    expect((await image(url, 'image/png,*/*')).meta.format).toBe('png');
  });

  it('takes the format from f_ or the extension, and serves URLs without a version', async () => {
    const jpg = await image(sdkUrl([{ width: 100, crop: 'scale' }], { format: 'jpg' }));
    expect([jpg.meta.format, jpg.res.headers.get('content-type')]).toEqual(['jpeg', 'image/jpeg']);
    expect((await image(sdkUrl([{ width: 64, crop: 'scale', fetch_format: 'avif' }]))).meta.format).toBe('heif');
    const bare = await image(`${standin.url}/${CLOUD}/image/upload/c_scale,w_64/catalog/gradient.webp`);
    expect(bare.meta).toMatchObject({ format: 'webp', width: 64 });
    expect((await fetch(`${standin.url}/${CLOUD}/image/upload/v1/catalog/nope.png`)).status).toBe(404);
  });

  it('answers 400 with X-Cld-Error for an unknown crop mode or an oversized result', async () => {
    for (const t of [[{ crop: 'bogus', width: 10 }], [{ crop: 'scale', width: 99999 }]]) {
      const res = await fetch(sdkUrl(t));
      expect([res.status, res.headers.get('x-cld-error')], JSON.stringify(t)).toEqual([400, expect.stringMatching(/.+/)]);
    }
  });
});

describe('notifications, persistence and local controls', () => {
  it('POSTs a notification signed with X-Cld-Timestamp and X-Cld-Signature', async () => {
    let resolve!: (v: { req: IncomingMessage; body: string }) => void;
    const received = new Promise<{ req: IncomingMessage; body: string }>((r) => (resolve = r));
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        res.end('ok');
        resolve({ req, body });
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    try {
      const port = (hook.address() as { port: number }).port;
      const r = await cloudinary.uploader.upload(gradientPng, { public_id: `hook-${run}`, notification_url: `http://127.0.0.1:${port}/hook` });
      const { req, body } = await received;
      const timestamp = Number(req.headers['x-cld-timestamp']);
      expect(cloudinary.utils.verifyNotificationSignature(body, timestamp, String(req.headers['x-cld-signature']))).toBe(true);
      expect(cloudinary.utils.verifyNotificationSignature(`${body} `, timestamp, String(req.headers['x-cld-signature']))).toBe(false);
      expect(JSON.parse(body)).toMatchObject({ notification_type: 'upload', public_id: r.public_id, version: r.version, width: 640 });
    } finally {
      hook.close();
    }
  });

  it('keeps assets across a restart on the same storageDir, and honours a SHA-256 account', async () => {
    const dir = join(work, 'restart');
    const first = await startCloudinaryStandin({ cloudName: CLOUD, apiKey: KEY, apiSecret: SECRET, storageDir: dir, signatureAlgorithm: 'sha256' });
    const params = { timestamp: now(), public_id: 'kept' };
    const file = new Blob([readFileSync(gradientPng)]);
    expect((await postForm({ ...params, timestamp: String(params.timestamp), file, api_key: KEY, signature: sign(params) }, first)).status).toBe(401);
    const ok = await postForm({ ...params, timestamp: String(params.timestamp), file, api_key: KEY, signature: sign(params, SECRET, 'sha256') }, first);
    expect(ok.status).toBe(200);
    await first.close();
    const second = await startCloudinaryStandin({ cloudName: CLOUD, apiKey: KEY, apiSecret: SECRET, storageDir: dir });
    try {
      expect((await image(`${second.url}/${CLOUD}/image/upload/c_fit,w_320,h_320/v${ok.body.version}/kept.png`)).meta.width).toBe(320);
    } finally {
      await second.close();
    }
  });

  it('counts requests, injects vendor errors, answers CORS preflights, and names a taken port', async () => {
    standin.resetCount();
    await cloudinary.api.ping();
    expect(standin.requestCount()).toBe(1);
    const stats = await (await fetch(`${standin.url}/__standin/stats`)).json();
    expect(stats).toMatchObject({ requests: 1 });
    await fetch(`${standin.url}/__standin/fail`, { method: 'POST', body: JSON.stringify({ status: 420, message: 'Rate Limit Exceeded' }) });
    expect(await rejection(cloudinary.uploader.upload(gradientPng))).toMatchObject({ message: 'Rate Limit Exceeded', http_code: 420 });
    expect((await cloudinary.uploader.upload(gradientPng)).width).toBe(640);
    expect((await (await fetch(`${standin.url}/__standin/stats/reset`, { method: 'POST' })).json()).requests).toBe(0);

    const preflight = await fetch(`${standin.url}/v1_1/${CLOUD}/image/upload`, { method: 'OPTIONS' });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, '*']);

    await expect(startCloudinaryStandin({ cloudName: CLOUD, apiKey: KEY, apiSecret: SECRET, storageDir, port: standin.port })).rejects.toThrow(
      new RegExp(`port ${standin.port} .*already in use`),
    );
  });
});
