/**
 * The Upload API's `image/upload` and `image/destroy`: validating the file the way Cloudinary
 * does for images, storing it, and answering with Cloudinary's resource JSON.
 */
import { createHash, randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { type Credentials, responseSignature } from './auth';
import { CloudinaryError, type UploadFile } from './http';
import type { AssetRecord, AssetStore } from './store';

export interface UploadContext {
  store: AssetStore;
  creds: Credentials;
  cloudName: string;
  /** http://host:port of the stand-in; delivery URLs point back at it. */
  baseUrl: string;
}

// The free plan's per-image limit, which the error names.
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** sharp's format names mapped to Cloudinary's; anything else is not an image this stand-in accepts. */
const FORMATS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };

const REMOTE = /^(https?|ftp|s3|gs):/i;

function hex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** Cloudinary's generated public_ids: 20 lower-case letters and digits. */
function randomPublicId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
}

// The SDK sends booleans as 1/0 (as_safe_bool); forms and JSON send true/false.
function truthy(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}
function falsy(value: string | undefined): boolean {
  return value === 'false' || value === '0';
}

/** `alt=Red\|blue|caption=x` → `{alt: 'Red|blue', caption: 'x'}`; `\=` and `\|` are escapes. */
export function parseContext(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of raw.split(/(?<!\\)\|/)) {
    const [key, ...rest] = pair.split(/(?<!\\)=/);
    if (key) out[key.replace(/\\([=|])/g, '$1')] = rest.join('=').replace(/\\([=|])/g, '$1');
  }
  return out;
}

async function fileBytes(file: UploadFile): Promise<{ data: Buffer; filename: string }> {
  if (file.kind === 'bytes') return { data: file.data, filename: file.filename ?? 'file' };
  const dataUri = /^data:[^,]*?(;base64)?,(.*)$/s.exec(file.value);
  if (dataUri) {
    const payload = dataUri[2] ?? '';
    const data = dataUri[1] ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
    return { data, filename: 'file' };
  }
  if (REMOTE.test(file.value)) {
    // Cloudinary fetches remote files itself and words a failed fetch this way (400); offline, every fetch fails.
    throw new CloudinaryError(400, `Error in loading ${file.value} - the offline stand-in cannot reach remote hosts`);
  }
  throw new CloudinaryError(400, 'Invalid image file');
}

/** Reads the real format and dimensions; throws Cloudinary's "Invalid image file" for anything else. */
async function probe(data: Buffer): Promise<{ format: string; width: number; height: number }> {
  try {
    const meta = await sharp(data).metadata();
    // sharp calls AVIF "heif" (compression av1); other HEIF flavours are not accepted here.
    const name = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
    const format = FORMATS[name];
    // Dimensions as displayed: Cloudinary reports EXIF-rotated images upright.
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    if (format && width && height) return { format, width, height };
  } catch {
    // Unreadable bytes fall through to the same answer as unsupported formats.
  }
  throw new CloudinaryError(400, 'Invalid image file');
}

function resolvePublicId(params: Record<string, string>, filename: string): { publicId: string; folder: string } {
  const folder = (params.folder ?? '').replace(/^\/+|\/+$/g, '');
  let id = params.public_id?.replace(/^\/+|\/+$/g, '');
  if (!id && truthy(params.use_filename) && filename !== 'file') {
    const base = filename.replace(/\.[^.]*$/, '').replace(/[^\w-]+/g, '_');
    id = falsy(params.unique_filename) ? base : `${base}_${randomPublicId().slice(0, 6)}`;
  }
  id ||= randomPublicId();
  const publicId = folder ? `${folder}/${id}` : id;
  const slash = publicId.lastIndexOf('/');
  return { publicId, folder: slash < 0 ? '' : publicId.slice(0, slash) };
}

/** Delivery URL of the stored original; Cloudinary's `url`/`secure_url` (both http here: the stand-in has no TLS). */
export function deliveryUrl(ctx: UploadContext, r: AssetRecord): string {
  return `${ctx.baseUrl}/${ctx.cloudName}/image/upload/v${r.version}/${r.public_id}.${r.format}`;
}

