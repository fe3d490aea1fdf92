import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createApp } from '../../src/lib/create-app';
import { registerRoutes } from '../../src/routes';
import { openApiDocument } from '../../src/routes/docs/document';
import { ROOT } from './dev-vars';

const run = promisify(execFile);

/** The client package, and the file its types are generated into. */
export const CLIENT_DIR = resolve(ROOT, 'packages/client');
export const CLIENT_TYPES_FILE = resolve(CLIENT_DIR, 'src/openapi.ts');

const HEADER = `// Generated from the API's /openapi.json by \`npm run client:build\` (openapi-typescript). Do not edit:
// change the route schemas in src/ and run the build again. A test fails when this file and the document disagree.

`;

/** The API's OpenAPI document, built as GET /openapi.json builds it (without its deployment-specific server). */
export function apiDocument(): OpenAPI3 {
  const { servers: _servers, ...doc } = openApiDocument(registerRoutes(createApp()), 'http://localhost');
  return doc as unknown as OpenAPI3;
}

/** TypeScript types of every path, operation and schema of the document. */
export async function generateClientTypes(doc: OpenAPI3 = apiDocument()): Promise<string> {
  const ast = await openapiTS(structuredClone(doc), { defaultNonNullable: false, silent: true });
  return HEADER + astToString(ast);
}

/** Compiles the package (its tsconfig) into `outDir`, with the repository's TypeScript. */
export async function compileClient(outDir = resolve(CLIENT_DIR, 'dist')): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc');
  await run(process.execPath, [tsc, '-p', resolve(CLIENT_DIR, 'tsconfig.json'), '--outDir', outDir], { cwd: ROOT }).catch((err: { stdout?: string; message: string }) => {
    throw new Error(`the client package does not compile:\n${err.stdout || err.message}`);
  });
}
