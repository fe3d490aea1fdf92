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
} as const;

/** Named sets of counting stand-ins; each belongs to one test file (see global-setup). */
export const COUNTING_SETS = ['catalog', 'search', 'checkout', 'events', 'spare'] as const;
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
    backendKind: 'postgres' | 'pglite';
    countingSets: Record<CountingSet, { neon: string; upstash: string; supabase: string; openrouter: string }>;
  }
}
