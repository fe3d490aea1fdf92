import type { Kysely } from 'kysely';
import { createDatabase } from '../../src/db/client';
import type { DB } from '../../src/db/schema';
import { loadEnv } from '../../src/lib/env';
import { Timing } from '../../src/lib/timing';
import { testEnv } from './helpers';

/** Direct database access for arranging and inspecting state, through the same stand-in. */
export function testDb(): Kysely<DB> {
  return createDatabase(loadEnv(testEnv), new Timing()).db;
}
