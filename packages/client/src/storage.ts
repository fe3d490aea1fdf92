/**
 * Where the client keeps the guest cart token and the session (access and refresh tokens). Sync or
 * async, so browser storage, a cookie jar, a file or a KV store all fit.
 */
export interface TokenStorage {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/** The part of the Web Storage API (`localStorage`, `sessionStorage`) the client uses. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Keeps tokens in memory: they last as long as the client object (the default). */
export function memoryStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * Keeps tokens in Web Storage under `prefix`: `webStorage(localStorage)` keeps a guest's cart across
 * visits. Anything stored there is readable by every script of the page, so serve no untrusted script.
 */
export function webStorage(storage: WebStorageLike, prefix = 'edge-commerce:'): TokenStorage {
  return {
    get: (key) => storage.getItem(prefix + key),
    set: (key, value) => storage.setItem(prefix + key, value),
    remove: (key) => storage.removeItem(prefix + key),
  };
}
