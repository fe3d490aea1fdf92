// zod's `z.fromJSONSchema` (building schemas from JSON Schema at run time) is never used: schemas are code.
export function fromJSONSchema(): never {
  throw new Error('z.fromJSONSchema is not part of this Worker (aliased away in wrangler.toml)');
}
