import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/dev-vars';
import { CLIENT_DIR, CLIENT_TYPES_FILE, compileClient, generateClientTypes } from './lib/client-types';

// npm run client:build [-- --check]: regenerates packages/client/src/openapi.ts from the API's OpenAPI
// document and compiles the package into packages/client/dist. With --check it only fails when the
// committed types and the document disagree.
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const types = await generateClientTypes();
const current = await readFile(CLIENT_TYPES_FILE, 'utf8').catch(() => '');
const file = relative(ROOT, CLIENT_TYPES_FILE);
if (values.check) {
  if (current !== types) {
    console.error(`${file} is out of date with the OpenAPI document: run npm run client:build`);
    process.exit(1);
  }
  console.log(`${file} matches the OpenAPI document`);
} else {
  if (current !== types) await writeFile(CLIENT_TYPES_FILE, types);
  console.log(current === types ? `${file} is up to date` : `${file} regenerated from the OpenAPI document`);
  await compileClient();
  console.log(`compiled into ${relative(ROOT, CLIENT_DIR)}/dist (publish with: cd ${relative(ROOT, CLIENT_DIR)} && npm publish)`);
}
