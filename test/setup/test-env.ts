/** Credentials the test stack is started with and the Worker is given; test-only values. */
export const TEST_CREDENTIALS = {
  neonUser: 'app',
  neonPassword: 'test-neon-password',
  upstashToken: 'test-upstash-token',
  jwtSecret: 'test-jwt-secret-0123456789abcdef0123456789',
  cloudName: 'test-cloud',
  cloudinaryKey: '123456789012345',
  cloudinarySecret: 'test-cloudinary-secret',
  openRouterKey: 'sk-or-test-key',
  supabaseKey: 'test-supabase-service-key',
  resendKey: 're_test_key',
  mailFrom: 'Edge Commerce <orders@shop.test>',
  stripeSecretKey: 'sk_test_edgecommerce0123456789',
  stripePublishableKey: 'pk_test_edgecommerce0123456789',
  stripeWebhookSecret: 'whsec_edgecommerce0123456789',
} as const;

/** The stand-in URLs global-setup provides (`inject(...)`), as far as the Worker's bindings need them. */
export interface StackUrls {
  neonEndpoint: string;
  upstashUrl: string;
  supabaseUrl: string;
  cloudinaryUrl: string;
  openrouterUrl: string;
}

/** The Worker's bindings under test, over the stand-ins at `urls`. */
export function workerBindings(urls: StackUrls): Record<string, string> {
  return {
    ENVIRONMENT: 'test',
    NEON_PSQL_URL: `postgres://${TEST_CREDENTIALS.neonUser}:${TEST_CREDENTIALS.neonPassword}@db.localtest.me/neondb`,
    NEON_HTTP_ENDPOINT: urls.neonEndpoint,
    UPSTASH_REDIS_REST_URL: urls.upstashUrl,
    UPSTASH_REDIS_REST_TOKEN: TEST_CREDENTIALS.upstashToken,
    // A machine busy with other work answers slowly, not wrongly: a cache read is never given up in tests.
    CACHE_TIMEOUT_MS: '30000',
    JWT_SECRET: TEST_CREDENTIALS.jwtSecret,
    SUPABASE_URL: urls.supabaseUrl,
    SUPABASE_API_KEY: TEST_CREDENTIALS.supabaseKey,
    CLOUDINARY_CLOUD_NAME: TEST_CREDENTIALS.cloudName,
    CLOUDINARY_API_KEY: TEST_CREDENTIALS.cloudinaryKey,
    CLOUDINARY_API_SECRET: TEST_CREDENTIALS.cloudinarySecret,
    CLOUDINARY_API_BASE: urls.cloudinaryUrl,
    CLOUDINARY_DELIVERY_BASE: urls.cloudinaryUrl,
    OPEN_ROUTER_API_KEY: TEST_CREDENTIALS.openRouterKey,
    OPEN_ROUTER_BASE_URL: urls.openrouterUrl,
  };
}

/** Named sets of counting stand-ins; each belongs to one test file (see global-setup). */
export const COUNTING_SETS = ['catalog', 'search', 'checkout', 'events', 'stock', 'edge', 'spare', 'collections'] as const;
export type CountingSet = (typeof COUNTING_SETS)[number];

declare module 'vitest' {
  export interface ProvidedContext {
    neonEndpoint: string;
    neonStatsUrl: string;
    upstashUrl: string;
    cloudinaryUrl: string;
    openrouterUrl: string;
    supabaseUrl: string;
    resendUrl: string;
    receiverUrl: string;
    stripeUrl: string;
    stripeCountingUrl: string;
    backendKind: 'postgres' | 'pglite';
    countingSets: Record<CountingSet, { neon: string; upstash: string; supabase: string; openrouter: string }>;
  }
}
