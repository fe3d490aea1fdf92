/**
 * Cloudinary's request authentication: signed Upload API parameters, HTTP Basic for the Admin
 * API, and the signatures Cloudinary itself produces (upload responses and notifications).
 */
import { createHash } from 'node:crypto';
import { CloudinaryError } from './http';

export type SignatureAlgorithm = 'sha1' | 'sha256';

export interface Credentials {
  apiKey: string;
  apiSecret: string;
  algorithm: SignatureAlgorithm;
}

// Never part of the signature: the file itself, values taken from the URL, and the proof itself.
const UNSIGNED = new Set(['file', 'cloud_name', 'resource_type', 'api_key', 'signature']);

// A signature (and its timestamp) is accepted for one hour.
const SIGNATURE_TTL_SECONDS = 60 * 60;

export function hash(input: string, algorithm: SignatureAlgorithm): string {
  return createHash(algorithm).update(input, 'utf8').digest('hex');
}

/**
 * The string Cloudinary signs. Version 2 (the Node SDK's default since 2.7) escapes `&` inside a
 * pair as `%26`, so a value cannot smuggle in another parameter; version 1 does not escape.
 */
export function stringToSign(params: Record<string, string>, version: 1 | 2): string {
  return Object.entries(params)
    .filter(([k, v]) => !UNSIGNED.has(k) && v !== '')
    // Plain code-unit order: parameter names are ASCII, and this is what the service does.
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => (version === 2 ? `${k}=${v}`.replace(/&/g, '%26') : `${k}=${v}`))
    .join('&');
}

/** Ruby's `Time#to_s` in UTC, which is how Cloudinary prints the reported time. */
function rubyUtc(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000`;
}

/**
 * Checks a signed Upload API call: known key, signature present, fresh timestamp, matching
 * signature — in that order, so a skewed clock reads as "Stale request" rather than as a bad secret.
 */
export function verifySignedParams(params: Record<string, string>, creds: Credentials, nowMs = Date.now()): void {
  const apiKey = params.api_key;
  if (!apiKey) {
    // Without a key the call is an unsigned upload, which needs a preset; the stand-in has none.
    if (params.upload_preset) throw new CloudinaryError(400, `Upload preset not found`);
    throw new CloudinaryError(400, 'Upload preset must be specified when using unsigned upload');
  }
  if (apiKey !== creds.apiKey) throw new CloudinaryError(401, `Unknown API key ${apiKey}`);
  const signature = params.signature;
  // The service words this as a missing parameter; 401 because the call is unauthenticated.
  if (!signature) throw new CloudinaryError(401, 'Missing required parameter - signature');
  const rawTimestamp = params.timestamp;
  if (!rawTimestamp) throw new CloudinaryError(400, 'Missing required parameter - timestamp');
  const timestamp = Number(rawTimestamp);
  if (!Number.isInteger(timestamp)) throw new CloudinaryError(400, `Invalid timestamp ${rawTimestamp}`);
  if (timestamp < Math.floor(nowMs / 1000) - SIGNATURE_TTL_SECONDS) {
    throw new CloudinaryError(
      401,
      `Stale request - reported time is ${rubyUtc(timestamp)} which is more than 1 hour ago`,
    );
  }
  const v2 = stringToSign(params, 2);
  const v1 = stringToSign(params, 1);
  const given = signature.toLowerCase();
  // Older SDKs and hand-written signers use version 1; both are honoured (they differ only with `&`).
  if (given === hash(v2 + creds.apiSecret, creds.algorithm)) return;
  if (v1 !== v2 && given === hash(v1 + creds.apiSecret, creds.algorithm)) return;
  throw new CloudinaryError(401, `Invalid Signature ${signature}. String to sign - '${v2}'.`);
}

/** The Admin API's HTTP Basic check (`api_key:api_secret`), with the service's wording. */
export function verifyBasicAuth(header: string | undefined, creds: Credentials): void {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) throw new CloudinaryError(401, 'Must supply api_key');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const key = colon < 0 ? decoded : decoded.slice(0, colon);
  const secret = colon < 0 ? '' : decoded.slice(colon + 1);
  if (!key) throw new CloudinaryError(401, 'Must supply api_key');
  if (key !== creds.apiKey) throw new CloudinaryError(401, `Unknown API key ${key}`);
  if (secret !== creds.apiSecret) throw new CloudinaryError(401, 'api_secret mismatch');
}

/**
 * The `signature` of an upload response: `public_id=…&version=…` + secret, unescaped (what
 * `utils.verify_api_response_signature` recomputes), so a server can trust a browser's report.
 */
export function responseSignature(publicId: string, version: number, creds: Credentials): string {
  return hash(`public_id=${publicId}&version=${version}${creds.apiSecret}`, creds.algorithm);
}

/** `X-Cld-Signature` of a notification: hash of raw body + `X-Cld-Timestamp` + secret. */
export function notificationSignature(body: string, timestamp: number, creds: Credentials): string {
  return hash(`${body}${timestamp}${creds.apiSecret}`, creds.algorithm);
}
