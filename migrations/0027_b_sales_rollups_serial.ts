import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the sales rollups are read a few key ranges at a time (the top sellers of a year: ~44k rows in
// ~12 ms). The planner, short of statistics for a union of them, ran such reads with two parallel workers,
// whose start-up took 60–140 ms. Neither table is read in parallel.

const TABLES = ['product_sales_periods', 'product_sales_daily'];

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, TABLES.map((t) => `alter table ${t} set (parallel_workers = 0)`));
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, TABLES.map((t) => `alter table ${t} reset (parallel_workers)`));
}
