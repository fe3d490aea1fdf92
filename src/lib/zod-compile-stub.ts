// zod's `z.compile` builds validators with `new Function`, which Workers forbid (no eval): zod itself falls
// back to its runtime parser there, and this API never calls it. Its module stays out of the bundle; the
// names zod re-exports from it are kept, each refusing to run.
export const INVALID = Symbol.for('zod.compile.invalid');
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
const absent = (): never => {
  throw new Error('z.compile is not part of this Worker (aliased away in wrangler.toml; Workers forbid eval)');
};
export const compile = absent;
export const withParser = absent;
export const compileFn = absent;
