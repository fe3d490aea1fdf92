import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '../src/lib/env';
import { LOCAL_DIR, loadDevVars } from './lib/dev-vars';
import { progressLine, reindex } from './lib/reindex';

// npm run search:reindex [-- --force] [-- --restart] [-- --batch 100]
// Backfills or rebuilds the product embeddings in Supabase. Talks to Neon, OpenRouter and Supabase
// over HTTP exactly as the Worker does: against `npm run dev`'s stand-ins with .dev.vars, or against
// the real services when NEON_PSQL_URL is set in the shell (then every setting comes from the shell).
const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    restart: { type: 'boolean', default: false },
    batch: { type: 'string', default: '100' },
  },
});
const batch = Number(values.batch);
if (!Number.isInteger(batch) || batch < 1 || batch > 1000) {
  console.error('--batch must be an integer from 1 to 1000');
  process.exit(1);
}

const production = Boolean(process.env.NEON_PSQL_URL && !process.env.NEON_HTTP_ENDPOINT);
let env;
try {
  const vars = production ? { ...process.env } : { ...loadDevVars(), ...process.env };
  // The Worker's env contract requires a JWT secret; this script signs nothing, so any will do.
  env = loadEnv({ JWT_SECRET: 'not-used-by-search-reindex-0123456789abcdef', ...vars });
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

const tty = process.stderr.isTTY;
try {
  const result = await reindex(env, {
    batch,
    force: values.force,
    restart: values.restart,
    checkpointFile: resolve(LOCAL_DIR, 'search-reindex.json'),
    onProgress: (p) => process.stderr.write(tty ? `\r${progressLine(p)}` : `${progressLine(p)}\n`),
  });
  if (tty) process.stderr.write('\n');
  console.log(`search index up to date: ${result.embedded} embedded, ${result.unchanged} unchanged, ${result.deleted + result.orphans} removed`);
} catch (err) {
  if (tty) process.stderr.write('\n');
  console.error(`reindex stopped: ${(err as Error).message}`);
  if (!production) console.error('(is `npm run dev` running? The script reaches its stand-ins over HTTP.)');
  console.error('Progress is saved: run the same command again to resume.');
  process.exitCode = 1;
}