/** The resource fields shared by upload responses, notifications and the Admin API. */
export function resourceJson(ctx: UploadContext, r: AssetRecord): Record<string, unknown> {
  const url = deliveryUrl(ctx, r);
  return {
    asset_id: r.asset_id,
    public_id: r.public_id,
    version: r.version,
    version_id: r.version_id,
    width: r.width,
    height: r.height,
    format: r.format,
    resource_type: 'image',
    created_at: r.created_at,
    tags: r.tags,
    bytes: r.bytes,
    type: 'upload',
    etag: r.etag,
    placeholder: false,
    url,
    secure_url: url,
    folder: r.folder,
    ...(r.context ? { context: { custom: r.context } } : {}),
    original_filename: r.original_filename,
  };
}

/** Handles an authenticated `image/upload`; returns the response body (and the record, for notifications). */
export async function upload(
  ctx: UploadContext,
  params: Record<string, string>,
  file: UploadFile | undefined,
): Promise<{ body: Record<string, unknown>; record: AssetRecord }> {
  if (!file) throw new CloudinaryError(400, 'Missing required parameter - file');
  const { data, filename } = await fileBytes(file);
  if (data.length > MAX_IMAGE_BYTES) throw new CloudinaryError(400, tooLarge(data.length));
  const { format, width, height } = await probe(data);

  if (params.allowed_formats) {
    const allowed = params.allowed_formats.split(',').map((f) => f.trim().toLowerCase());
    if (!allowed.includes(format) && !(format === 'jpg' && allowed.includes('jpeg'))) {
      throw new CloudinaryError(400, `Image file format ${format} not allowed`);
    }
  }

  const { publicId, folder } = resolvePublicId(params, filename);
  const existing = await ctx.store.get(publicId);
  // Signed uploads overwrite by default; with overwrite=false Cloudinary returns the stored asset untouched.
  if (existing && falsy(params.overwrite)) {
    return { body: { ...resultBody(ctx, existing), existing: true }, record: existing };
  }

  const now = Math.floor(Date.now() / 1000);
  const record: AssetRecord = {
    asset_id: existing?.asset_id ?? hex(16),
    public_id: publicId,
    // A re-upload within the same second still gets a new version, so cache-busting URLs change.
    version: existing ? Math.max(now, existing.version + 1) : now,
    version_id: hex(16),
    format,
    width,
    height,
    bytes: data.length,
    etag: createHash('md5').update(data).digest('hex'),
    created_at: new Date(now * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    tags: (params.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    ...(params.context ? { context: parseContext(params.context) } : {}),
    original_filename: filename.replace(/\.[^.]*$/, '') || 'file',
    folder,
  };
  await ctx.store.put(record, data);
  return { body: { ...resultBody(ctx, record), ...(existing ? { overwritten: true } : {}) }, record };
}

function resultBody(ctx: UploadContext, r: AssetRecord): Record<string, unknown> {
  return { ...resourceJson(ctx, r), signature: responseSignature(r.public_id, r.version, ctx.creds), api_key: ctx.creds.apiKey };
}

/** Cloudinary's wording for an image over the plan's limit. */
export function tooLarge(size: number): string {
  return (
    `File size too large. Got ${size}. Maximum is ${MAX_IMAGE_BYTES}. ` +
    'Upgrade your plan to enjoy higher limits https://www.cloudinary.com/pricing/upgrades/file-limit'
  );
}

/** Handles an authenticated `image/destroy`. `invalidate` needs no work: the stand-in has no CDN cache. */
export async function destroy(ctx: UploadContext, params: Record<string, string>): Promise<{ result: string }> {
  if (!params.public_id) throw new CloudinaryError(400, 'Missing required parameter - public_id');
  if (params.type && params.type !== 'upload') return { result: 'not found' };
  return { result: (await ctx.store.remove(params.public_id)) ? 'ok' : 'not found' };
}
