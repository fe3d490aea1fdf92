import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../src/db/schema';
import type { NeonBackend } from './neon/backend';
import { createPgBackend } from './neon/backends/pg';
import { createPgliteBackend } from './neon/backends/pglite';
import { type NeonStandin, startNeonStandin } from './neon/server';
import { type CloudinaryStandin, startCloudinaryStandin } from './cloudinary/server';
import { type OpenRouterStandin, startOpenRouterStandin } from './openrouter/server';
import { type SupabaseStandin, startSupabaseStandin } from './supabase/server';
import { type UpstashStandin, startUpstashStandin } from './upstash/server';
import { type ResendStandin, startResendStandin } from './resend';
import { type ReceiverStandin, startReceiverStandin } from './webhook-receiver';
import { type StripeStandin, startStripeStandin } from './stripe';

export interface StackOptions {
  /** A real PostgreSQL server; otherwise embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; undefined keeps the embedded database in memory. */
  pgliteDir?: string;
  /** A real Redis server; otherwise an embedded in-memory Redis. */
  redisUrl?: string;
  neon: { port: number; user: string; password: string };
  upstash: { port: number; token: string };
  cloudinary: { port: number; cloudName: string; apiKey: string; apiSecret: string; storageDir: string };
  openrouter: { port: number; apiKey: string };
  /** Supabase's own Postgres is always embedded PGlite (it needs pgvector); `dataDir` persists it. */
  supabase: { port: number; apiKey: string; dataDir?: string; /** A second, public key (the anon key browsers get). */ anonKey?: string };
  /** Resend (mail), when given; `rateLimit` is its requests per second. */
  resend?: { port: number; apiKey: string; rateLimit?: number };
  /** A webhook receiver for outbound webhooks, when given. */
  receiver?: { port: number };
  /** Stripe (card payments), when given; `webhookUrl` is where its events are delivered (the API's /api/webhooks/stripe). */
  stripe?: { port: number; secretKey: string; publishableKey: string; webhookSecret: string; webhookUrl?: string };
  log?: (line: string) => void;
}

export interface Stack {
  /** A session on the backing database, for migrations and seeding (not the Worker's path). */
  db: Kysely<DB>;
  neon: NeonStandin;
  upstash: UpstashStandin;
  cloudinary: CloudinaryStandin;
  openrouter: OpenRouterStandin;
  supabase: SupabaseStandin;
  resend: ResendStandin | null;
  receiver: ReceiverStandin | null;
  stripe: StripeStandin | null;
  /** A session on the Supabase database, for its migrations. */
  supabaseDb: Kysely<any>;
  /** The databases behind the Neon and Supabase stand-ins, for extra stand-ins over the same data. */
  neonBackend: NeonBackend;
  supabaseBackend: NeonBackend;
  backendKind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Starts the offline stand-ins over the chosen backends. Ports of 0 pick free ones. */
export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? (() => {});
  let backend: NeonBackend;
  let db: Kysely<DB>;
  if (opts.databaseUrl) {
    backend = await createPgBackend(opts.databaseUrl);
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 2 }) }) });
  } else {
    const lite = await createPgliteBackend({ dataDir: opts.pgliteDir });
    backend = lite;
    db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
  }
  const started: { close(): Promise<void> }[] = [];
  try {
    const neon = await startNeonStandin({ backend, ...opts.neon, log });
    started.push(neon);
    const upstash = await startUpstashStandin({ ...opts.upstash, redisUrl: opts.redisUrl, log });
    started.push(upstash);
    const cloudinary = await startCloudinaryStandin({ ...opts.cloudinary, log });
    started.push(cloudinary);
    const openrouter = await startOpenRouterStandin({ ...opts.openrouter, log });
    started.push(openrouter);
    const supabaseBackend = await createPgliteBackend({ dataDir: opts.supabase.dataDir });
    started.push(supabaseBackend);
    const supabase = await startSupabaseStandin({ backend: supabaseBackend, apiKeys: [opts.supabase.apiKey, ...(opts.supabase.anonKey ? [opts.supabase.anonKey] : [])], port: opts.supabase.port, log });
    started.push(supabase);
    const resend = opts.resend ? await startResendStandin({ apiKeys: [opts.resend.apiKey], port: opts.resend.port, rateLimit: opts.resend.rateLimit, log }) : null;
    if (resend) started.push(resend);
    const receiver = opts.receiver ? await startReceiverStandin({ port: opts.receiver.port, log }) : null;
    if (receiver) started.push(receiver);
    const stripe = opts.stripe ? await startStripeStandin({ ...opts.stripe, log }) : null;
    if (stripe) started.push(stripe);
    return {
      db,
      neon,
      upstash,
      cloudinary,
      openrouter,
      supabase,
      resend,
      receiver,
      stripe,
      supabaseDb: new Kysely<any>({ dialect: new PGliteDialect({ pglite: supabaseBackend.pglite }) }),
      neonBackend: backend,
      supabaseBackend,
      backendKind: opts.databaseUrl ? 'postgres' : 'pglite',
      close: async () => {
        // Servers first, then the databases behind them (started in that order, closed in reverse).
        for (const s of started.reverse()) await s.close().catch(() => {});
        // PGlite's Kysely dialect would close the shared instance; the backend owns it.
        if (opts.databaseUrl) await db.destroy();
        await backend.close();
      },
    };
  } catch (err) {
    await Promise.allSettled(started.map((s) => s.close()));
    if (opts.databaseUrl) await db.destroy();
    await backend.close();
    throw err;
  }
}
