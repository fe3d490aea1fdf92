import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/lib/create-app';
import { registerRoutes } from '../../src/routes';
import { openApiDocument } from '../../src/routes/docs/document';

// The validator compiles JSON schemas with `new Function`, which workerd refuses, so this runs in
// Node. The app modules use web-standard APIs only; the document is built exactly as
// GET /openapi.json builds it (test/worker/openapi.test.ts checks the served one against the routes).

type Json = Record<string, any>;
let doc: Json;
beforeAll(() => {
  doc = openApiDocument(registerRoutes(createApp()), 'http://127.0.0.1:8787') as Json;
});

function* operations(): Generator<[string, Json]> {
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) yield [`${method.toUpperCase()} ${path}`, op as Json];
  }
}

/** Follows a local `$ref` (`#/components/...`). */
function resolve(node: Json | undefined): Json | undefined {
  if (!node?.$ref) return node;
  return (node.$ref as string)
    .slice(2)
    .split('/')
    .reduce<Json | undefined>((at, key) => at?.[key], doc);
}

/** True when the schema, or something inside it, shows an example value (a literal counts). */
function illustrated(schema: Json | undefined, seen = new Set<Json>()): boolean {
  const s = resolve(schema);
  if (!s || seen.has(s)) return false;
  seen.add(s);
  if (s.example !== undefined || s.examples !== undefined || s.const !== undefined || s.enum !== undefined) return true;
  const children = [...Object.values((s.properties ?? {}) as Json), s.items, ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  return children.some((c) => illustrated(c, seen));
}

describe('the OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has no dangling $ref', () => {
    const refs = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) k === '$ref' && typeof v === 'string' ? refs.add(v) : walk(v);
      }
    };
    walk(doc);
    expect(refs.size).toBeGreaterThan(10);
    expect([...refs].filter((r) => resolve({ $ref: r }) === undefined)).toEqual([]);
  });

  it('gives every error response the shared error body', () => {
    // The health report is answered with 503 when the database is down: a report, not an error.
    const REPORTS = new Set(['GET /health 503']);
    const bad: string[] = [];
    for (const [name, op] of operations()) {
      for (const [status, response] of Object.entries(op.responses as Json)) {
        if (Number(status) < 400 || REPORTS.has(`${name} ${status}`)) continue;
        const schema = resolve(response as Json)?.content?.['application/json']?.schema;
        if (schema?.$ref !== '#/components/schemas/Error') bad.push(`${name} ${status}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shows an example for every JSON request body and success response', () => {
    const bare: string[] = [];
    for (const [name, op] of operations()) {
      const body = op.requestBody?.content?.['application/json'];
      if (body && body.example === undefined && !illustrated(body.schema)) bare.push(`${name} request`);
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const content = resolve(response as Json)?.content?.['application/json'];
        if (Number(status) < 300 && content && content.example === undefined && !illustrated(content.schema)) bare.push(`${name} ${status}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('declares the response headers generators need, each with a schema, on the answers that carry them', () => {
    const headers = doc.components.headers as Json;
    for (const name of ['ETag', 'Cache-Control', 'X-Cart-Token', 'Idempotent-Replayed', 'Retry-After']) {
      expect(headers[name]?.schema?.type, name).toBeTruthy();
      expect(headers[name]?.description, name).toBeTruthy();
    }
    const carries = (op: string, status: string) => Object.keys(resolve(Object.fromEntries(operations())[op]?.responses?.[status])?.headers ?? {});
    expect(carries('GET /api/products', '200')).toEqual(expect.arrayContaining(['ETag', 'Cache-Control']));
    expect(carries('GET /api/products', '304')).toEqual(expect.arrayContaining(['ETag', 'Cache-Control']));
    expect(carries('GET /api/products/{id_or_slug}', '200')).toEqual(expect.arrayContaining(['ETag', 'Cache-Control']));
    expect(carries('POST /api/cart/items', '200')).toContain('X-Cart-Token');
    expect(carries('POST /api/orders', '201')).toContain('Idempotent-Replayed');
    expect(carries('POST /api/orders', '409')).toContain('Retry-After');
    expect(carries('POST /api/orders', '503')).toContain('Retry-After');
    // Every 429 the API documents says when to come back.
    const limited = [...operations()].filter(([, op]) => op.responses['429']);
    expect(limited.length).toBeGreaterThan(3);
    for (const [name, op] of limited) expect(Object.keys(resolve(op.responses['429'])?.headers ?? {}), name).toContain('Retry-After');
  });

  it('marks the Idempotency-Key of checkout required, with its format', () => {
    const key = (Object.fromEntries(operations())['POST /api/orders']!.parameters as Json[]).find((p) => p.name.toLowerCase() === 'idempotency-key');
    expect(key).toMatchObject({ in: 'header', required: true, schema: { type: 'string', minLength: 1, maxLength: 255 } });
    expect(new RegExp(key!.schema.pattern).test('0f8c6a2e-6b1d-4f7e-9a43-2d1c5b7e9f10')).toBe(true);
    expect(new RegExp(key!.schema.pattern).test('with space')).toBe(false);
  });

  it('gives every operation a summary and a tag', () => {
    const bare = [...operations()].filter(([, op]) => !op.summary || !op.tags?.length).map(([name]) => name);
    expect(bare).toEqual([]);
  });
});
