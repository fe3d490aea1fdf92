import { base64url, fromBase64url } from './encoding';

// Values the server must read back later but never store in clear (webhook signing secrets, the token
// of a queued account mail): AES-256-GCM under a key derived from the server secret with HKDF. The
// purpose is bound as additional data, so a value sealed for one use cannot be unsealed for another.
// Rotating the server secret makes earlier sealed values unreadable: rotate webhook secrets after it.

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keys = new Map<string, Promise<CryptoKey>>();
const VERSION = 'v1';

export type SealPurpose = 'webhook-secret' | 'account-token';

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle
      .importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('edge-commerce/sealed'), info: encoder.encode(VERSION) },
          base,
          { name: 'AES-GCM', length: 256 },
          false,
          ['encrypt', 'decrypt'],
        ),
      );
    keys.set(secret, key);
  }
  return key;
}

/** Encrypts `value` for `purpose`: `v1.<iv>.<ciphertext>`, base64url. */
export async function seal(secret: string, purpose: SealPurpose, value: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(purpose) }, await keyFor(secret), encoder.encode(value));
  return `${VERSION}.${base64url(iv)}.${base64url(new Uint8Array(data))}`;
}

/** Decrypts a sealed value; throws when it was sealed under another secret or purpose, or altered. */
export async function unseal(secret: string, purpose: SealPurpose, sealed: string): Promise<string> {
  const [version, iv, data] = sealed.split('.');
  if (version !== VERSION || !iv || !data) throw new Error('not a sealed value');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64url(iv), additionalData: encoder.encode(purpose) }, await keyFor(secret), fromBase64url(data));
  return decoder.decode(plain);
}
