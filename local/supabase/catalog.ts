/**
 * The schema cache: tables, their columns and primary keys, and functions with their named
 * arguments, read from pg_catalog. Like PostgREST's, it is what identifiers are checked against,
 * so nothing from a URL reaches SQL unless the database already has that name.
 */
import type { NeonBackend } from '../neon/backend';

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}

export interface FunctionArg {
  name: string;
  /** The type as `regtype` prints it (e.g. `vector`, `integer[]`): valid SQL, from the catalog. */
  type: string;
  hasDefault: boolean;
}

export type FunctionReturns = 'void' | 'scalar' | 'rows';

export interface FunctionInfo {
  name: string;
  args: FunctionArg[];
  /** A set-returning function answers an array; otherwise one value (or one object). */
  returnsSet: boolean;
  returns: FunctionReturns;
  /** Output columns of `returns table(...)`, OUT parameters or a composite type. */
  columns: string[];
}

export interface SchemaCache {
  tables: Map<string, TableInfo>;
  functions: Map<string, FunctionInfo[]>;
  loadedAt: number;
}

// One round trip: every table and function of the schema as a single JSON document.
const CATALOG_SQL = `
select json_build_object(
  'tables', (select coalesce(json_agg(json_build_object(
      'name', c.relname,
      'columns', (select coalesce(json_agg(a.attname order by a.attnum), '[]') from pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
      'pk', (select coalesce(json_agg(a.attname), '[]') from pg_index i
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
             where i.indrelid = c.oid and i.indisprimary))), '[]')
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = $1 and c.relkind in ('r', 'v', 'm', 'p', 'f')),
  'functions', (select coalesce(json_agg(json_build_object(
      'name', p.proname,
      'argNames', p.proargnames,
      'argModes', p.proargmodes,
      'argTypes', (select json_agg(x::regtype::text order by o)
                   from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality as u(x, o)),
      'nDefaults', p.pronargdefaults,
      'retset', p.proretset,
      'rettype', t.typname,
      'typtype', t.typtype,
      'composite', (select json_agg(a.attname order by a.attnum) from pg_attribute a
                    where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped))), '[]')
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_type t on t.oid = p.prorettype
    where n.nspname = $1 and p.prokind = 'f'))::text`;

interface RawFunction {
  name: string;
  argNames: string[] | null;
  argModes: string[] | null;
  argTypes: string[] | null;
  nDefaults: number;
  retset: boolean;
  rettype: string;
  typtype: string;
  composite: string[] | null;
}

function toFunctionInfo(f: RawFunction): FunctionInfo | undefined {
  const types = f.argTypes ?? [];
  const modes = f.argModes ?? types.map(() => 'i');
  const inputs: { name: string; type: string }[] = [];
  const outputs: string[] = [];
  types.forEach((type, i) => {
    const name = f.argNames?.[i] ?? '';
    const mode = modes[i] ?? 'i';
    if (mode === 'i' || mode === 'b' || mode === 'v') inputs.push({ name, type });
    if (mode === 'o' || mode === 'b' || mode === 't') outputs.push(name);
  });
  // Unnamed inputs cannot be called with named arguments, hence not over PostgREST's JSON body.
  if (inputs.some((a) => a.name === '')) return undefined;
  const firstDefault = inputs.length - f.nDefaults;
  const composite = f.typtype === 'c' || f.rettype === 'record';
  return {
    name: f.name,
    args: inputs.map((a, i) => ({ ...a, hasDefault: i >= firstDefault })),
    returnsSet: f.retset,
    returns: f.rettype === 'void' ? 'void' : composite ? 'rows' : 'scalar',
    columns: f.typtype === 'c' ? (f.composite ?? []) : outputs,
  };
}

/** Reads the schema cache for one schema. */
export async function loadSchemaCache(backend: NeonBackend, schema: string): Promise<SchemaCache> {
  const r = await backend.query(CATALOG_SQL, [schema]);
  const doc = JSON.parse(r.rows[0]?.[0] ?? '{}') as {
    tables: { name: string; columns: string[]; pk: string[] }[];
    functions: RawFunction[];
  };
  const tables = new Map(doc.tables.map((t) => [t.name, { name: t.name, columns: t.columns, primaryKey: t.pk }]));
  const functions = new Map<string, FunctionInfo[]>();
  for (const raw of doc.functions) {
    const info = toFunctionInfo(raw);
    if (info) functions.set(info.name, [...(functions.get(info.name) ?? []), info]);
  }
  return { tables, functions, loadedAt: Date.now() };
}

/**
 * PostgREST's overload choice: the function whose argument names cover the given keys and whose
 * arguments without defaults are all given.
 */
export function pickOverload(candidates: FunctionInfo[], keys: string[]): FunctionInfo | undefined {
  return candidates.find(
    (f) =>
      keys.every((k) => f.args.some((a) => a.name === k)) &&
      f.args.every((a) => a.hasDefault || keys.includes(a.name)),
  );
}
