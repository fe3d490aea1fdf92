import { ApiError } from '../lib/errors';
import { hexDigest, safeEqual } from '../lib/hash';
import { withTimeout } from '../lib/timeout';
import type { Timing } from '../lib/timing';

export type SignableValue = string | number | boolean | string[] | null | undefined;

export interface CloudinaryConfig {
  cloudName: string;
  apiKey: string;
  apiSecret: string;
  /** https://api.cloudinary.com in production; the stand-in locally. */
  apiBase: string;
  /** https://res.cloudinary.com in production. */
  deliveryBase: string;
}

export interface UploadResult {
  public_id: string;
  version: number;
  signature: string;
  width: number;
  height: number;
  format: string;
  bytes: number;
  secure_url: string;
}

const API_TIMEOUT_MS = 20_000;
const NOTIFICATION_MAX_AGE_S = 2 * 3600;

/**
 * Cloudinary signing and REST calls with Web Crypto and fetch. Signing follows Cloudinary's rule:
 * every parameter but file, cloud_name, resource_type, api_key and signature, empty ones dropped,
 * sorted, `k=v` joined by `&` (arrays joined by `,`), the secret appended, hex SHA-1.
 */
export class Cloudinary {
  constructor(
    readonly config: CloudinaryConfig,
    private readonly timing: Timing,
  ) {}

  /** The string Cloudinary signs for `params` (before the secret). */
  static stringToSign(params: Record<string, SignableValue>): string {
    const excluded = new Set(['file', 'cloud_name', 'resource_type', 'api_key', 'signature']);
    return Object.entries(params)
      .filter(([k, v]) => !excluded.has(k) && v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${(Array.isArray(v) ? v.join(',') : String(v)).replace(/&/g, '%26')}`)
      .join('&');
  }

  sign(params: Record<string, SignableValue>): Promise<string> {
    return hexDigest('SHA-1', Cloudinary.stringToSign(params) + this.config.apiSecret);
  }

  /** Checks the `signature` of an upload response: SHA-1 of `public_id=…&version=…` + secret. */
  async verifyUploadResult(r: { public_id: string; version: number | string; signature: string }): Promise<boolean> {
    const expected = await hexDigest('SHA-1', `public_id=${r.public_id}&version=${r.version}${this.config.apiSecret}`);
    return safeEqual(expected, r.signature.toLowerCase());
  }

  /** Checks a notification: SHA-1(body + timestamp + secret), at most two hours old. */
  async verifyNotification(body: string, timestamp: string, signature: string, nowSeconds = Date.now() / 1000): Promise<boolean> {
    const ts = Number(timestamp);
    if (!Number.isInteger(ts) || nowSeconds - ts > NOTIFICATION_MAX_AGE_S || ts - nowSeconds > 300) return false;
    const expected = await hexDigest('SHA-1', body + timestamp + this.config.apiSecret);
    return safeEqual(expected, signature.toLowerCase());
  }

  get uploadUrl(): string {
    return `${this.config.apiBase}/v1_1/${this.config.cloudName}/image/upload`;
  }

  /** Delivery URL of a stored asset, optionally transformed. */
  deliveryUrl(publicId: string, version: number | string, format: string, transformation?: string): string {
    const t = transformation ? `${transformation}/` : '';
    return `${this.config.deliveryBase}/${this.config.cloudName}/image/upload/${t}v${version}/${publicId}.${format}`;
  }

  /** Uploads a file with a signed multipart request (the file is streamed, not buffered here). */
  async upload(file: Blob, filename: string, params: Record<string, SignableValue>): Promise<UploadResult> {
    const timestamp = Math.floor(Date.now() / 1000);
    const signed: Record<string, SignableValue> = { ...params, timestamp };
    const form = new FormData();
    for (const [k, v] of Object.entries(signed)) {
      if (v !== undefined && v !== null && v !== '') form.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
    form.set('api_key', this.config.apiKey);
    form.set('signature', await this.sign(signed));
    form.set('file', file, filename);
    return this.call<UploadResult>('upload', this.uploadUrl, { method: 'POST', body: form });
  }

  /** Deletes an asset; 'not found' is an answer, not an error. */
  async destroy(publicId: string): Promise<'ok' | 'not found'> {
    const signed = { public_id: publicId, timestamp: Math.floor(Date.now() / 1000), invalidate: true };
    const body = new URLSearchParams({ ...Object.fromEntries(Object.entries(signed).map(([k, v]) => [k, String(v)])), api_key: this.config.apiKey, signature: await this.sign(signed) });
    const res = await this.call<{ result: string }>('destroy', `${this.config.apiBase}/v1_1/${this.config.cloudName}/image/destroy`, { method: 'POST', body });
    return res.result === 'ok' ? 'ok' : 'not found';
  }

  /** Admin API ping, for health checks. */
  async ping(): Promise<void> {
    const auth = btoa(`${this.config.apiKey}:${this.config.apiSecret}`);
    await this.call('ping', `${this.config.apiBase}/v1_1/${this.config.cloudName}/ping`, { headers: { Authorization: `Basic ${auth}` } });
  }

  private async call<T>(what: string, url: string, init: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await this.timing.measure('media', () => withTimeout(fetch(url, init), API_TIMEOUT_MS));
    } catch (err) {
      throw new ApiError('upstream_unavailable', 503, `Cloudinary is unreachable (${what})`, { dependency: 'cloudinary', reason: (err as Error).message });
    }
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Cloudinary sometimes answers errors with an empty body and the reason in X-Cld-Error.
    }
    if (!res.ok) {
      const message = (body as { error?: { message?: string } } | null)?.error?.message ?? res.headers.get('X-Cld-Error') ?? `HTTP ${res.status}`;
      if (res.status === 400) throw new ApiError('upload_rejected', 422, `Cloudinary refused the ${what}: ${message}`, { dependency: 'cloudinary' });
      throw new ApiError('upstream_unavailable', 503, `Cloudinary failed (${what}): ${message}`, { dependency: 'cloudinary', status: res.status });
    }
    return body as T;
  }
}
