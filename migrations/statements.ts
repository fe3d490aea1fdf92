import { type Kysely, sql } from 'kysely';

/** Runs DDL statements one by one: drivers that use prepared statements refuse multi-statement strings. */
export async function runStatements(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
