import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

// Copies the browser files the Worker serves as static assets (Swagger UI for /docs, supabase-js and
// openapi-fetch for the example store) from node_modules into public/vendor/, and the client package
// (packages/client) as browser ES modules. Run before dev, test and the build check, so nothing is
// fetched from a CDN and no vendor file is committed (public/vendor is ignored).

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/vendor');
const require = createRequire(join(ROOT, 'package.json'));

/** Files to copy, by package: [file inside the package, name under public/vendor/<folder>]. */
const VENDOR: { pkg: string; folder: string; files: [string, string][] }[] = [
  {
    pkg: 'swagger-ui-dist',
    folder: 'swagger-ui',
    // The bundle carries its own presets; the standalone preset and source maps are not needed.
    files: [
      ['swagger-ui.css', 'swagger-ui.css'],
      ['swagger-ui-bundle.js', 'swagger-ui-bundle.js'],
      ['LICENSE', 'LICENSE.txt'],
    ],
  },
  {
    pkg: '@supabase/supabase-js',
    folder: 'supabase',
    files: [
      ['dist/umd/supabase.js', 'supabase.js'],
      ['LICENSE', 'LICENSE.txt'],
    ],
  },
  {
    pkg: 'openapi-fetch',
    folder: 'openapi-fetch',
    files: [
      ['dist/index.mjs', 'index.js'],
      ['LICENSE', 'LICENSE.txt'],
    ],
  },
];

/** The package's folder, found through its package.json so a hoisted or nested install both work. */
function packageDir(pkg: string): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

rmSync(OUT, { recursive: true, force: true });
let count = 0;
for (const { pkg, folder, files } of VENDOR) {
  const from = packageDir(pkg);
  mkdirSync(join(OUT, folder), { recursive: true });
  for (const [src, dest] of files) {
    copyFileSync(join(from, src), join(OUT, folder, dest));
    count += 1;
  }
}
count += copyClientPackage(join(OUT, 'client'));
console.log(`copy-vendor: ${count} files into public/vendor`);

/**
 * The client package's sources as ES modules for browsers: types stripped file by file (no type check,
 * so this stays fast; `npm run typecheck` checks them), and its one dependency imported from the copy
 * beside it, as a page without a bundler or an import map can load it.
 */
function copyClientPackage(dest: string): number {
  const src = join(ROOT, 'packages/client/src');
  mkdirSync(dest, { recursive: true });
  let n = 0;
  for (const name of readdirSync(src)) {
    if (!name.endsWith('.ts') || name.endsWith('.d.ts') || name === 'openapi.ts') continue;
    const { outputText } = ts.transpileModule(readFileSync(join(src, name), 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
      fileName: name,
    });
    writeFileSync(join(dest, name.replace(/\.ts$/, '.js')), outputText.replace(/from 'openapi-fetch'/g, "from '../openapi-fetch/index.js'"));
    n += 1;
  }
  return n;
}
