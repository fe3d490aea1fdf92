import { z } from '@hono/zod-openapi';
import { parseRateLimits } from '../clients/ratelimit';
import { parseCorsOrigins } from '../middleware/cors/policy';
import { ApiError } from './errors';

const url = z.url({ protocol: /^https?$/ });
const optionalText = z.string().trim().min(1).optional();

/** Environment contract. Local-only overrides point the clients at the offline stand-ins. */
export const EnvSchema = z
  .object({
    NEON_PSQL_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    UPSTASH_REDIS_REST_URL: url.optional(),
    UPSTASH_REDIS_REST_TOKEN: optionalText,
    SUPABASE_URL: url.optional(),
    SUPABASE_API_KEY: optionalText,
    /** The project's public (anon) key, handed to browsers for Realtime; never the service key. */
    SUPABASE_ANON_KEY: optionalText,
    CLOUDINARY_CLOUD_NAME: optionalText,
    CLOUDINARY_API_KEY: optionalText,
    CLOUDINARY_API_SECRET: optionalText,
    OPEN_ROUTER_API_KEY: optionalText,
    /** OpenRouter embedding model for search; its vectors must have 1536 dimensions (the column's width). */
    EMBEDDING_MODEL: z.string().trim().min(1).default('openai/text-embedding-3-small'),
    NEON_HTTP_ENDPOINT: url.optional(),
    CLOUDINARY_API_BASE: url.default('https://api.cloudinary.com'),
    CLOUDINARY_DELIVERY_BASE: url.default('https://res.cloudinary.com'),
    OPEN_ROUTER_BASE_URL: url.default('https://openrouter.ai/api/v1'),
    ENVIRONMENT: z.enum(['development', 'test', 'production']).default('production'),
    /** The per-colo Cache API tier for public catalogue GETs (src/catalog/edge.ts); on by default in production. */
    EDGE_CACHE: z.enum(['on', 'off']).optional(),
    /** Base URL of the storefront, for links in mail (verification, password reset, orders). */
    APP_URL: url.default('http://localhost:3000'),
    /** The store's name as mail shows it. */
    STORE_NAME: z.string().trim().min(1).max(100).default('Edge Commerce'),
    /** Resend, for transactional mail; without it mail is logged (development) or skipped (production). */
    RESEND_API_KEY: optionalText,
    /** The sender: `orders@shop.example` or `Shop <orders@shop.example>`, on a domain verified at Resend. */
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/^(?:[^<>]+ <[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, 'must be an address or "Name <address>"')
      .optional(),
    RESEND_BASE_URL: url.default('https://api.resend.com'),
    /** Stripe card payments: the secret key (sk_… or a restricted rk_… key); without it, orders are paid by hand. */
    STRIPE_SECRET_KEY: z.string().trim().regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_…, sk_live_…)').optional(),
    /** The publishable key browsers confirm payments with (GET /api/client-config); never the secret. */
    STRIPE_PUBLISHABLE_KEY: z.string().trim().regex(/^pk_(test|live)_\w+$/, 'must be a Stripe publishable key (pk_…)').optional(),
    /** The signing secret of the webhook endpoint registered in the Stripe dashboard (whsec_…). */
    STRIPE_WEBHOOK_SECRET: z.string().trim().regex(/^whsec_\w+$/, 'must be a webhook signing secret (whsec_…)').optional(),
    /** `automatic` charges at checkout; `manual` authorizes at checkout and captures when the order ships. */
    STRIPE_CAPTURE: z.enum(['automatic', 'manual']).default('automatic'),
    /** Local only: the Stripe stand-in's base URL (the SDK's host, port and protocol). */
    STRIPE_API_BASE: url.optional(),
    /** Card orders still unpaid after this many minutes are cancelled and restocked by the cron sweep. */
    PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(5).max(10_080).default(30),
    /** A Redis call unanswered after this many milliseconds is given up: the request goes on without the cache. */
    CACHE_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
    /**
     * Browser origins allowed to call the API (CORS): exact origins and `https://*.example.com` patterns,
     * comma- or space-separated. In development, localhost origins are allowed besides.
     */
    CORS_ORIGINS: z.string().optional(),
    /** Overrides of the auth rate limits: `rule=requests/seconds,...`. */
    RATE_LIMITS: z
      .string()
      .optional()
      .transform((text, ctx) => {
        try {
          return parseRateLimits(text);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
  })
  .superRefine((env, ctx) => {
    // A half-configured service is a deployment mistake; say which half is missing.
    const pairs: [keyof typeof env, keyof typeof env][] = [
      ['UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN'],
      ['SUPABASE_URL', 'SUPABASE_API_KEY'],
      ['CLOUDINARY_CLOUD_NAME', 'CLOUDINARY_API_KEY'],
      ['CLOUDINARY_API_KEY', 'CLOUDINARY_API_SECRET'],
      ['RESEND_API_KEY', 'MAIL_FROM'],
      ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'],
      ['STRIPE_SECRET_KEY', 'STRIPE_PUBLISHABLE_KEY'],
    ];
    for (const [a, b] of pairs) {
      if ((env[a] === undefined) !== (env[b] === undefined)) {
        const missing = env[a] === undefined ? a : b;
        ctx.addIssue({ code: 'custom', path: [missing], message: `is required when ${missing === a ? b : a} is set` });
      }
    }
  });

/** The env with the CORS list parsed (it depends on ENVIRONMENT, so it is parsed after the object). */
export const EnvSchemaParsed = EnvSchema.transform((env, ctx) => {
  try {
    return { ...env, CORS_ORIGINS: parseCorsOrigins(env.CORS_ORIGINS, env.ENVIRONMENT === 'development') };
  } catch (err) {
    ctx.addIssue({ code: 'custom', path: ['CORS_ORIGINS'], message: (err as Error).message });
    return z.NEVER;
  }
});

export type Env = z.infer<typeof EnvSchemaParsed>;

const parsed = new WeakMap<object, Env>();

/** Validates the raw bindings once per env object; throws a 500 naming the bad variables. */
export function loadEnv(raw: object): Env {
  const hit = parsed.get(raw);
  if (hit) return hit;
  const result = EnvSchemaParsed.safeParse(raw);
  if (!result.success) {
    // Only names and rules are reported: values may be secrets.
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(env)'} ${describeIssue(i.message)}`);
    throw new ApiError('config_invalid', 500, `Invalid configuration: ${problems.join('; ')}`);
  }
  parsed.set(raw, result.data);
  return result.data;
}

function describeIssue(message: string): string {
  return /received undefined/.test(message) ? 'is missing' : message.startsWith('is ') ? message : `is invalid (${message})`;
}

const secrets = new WeakMap<Env, string[]>();

/** Every secret value in the env, so logs can scrub them (the same array for the same env). */
export function secretValues(env: Env): string[] {
  let out = secrets.get(env);
  if (!out) secrets.set(env, (out = listSecrets(env)));
  return out;
}

function listSecrets(env: Env): string[] {
  const password = decodeURIComponent(new URL(env.NEON_PSQL_URL).password);
  return [
    password,
    env.JWT_SECRET,
    env.UPSTASH_REDIS_REST_TOKEN,
    env.SUPABASE_API_KEY,
    env.CLOUDINARY_API_SECRET,
    env.OPEN_ROUTER_API_KEY,
    env.RESEND_API_KEY,
    env.STRIPE_SECRET_KEY,
    env.STRIPE_WEBHOOK_SECRET,
  ].filter((v): v is string => Boolean(v));
}
