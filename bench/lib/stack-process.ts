import { sql } from 'kysely';
import { startBenchStack } from './stack';

// The offline stack in a process of its own (see spawnBenchStack): its embedded databases block
// their event loop while they work, which must not delay the load generator's clocks.
const products = Number(process.argv[2] ?? 200);
const bench = await startBenchStack(products, (line) => console.error(`[bench] ${line}`));
const dbVersion = (await sql<{ v: string }>`select version() as v`.execute(bench.stack.db)).rows[0]!.v;
process.stdout.write(`${JSON.stringify({ urls: bench.urls, backends: bench.backends, dbVersion })}\n`);

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await bench.close().catch((err: unknown) => console.error(err));
  process.exit(0);
};
// The parent closes stdin to stop it (and a dying parent closes it too).
process.stdin.on('end', () => void close());
process.stdin.resume();
process.on('SIGTERM', () => void close());
