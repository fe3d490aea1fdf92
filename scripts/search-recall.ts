import { parseArgs } from 'node:util';
import { measureRecall } from './lib/recall';

// npx tsx scripts/search-recall.ts [--vectors 10000] [--queries 100]: the HNSW index path's top-10
// recall against exact search (what the benchmark reports).
const { values } = parseArgs({ options: { vectors: { type: 'string', default: '10000' }, queries: { type: 'string', default: '100' } } });
const r = await measureRecall({ vectors: Number(values.vectors), queries: Number(values.queries), log: (l) => process.stderr.write(`\r${l}    `) });
process.stderr.write('\n');
console.log(
  `top-${r.k} recall ${r.recall.toFixed(3)} on ${r.vectors} vectors (${r.queries} queries, ${r.indexScans} index scans, ef_search ${r.efSearch}); ` +
    `index build ${(r.buildMs / 1000).toFixed(1)} s; per query: index ${r.indexQueryMs.toFixed(1)} ms, exact ${r.exactQueryMs.toFixed(1)} ms (PGlite)`,
);
