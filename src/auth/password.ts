// PBKDF2-HMAC-SHA256 through Web Crypto, stored as `pbkdf2_sha256$<iterations>$<salt>$<hash>` (base64).

const ALGORITHM = 'pbkdf2_sha256';
/** The most workerd allows for PBKDF2. */
export const PBKDF2_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return [ALGORITHM, iterations, toBase64(salt), toBase64(hash)].join('$');
}

export interface VerifyResult {
  ok: boolean;
  /** The stored hash uses weaker parameters than today's: rehash after a successful login. */
  needsRehash: boolean;
}

/** Checks `password` against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<VerifyResult> {
  const parts = stored.split('$');
  const iterations = Number(parts[1]);
  if (parts.length !== 4 || parts[0] !== ALGORITHM || !Number.isInteger(iterations) || iterations < 1) {
    return { ok: false, needsRehash: false };
  }
  const salt = fromBase64(parts[2]!);
  const expected = fromBase64(parts[3]!);
  const actual = await derive(password, salt, iterations);
  return { ok: timingSafeEqual(actual, expected), needsRehash: iterations < PBKDF2_ITERATIONS };
}

// A fixed hash to verify against when the account does not exist, so both paths cost the same.
const DUMMY_HASH = `${ALGORITHM}$${PBKDF2_ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;

/** Burns the same work as a real verification; always fails. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(password, DUMMY_HASH);
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Compares without an early exit, so timing says nothing about where inputs differ. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ (b[i % Math.max(b.length, 1)] ?? 0);
  return diff === 0;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}
