import { sql } from 'kysely';
import { withTimeout } from '../../lib/timeout';
import type { Services } from '../../lib/types';
import type { DependencyStatus } from '../../schemas/health';

const CHECK_TIMEOUT_MS = 2_000;

type Check = (() => Promise<unknown>) | null;

/** The checks for every dependency; `null` means not configured. Later services add theirs here. */
export function dependencyChecks(s: Services): Record<string, Check> {
  const { env, media } = s;
  return {
    database: () => sql`select 1 as ok`.execute(s.db.db),
    cache: s.cache.client ? () => s.cache.ping() : null,
    supabase:
      env.SUPABASE_URL && env.SUPABASE_API_KEY
        ? () => expectOk(`${env.SUPABASE_URL}/rest/v1/`, { apikey: env.SUPABASE_API_KEY!, Authorization: `Bearer ${env.SUPABASE_API_KEY}` })
        : null,
    cloudinary: media ? () => media.ping() : null,
    openrouter: env.OPEN_ROUTER_API_KEY
      ? () => expectOk(`${env.OPEN_ROUTER_BASE_URL}/key`, { Authorization: `Bearer ${env.OPEN_ROUTER_API_KEY}` })
      : null,
  };
}

async function expectOk(url: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { headers });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}

/** Runs all checks in parallel, each bounded by its own timeout. */
export async function runChecks(checks: Record<string, Check>): Promise<Record<string, DependencyStatus>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, DependencyStatus]> => {
      if (!check) return [name, { status: 'not_configured', latency_ms: null }];
      const t0 = performance.now();
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS);
        return [name, { status: 'up', latency_ms: Math.round(performance.now() - t0) }];
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        return [name, { status: 'down', latency_ms: Math.round(performance.now() - t0), error: safeMessage(error) }];
      }
    }),
  );
  return Object.fromEntries(entries);
}

// Driver messages can quote connection strings; keep only the first line, scrubbed of URLs' credentials.
function safeMessage(message: string): string {
  return message.split('\n')[0]!.replace(/\/\/[^/@\s]+@/g, '//***@').slice(0, 200);
}
