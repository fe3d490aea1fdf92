/** Credentials the test stack is started with and the Worker is given; test-only values. */
export const TEST_CREDENTIALS = {
  neonUser: 'app',
  neonPassword: 'test-neon-password',
  upstashToken: 'test-upstash-token',
  jwtSecret: 'test-jwt-secret-0123456789abcdef0123456789',
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    neonEndpoint: string;
    neonStatsUrl: string;
    upstashUrl: string;
    backendKind: 'postgres' | 'pglite';
  }
}
