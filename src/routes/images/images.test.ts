import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';
import { createProduct, PNG_64x48 } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, BASE, bearer, json, registerUser, type Session, testEnv } from '../../../test/worker/helpers';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

const asAdmin = (init: RequestInit = {}) => ({ ...init, headers: { ...bearer(admin.access_token), ...(init.headers as Record<string, string>) } });
const png = (name = 'photo.png') => new File([PNG_64x48], name, { type: 'image/png' });

/** Calls the API and waits for the work it left for after the response (an asset's destruction). */
async function settled(path: string, init: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await registerRoutes(createApp()).request(`${BASE}${path}`, init, testEnv, ctx);
  await res.clone().arrayBuffer();
  await waitOnExecutionContext(ctx);
  return res;
}

/** The browser's half of a direct upload: post the signed parameters and the file to Cloudinary. */
async function directUpload(): Promise<any> {
  const sig = (await (await api('/api/uploads/signature', json({}, asAdmin()))).json()) as any;
  const form = new FormData();
  for (const k of ['api_key', 'timestamp', 'signature', 'folder', 'public_id', 'allowed_formats']) form.set(k, String(sig[k]));
  form.set('file', png());
  const res = await fetch(sig.upload_url, { method: 'POST', body: form });
  expect(res.status).toBe(200);
  return res.json();
}

describe('images: direct upload to Cloudinary', () => {
  it('signs upload parameters the way Cloudinary checks them, for admins only', async () => {
    const res = await api('/api/uploads/signature', json({}, asAdmin()));
    expect(res.status).toBe(200);
    const sig = (await res.json()) as any;
    expect(sig).toMatchObject({ folder: 'products', allowed_formats: 'jpg,png,webp,avif', cloud_name: testEnv.CLOUDINARY_CLOUD_NAME, api_key: testEnv.CLOUDINARY_API_KEY });
    expect(sig.upload_url).toBe(`${testEnv.CLOUDINARY_API_BASE}/v1_1/${testEnv.CLOUDINARY_CLOUD_NAME}/image/upload`);
    expect(JSON.stringify(sig)).not.toContain(testEnv.CLOUDINARY_API_SECRET);
    const customer = await registerUser();
    expect((await api('/api/uploads/signature', json({}, { headers: bearer(customer.access_token) }))).status).toBe(403);
  });

  it('attaches a verified upload result; the thumbnail is served with real pixels', async () => {
    const p = await createProduct(admin.access_token);
    const result = await directUpload();
    const res = await api(`/api/products/${p.id}/images`, json({ ...result, alt_text: 'Side view', is_primary: true }, asAdmin()));
    expect(res.status).toBe(201);
    const { images } = (await res.json()) as any;
    const added = images.find((i: any) => i.public_id === result.public_id);
    expect(added).toMatchObject({ width: 64, height: 48, is_primary: true, alt_text: 'Side view' });
    expect(added.thumbnail_url).toContain('/image/upload/c_thumb,w_150,h_150,g_auto/f_auto,q_auto/');
    const thumb = await fetch(added.thumbnail_url, { headers: { Accept: 'image/webp' } });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await thumb.arrayBuffer()).byteLength).toBeGreaterThan(20);
    const detail = (await (await api(`/api/products/${p.id}`)).json()) as any;
    expect(detail.primary_image_url).toBe(added.url);
  });

  it('refuses a forged or altered upload result with 422 invalid_upload_signature', async () => {
    const p = await createProduct(admin.access_token);
    const result = await directUpload();
    const forgeries = [
      { ...result, public_id: 'products/someone-elses-image' },
      { ...result, version: result.version + 1 },
      { ...result, signature: 'f'.repeat(40) },
    ];
    for (const forged of forgeries) {
      const res = await api(`/api/products/${p.id}/images`, json(forged, asAdmin()));
      expect(res.status).toBe(422);
      expect(((await res.json()) as any).error.code).toBe('invalid_upload_signature');
    }
    const detail = (await (await api(`/api/products/${p.id}`)).json()) as any;
    expect(detail.images).toHaveLength(1);
  });
});

