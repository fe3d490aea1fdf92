import { base64url, fromBase64url } from './encoding';
import { ApiError } from './errors';

// Keyset cursors: the last row's sort key, bound to the sort it belongs to and signed, so a client
// can neither forge positions nor reuse a cursor with another sort.

interface CursorBody {
  s: string;
  k: (string | number | null)[];
}

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(`cursor:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keyCache.set(secret, key);
  }
  return key;
}

/** Encodes the last row's sort key for `sort`. */
export async function encodeCursor(secret: string, sort: string, key: (string | number | null)[]): Promise<string> {
  const payload = encoder.encode(JSON.stringify({ s: sort, k: key } satisfies CursorBody));
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), payload));
  return `${base64url(payload)}.${base64url(mac.slice(0, 16))}`;
}

/** Decodes a cursor made for `sort`; anything else is a 400 `invalid_cursor`. */
export async function decodeCursor(secret: string, sort: string, cursor: string): Promise<(string | number | null)[]> {
  const invalid = () => new ApiError('invalid_cursor', 400, 'The cursor is not valid for this query');
  const [p, m] = cursor.split('.');
  if (!p || !m || cursor.length > 2048) throw invalid();
  let payload: Uint8Array<ArrayBuffer>;
  let mac: Uint8Array;
  try {
    payload = fromBase64url(p);
    mac = fromBase64url(m);
  } catch {
    throw invalid();
  }
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), payload)).slice(0, 16);
  let diff = expected.length ^ mac.length;
  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ (mac[i] ?? 0);
  if (diff !== 0) throw invalid();
  const body = JSON.parse(new TextDecoder().decode(payload)) as CursorBody;
  if (body.s !== sort || !Array.isArray(body.k)) throw invalid();
  return body.k;
}
