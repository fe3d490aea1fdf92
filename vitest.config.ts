import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { TEST_CREDENTIALS } from './test/setup/test-env.ts';

export default defineConfig({
  test: {
    // Root-level so it runs under Node's resolution, not the Worker project's.
    globalSetup: ['test/setup/global-setup.ts'],
    // Drop the per-request access lines (src/middleware/request-log) and the events consumer's batch
    // lines from the output; the tests that check them spy on console, which sees every line.
    onConsoleLog: (log) => (log.includes('"msg":"request"') || log.includes('"msg":"events delivered"') ? false : undefined),
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The example page in headless Chromium against its own dev stack (test/browser/dev-stack.ts).
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                ENVIRONMENT: 'test',
                NEON_PSQL_URL: `postgres://${TEST_CREDENTIALS.neonUser}:${TEST_CREDENTIALS.neonPassword}@db.localtest.me/neondb`,
                NEON_HTTP_ENDPOINT: inject('neonEndpoint'),
                UPSTASH_REDIS_REST_URL: inject('upstashUrl'),
                UPSTASH_REDIS_REST_TOKEN: TEST_CREDENTIALS.upstashToken,
                JWT_SECRET: TEST_CREDENTIALS.jwtSecret,
                SUPABASE_URL: inject('supabaseUrl'),
                SUPABASE_API_KEY: TEST_CREDENTIALS.supabaseKey,
                CLOUDINARY_CLOUD_NAME: TEST_CREDENTIALS.cloudName,
                CLOUDINARY_API_KEY: TEST_CREDENTIALS.cloudinaryKey,
                CLOUDINARY_API_SECRET: TEST_CREDENTIALS.cloudinarySecret,
                CLOUDINARY_API_BASE: inject('cloudinaryUrl'),
                CLOUDINARY_DELIVERY_BASE: inject('cloudinaryUrl'),
                OPEN_ROUTER_API_KEY: TEST_CREDENTIALS.openRouterKey,
                OPEN_ROUTER_BASE_URL: inject('openrouterUrl'),
                RESEND_API_KEY: TEST_CREDENTIALS.resendKey,
                RESEND_BASE_URL: inject('resendUrl'),
                MAIL_FROM: TEST_CREDENTIALS.mailFrom,
                STORE_NAME: 'Edge Commerce',
                APP_URL: 'https://shop.test',
                TEST_WEBHOOK_RECEIVER_URL: inject('receiverUrl'),
                TEST_NEON_STATS_URL: inject('neonStatsUrl'),
                TEST_COUNTING_SETS: JSON.stringify(inject('countingSets')),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['src/**/*.test.ts', 'test/worker/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