describe('images: multipart through the Worker', () => {
  it('uploads one or more files to Cloudinary with signed requests', async () => {
    const p = await createProduct(admin.access_token);
    const form = new FormData();
    form.append('file', png('a.png'));
    form.append('file', png('b.png'));
    form.set('alt_text', 'Studio shot');
    const res = await api(`/api/products/${p.id}/images`, asAdmin({ method: 'POST', body: form }));
    expect(res.status).toBe(201);
    const { images } = (await res.json()) as any;
    expect(images).toHaveLength(3);
    const uploaded = images.filter((i: any) => i.public_id?.startsWith('products/'));
    expect(uploaded).toHaveLength(2);
    expect(uploaded.every((i: any) => i.width === 64 && i.height === 48 && i.alt_text === 'Studio shot')).toBe(true);
    expect(images.map((i: any) => i.position)).toEqual([0, 1, 2]);
    const medium = await fetch(uploaded[0].medium_url, { headers: { Accept: 'image/png' } });
    expect(medium.status).toBe(200);
  });

  it('refuses other types with 415 and files over 10 MB with 413', async () => {
    const p = await createProduct(admin.access_token);
    const text = new FormData();
    text.set('file', new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect((await api(`/api/products/${p.id}/images`, asAdmin({ method: 'POST', body: text }))).status).toBe(415);
    const big = new FormData();
    big.set('file', new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }));
    expect((await api(`/api/products/${p.id}/images`, asAdmin({ method: 'POST', body: big }))).status).toBe(413);
    expect((await api(`/api/products/${p.id}/images`, asAdmin({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }))).status).toBe(415);
  });
});

describe('images: primary, order, alt text and delete', () => {
  it('sets the primary, reorders, edits alt text, and guards deletion', async () => {
    const p = await createProduct(admin.access_token);
    const form = new FormData();
    form.append('file', png());
    const { images } = (await (await api(`/api/products/${p.id}/images`, asAdmin({ method: 'POST', body: form }))).json()) as any;
    const [first, second] = images;

    const lastOne = await api(`/api/products/${p.id}/images/${first.id}`, asAdmin({ method: 'DELETE' }));
    expect(lastOne.status).toBe(409);

    const prim = await api(`/api/products/${p.id}/images/${second.id}`, json({ is_primary: true, alt_text: 'New main' }, asAdmin({ method: 'PUT' })));
    expect(prim.status).toBe(200);
    expect(await prim.json()).toMatchObject({ is_primary: true, alt_text: 'New main' });
    expect(((await (await api(`/api/products/${p.id}`)).json()) as any).primary_image_url).toBe(second.url);

    const order = await api(`/api/products/${p.id}/images/order`, json({ image_ids: [second.id, first.id] }, asAdmin({ method: 'PUT' })));
    expect(order.status).toBe(200);
    expect(((await order.json()) as any).images.map((i: any) => i.id)).toEqual([second.id, first.id]);
    expect((await api(`/api/products/${p.id}/images/order`, json({ image_ids: [second.id] }, asAdmin({ method: 'PUT' })))).status).toBe(422);

    expect((await settled(`/api/products/${p.id}/images/${second.id}`, asAdmin({ method: 'DELETE' }))).status).toBe(409);
    expect((await settled(`/api/products/${p.id}/images/${first.id}`, asAdmin({ method: 'DELETE' }))).status).toBe(204);
    // With both deletions' work after the response done, the kept image's asset is still there.
    expect((await fetch(second.url)).status).toBe(200);
    const other = await createProduct(admin.access_token);
    expect((await api(`/api/products/${other.id}/images/${second.id}`, asAdmin({ method: 'DELETE' }))).status).toBe(404);
  });

  it('destroys the Cloudinary asset of a deleted image', async () => {
    const p = await createProduct(admin.access_token);
    const form = new FormData();
    form.append('file', png());
    const { images } = (await (await api(`/api/products/${p.id}/images`, asAdmin({ method: 'POST', body: form }))).json()) as any;
    const uploaded = images.find((i: any) => i.public_id);
    expect((await fetch(uploaded.url)).status).toBe(200);
    expect((await settled(`/api/products/${p.id}/images/${uploaded.id}`, asAdmin({ method: 'DELETE' }))).status).toBe(204);
    expect((await fetch(uploaded.url)).status).toBe(404);
  });
});
