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
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    neonEndpoint: string;
    neonStatsUrl: string;
    upstashUrl: string;
    cloudinaryUrl: string;
    openrouterUrl: string;
    supabaseUrl: string;
    backendKind: 'postgres' | 'pglite';
  }
}
