import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { TEST_CREDENTIALS, workerBindings } from './test/setup/test-env.ts';

// Wrangler's informational lines (e.g. "Using secrets defined in .dev.vars") stay out of the test output; its
// warnings still show.
process.env.WRANGLER_LOG ??= 'warn';

export default defineConfig({
  test: {
    // Root-level so it runs under Node's resolution, not the Worker project's.
    globalSetup: ['test/setup/global-setup.ts'],
    // What the code under test logs (request lines, mail links, warnings of degraded dependencies) is
    // shown for failing tests only; tests that check log lines spy on console, which sees every line.
    silent: 'passed-only',
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
                ...workerBindings({
                  neonEndpoint: inject('neonEndpoint'),
                  upstashUrl: inject('upstashUrl'),
                  supabaseUrl: inject('supabaseUrl'),
                  cloudinaryUrl: inject('cloudinaryUrl'),
                  openrouterUrl: inject('openrouterUrl'),
                }),
                RESEND_API_KEY: TEST_CREDENTIALS.resendKey,
                RESEND_BASE_URL: inject('resendUrl'),
                MAIL_FROM: TEST_CREDENTIALS.mailFrom,
                STORE_NAME: 'Edge Commerce',
                APP_URL: 'https://shop.test',
                TEST_WEBHOOK_RECEIVER_URL: inject('receiverUrl'),
                // Card payments are off by default (checkout as before); payment tests turn them on per request.
                TEST_STRIPE_URL: inject('stripeUrl'),
                TEST_STRIPE_COUNTING_URL: inject('stripeCountingUrl'),
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
