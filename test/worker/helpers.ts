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
