import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';

export const BASE = 'http://api.test';

/** Calls the Worker's real entry point, as a client would. */
export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

export function json(body: unknown, init: RequestInit = {}): RequestInit {
  return { method: 'POST', ...init, headers: { 'content-type': 'application/json', ...init.headers }, body: JSON.stringify(body) };
}

/** The test bindings, for tests that build an env of their own from them. */
export const testEnv = env as unknown as Record<string, string>;

/** Requests the Neon stand-in has served so far (counted at the stand-in, so deterministic). */
export async function neonRequests(): Promise<number> {
  const res = await fetch(testEnv.TEST_NEON_STATS_URL!);
  return ((await res.json()) as { requests: number }).requests;
}

let counter = 0;
/** A unique suffix per call, so tests never collide on emails or usernames. */
export function unique(prefix = 'u'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A fresh client IP, so per-IP rate limits of one test do not spill into another. */
export function freshIp(): string {
  return `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${1 + Math.floor(Math.random() * 254)}`;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface Session {
  access_token: string;
  refresh_token: string;
  user: { id: number; email: string; is_admin: boolean } & Record<string, unknown>;
  email: string;
  password: string;
}

/** Registers a new customer through the API and returns the session. */
export async function registerUser(extra: Record<string, unknown> = {}): Promise<Session> {
  const email = `${unique()}@example.com`;
  const password = 'a-long-password-1';
  const res = await api('/api/users/register', json({ email, password, ...extra }, { headers: { 'CF-Connecting-IP': freshIp() } }));
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  return { ...((await res.json()) as Omit<Session, 'email' | 'password'>), email, password };
}

/** Captures structured log lines (console.log/warn/error) while `fn` runs. */
export async function captureLogs<T>(fn: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const { vi } = await import('vitest');
  const spies = (['log', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
  try {
    const result = await fn();
    // Background work (waitUntil) may log just after the response.
    await new Promise((r) => setTimeout(r, 20));
    const lines = spies.flatMap((s) => s.mock.calls.map((args) => String(args[0])));
    return { result, lines: lines.flatMap((l) => { try { return [JSON.parse(l) as Record<string, unknown>]; } catch { return []; } }) };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}
