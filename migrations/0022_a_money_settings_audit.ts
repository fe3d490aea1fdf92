import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the per-currency money settings (shipping rates and discount amounts per currency), now written
// through the admin API, are audited like the settings they belong to: who, when and the fields before and
// after, in the same transaction (audit_row of migration 0017). Their entity id is `<owner>:<currency>`.

const AUDITED: [string, string[]][] = [
  ['shipping_rates', ['method_code', 'currency']],
  ['discount_amounts', ['discount_id', 'currency']],
];

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    AUDITED.map(
      ([table, key]) =>
        `create trigger ${table}_audit after insert or update or delete on ${table} for each row execute function audit_row(${key.map((k) => `'${k}'`).join(', ')})`,
    ),
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, AUDITED.map(([table]) => `drop trigger ${table}_audit on ${table}`));
}
