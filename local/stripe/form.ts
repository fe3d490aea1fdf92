import { invalidParam } from './errors';

// Stripe's request bodies: application/x-www-form-urlencoded with bracketed nesting, as the SDKs
// encode them (qs with `arrayFormat: 'indices'`): `metadata[order_id]=42`, `expand[0]=latest_charge`.

export type FormValue = string | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

/** Parses a form body (or a query string) into nested objects; `a[0]`, `a[1]` become arrays. */
export function parseForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!m) throw invalidParam(rawKey, `Invalid parameter name: ${rawKey}`);
    const path = [m[1]!, ...[...m[2]!.matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1]!)];
    let node: FormObject = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      const next = node[key];
      if (next === undefined || typeof next === 'string') node[key] = {};
      node = node[key] as FormObject;
    }
    node[path.at(-1)!] = value;
  }
  return arrays(root) as FormObject;
}

// Objects whose keys are 0..n-1 (or empty, from `a[]=`) are arrays.
function arrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((k) => [k, arrays(value[k]!)]));
  if (keys.length > 0 && keys.every((k, i) => k === String(i) || k === '')) return keys.map((k) => converted[k]!);
  return converted;
}

/** The params of a request refused when they name anything outside `allowed` (Stripe: "Received unknown parameter"). */
export function onlyKnown(params: FormObject, allowed: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) throw invalidParam(key, `Received unknown parameter: ${key}`, 'parameter_unknown');
  }
}

export function str(params: FormObject, key: string): string | undefined {
  const v = params[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalidParam(key, `Invalid string: ${key}`);
  return v;
}

export function int(params: FormObject, key: string, min = 0): number | undefined {
  const v = str(params, key);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
    throw invalidParam(key, `Invalid integer: ${v}`);
  }
  return Number(v);
}

export function bool(params: FormObject, key: string): boolean | undefined {
  const v = str(params, key);
  if (v === undefined) return undefined;
  if (v !== 'true' && v !== 'false') throw invalidParam(key, `Invalid boolean: ${v}`);
  return v === 'true';
}

/** `metadata[k]=v`: at most 50 keys of 40 characters, values of 500 (Stripe's limits); `metadata=` clears. */
export function metadata(params: FormObject, key = 'metadata'): Record<string, string> | undefined {
  const v = params[key];
  if (v === undefined) return undefined;
  if (v === '') return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalidParam(key, 'Invalid object');
  const entries = Object.entries(v);
  if (entries.length > 50) throw invalidParam(key, 'Metadata can have at most 50 keys');
  for (const [k, value] of entries) {
    if (typeof value !== 'string' || k.length > 40 || value.length > 500) throw invalidParam(`${key}[${k}]`, 'Invalid metadata value');
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
