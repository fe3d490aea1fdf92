import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Cloudinary } from '../../clients/cloudinary';
import * as q from '../../db/queries/images';
import { toImage } from '../../db/queries/product-mappers';
import type { ImageRecord } from '../../db/queries/product-writes';
import { background } from '../../lib/background';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import type { DirectUploadResult } from '../../schemas/images';
import { afterCatalogWrite } from '../products/after-write';
import type * as routes from './images.routes';

/** Uploads land in one folder, so a direct-upload result from anywhere else is refused. */
export const UPLOAD_FOLDER = 'products';
const ALLOWED_FORMATS = 'jpg,png,webp,avif';
const ACCEPTED_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif']);
const MAX_BYTES = 10 * 1024 * 1024;

function media(c: Context<AppEnv>): Cloudinary {
  const m = c.var.services.media;
  if (!m) throw new ApiError('upstream_unavailable', 503, 'Image uploads are not configured (Cloudinary)');
  return m;
}

export const uploadSignature: RouteHandler<typeof routes.uploadSignature, AppEnv> = async (c) => {
  const cld = media(c);
  const timestamp = Math.floor(Date.now() / 1000);
  const params = { timestamp, folder: UPLOAD_FOLDER, public_id: crypto.randomUUID(), allowed_formats: ALLOWED_FORMATS };
  return c.json(
    {
      ...params,
      upload_url: cld.uploadUrl,
      cloud_name: cld.config.cloudName,
      api_key: cld.config.apiKey,
      signature: await cld.sign(params),
      expires_at: new Date((timestamp + 3600) * 1000).toISOString(),
    },
    200,
  );
};

function recordOf(cld: Cloudinary, r: { public_id: string; version: number; format: string; width: number; height: number; bytes?: number }, alt?: string): ImageRecord {
  return {
    url: cld.deliveryUrl(r.public_id, r.version, r.format),
    public_id: r.public_id,
    alt_text: alt ?? null,
    width: r.width,
    height: r.height,
    is_primary: false,
    version: r.version,
    format: r.format,
    bytes: r.bytes ?? null,
  };
}

export const attachImages: RouteHandler<typeof routes.attachImages, AppEnv> = async (c) => {
  const cld = media(c);
  const { id } = c.req.valid('param');
  let records: ImageRecord[];
  let primary: boolean;
  if ((c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    const r = c.req.valid('json') as DirectUploadResult;
    // Trust nothing the browser hands over unless Cloudinary's signature over it verifies.
    if (!(await cld.verifyUploadResult(r)) || !r.public_id.startsWith(`${UPLOAD_FOLDER}/`)) {
      throw new ApiError('invalid_upload_signature', 422, 'The upload result is not a genuine Cloudinary upload into the products folder');
    }
    records = [recordOf(cld, r, r.alt_text)];
    primary = r.is_primary === true;
  } else {
    const form = c.req.valid('form');
    const files = ([] as unknown[]).concat(form.file ?? []).filter((f): f is File => f instanceof File);
    if (files.length === 0) throw new ApiError('validation_failed', 422, 'Send one or more files in the "file" field', [{ path: 'file', code: 'custom', message: 'required' }]);
    for (const f of files) {
      if (!ACCEPTED_TYPES.has(f.type)) throw new ApiError('unsupported_media_type', 415, `${f.name}: only jpeg, png, webp and avif images are accepted`);
      if (f.size > MAX_BYTES) throw new ApiError('payload_too_large', 413, `${f.name}: images are limited to 10 MB`);
    }
    // Each file goes to Cloudinary as its own signed upload, all at once.
    const uploaded = await Promise.all(files.map((f) => cld.upload(f, f.name, { folder: UPLOAD_FOLDER, allowed_formats: ALLOWED_FORMATS })));
    records = uploaded.map((r) => recordOf(cld, r, form.alt_text));
    primary = form.is_primary === 'true';
  }
  const images = await q.attachImages(c.var.services.db, id, records, primary);
  if (images.length === 0) {
    for (const r of records) background(c, 'destroy orphan upload', cld.destroy(r.public_id!));
    throw new ApiError('not_found', 404, 'Product not found');
  }
  await afterCatalogWrite(c, [id]);
  return c.json({ images: images.map(toImage) }, 201);
};

export const updateImage: RouteHandler<typeof routes.updateImage, AppEnv> = async (c) => {
  const { id, image_id } = c.req.valid('param');
  const body = c.req.valid('json');
  const { db } = c.var.services;
  let row = body.alt_text !== undefined ? await q.updateImage(db, id, image_id, { alt_text: body.alt_text }) : await q.findImage(db, id, image_id);
  if (row && body.is_primary) row = await q.setPrimaryImage(db, id, image_id);
  if (!row) throw new ApiError('not_found', 404, 'Image not found');
  await afterCatalogWrite(c, [id]);
  return c.json(toImage(row), 200);
};

export const reorderImages: RouteHandler<typeof routes.reorderImages, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { image_ids } = c.req.valid('json');
  const images = await q.reorderImages(c.var.services.db, id, image_ids);
  if (!images) {
    throw new ApiError('validation_failed', 422, "image_ids must list each of the product's images exactly once", [
      { path: 'image_ids', code: 'custom', message: 'not a permutation of the product images' },
    ]);
  }
  await afterCatalogWrite(c, [id]);
  return c.json({ images: images.map(toImage) }, 200);
};

export const deleteImage: RouteHandler<typeof routes.deleteImage, AppEnv> = async (c) => {
  const { id, image_id } = c.req.valid('param');
  const outcome = await q.deleteImage(c.var.services.db, id, image_id);
  if (!outcome) throw new ApiError('not_found', 404, 'Image not found');
  if ('refused' in outcome) {
    throw new ApiError('conflict', 409, outcome.refused === 'primary' ? 'Make another image primary before deleting this one' : 'A product keeps at least one image');
  }
  await afterCatalogWrite(c, [id]);
  // Only after the commit: a failed destroy leaves an unused asset, never a broken product.
  const publicId = outcome.deleted.public_id;
  if (publicId?.startsWith(`${UPLOAD_FOLDER}/`) && c.var.services.media) background(c, 'destroy image asset', c.var.services.media.destroy(publicId));
  return c.body(null, 204);
};
