/** The Neon SQL-over-HTTP stand-in: the server plus its two database backends. */
export * from './backend';
export { createPgBackend } from './backends/pg';
export { createPgliteBackend } from './backends/pglite';
export { startNeonStandin, type NeonStandin, type NeonStandinOptions } from './server';
