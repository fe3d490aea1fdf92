/**
 * Reading Cloudinary API requests: the three body encodings the Upload API accepts, flattened to
 * the string parameters Cloudinary signs, plus the error type every handler throws.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A refusal in Cloudinary's shape: `{"error":{"message"}}` with the vendor's status code. */
export class CloudinaryError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Delivery errors travel in this header (Cloudinary's own), not in a JSON body. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The uploaded file as it arrived: bytes from a multipart part, or the string form (data URI / URL). */
export type UploadFile = { kind: 'bytes'; data: Buffer; filename?: string } | { kind: 'string'; value: string };

export interface ApiRequest {
  /** Every parameter but `file`, as strings; arrays are already joined with `,` (as they are signed). */
  params: Record<string, string>;
  file?: UploadFile;
  /** Body bytes received, counted even past the buffering cap. */
  received: number;
  /** The body was larger than the stand-in buffers; params and file are then missing. */
  truncated: boolean;
}

// Cloudinary's largest request on any plan is far above the free tier's 10 MB per image; past
// this the stand-in stops buffering (the body is still drained) and reports the size it saw.
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<{ body: Buffer; received: number; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    received += (chunk as Buffer).length;
    if (received <= MAX_BUFFERED_BYTES) chunks.push(chunk as Buffer);
  }
  return { body: Buffer.concat(chunks), received, truncated: received > MAX_BUFFERED_BYTES };
}

/** `tags[]=a&tags[]=b` (how the SDK spreads arrays) and `tags=a,b` sign the same: `tags=a,b`. */
function collect(entries: Iterable<[string, string]>): Record<string, string> {
  const grouped = new Map<string, string[]>();
  for (const [rawKey, value] of entries) {
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  return Object.fromEntries([...grouped].map(([k, v]) => [k, v.join(',')]));
}

/** JSON values become the strings Cloudinary signs: arrays joined with `,`, context as `k=v|k=v`. */
function jsonValue(key: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'object') {
    if (key === 'context' || key === 'metadata') {
      return Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}=${String(v).replace(/([=|])/g, '\\$1')}`)
        .join('|');
    }
    return JSON.stringify(value);
  }
  return String(value);
}

function splitFile(params: Record<string, string>, file?: UploadFile): ApiRequest['file'] {
  if (file) return file;
  const value = params.file;
  delete params.file;
  return value === undefined || value === '' ? undefined : { kind: 'string', value };
}

/** Parses a multipart, urlencoded or JSON body (or a GET query) into Cloudinary parameters. */
export async function readApiRequest(req: IncomingMessage, url: URL): Promise<ApiRequest> {
  const query = collect(url.searchParams);
  if (req.method === 'GET' || req.method === 'HEAD') return { params: query, received: 0, truncated: false };
  const { body, received, truncated } = await readBody(req);
  if (truncated) return { params: query, received, truncated };
  const type = (req.headers['content-type'] ?? '').toLowerCase();

  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      // undici's parser (Node's fetch) reads the SDK's and browsers' multipart alike.
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
    } catch {
      throw new CloudinaryError(400, 'Invalid multipart/form-data request body');
    }
    const fields: [string, string][] = [];
    let file: UploadFile | undefined;
    for (const [key, value] of form) {
      if (typeof value === 'string') fields.push([key, value]);
      else if (key === 'file') file = { kind: 'bytes', data: Buffer.from(await value.arrayBuffer()), filename: value.name };
    }
    const params = { ...query, ...collect(fields) };
    return { params, file: splitFile(params, file), received, truncated };
  }
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8') || '{}');
    } catch {
      throw new CloudinaryError(400, 'Invalid JSON request body');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CloudinaryError(400, 'Invalid JSON request body: expected an object');
    }
    const params: Record<string, string> = { ...query };
    for (const [k, v] of Object.entries(parsed)) {
      const s = jsonValue(k, v);
      if (s !== undefined) params[k] = s;
    }
    return { params, file: splitFile(params), received, truncated };
  }
  // The SDK's Admin API default, and what a plain HTML form sends.
  const params = { ...query, ...collect(new URLSearchParams(body.toString('utf8'))) };
  return { params, file: splitFile(params), received, truncated };
}

// Browsers upload straight to api.cloudinary.com, which allows any origin; the dev frontend does too.
export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Authorization, X-Requested-With, X-Unique-Upload-Id, Content-Range',
};

/** Sends a JSON reply; Cloudinary also repeats an error message in `X-Cld-Error`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...CORS_HEADERS,
    ...headers,
  });
  res.end(text);
}
