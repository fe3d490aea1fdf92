import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

// Copies the browser files the Worker serves as static assets (Swagger UI for /docs, supabase-js
// for the example page) from node_modules into public/vendor/. Run before dev, test and the build
// check, so nothing is fetched from a CDN and no vendor file is committed (public/vendor is ignored).

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
console.log(`copy-vendor: ${count} files into public/vendor`);
