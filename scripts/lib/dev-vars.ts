import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const LOCAL_DIR = resolve(ROOT, '.local');

/** Parses a dotenv-style file: KEY=VALUE lines, `#` comments, optional quotes. */
export function parseDevVars(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 1) continue;
    const value = line.slice(eq + 1).trim();
    vars[line.slice(0, eq).trim()] = value.replace(/^(['"])(.*)\1$/, '$2');
  }
  return vars;
}

/** Reads `.dev.vars`, creating it from `.dev.vars.example` on first use. */
export function loadDevVars(): Record<string, string> {
  const file = resolve(ROOT, '.dev.vars');
  if (!existsSync(file)) copyFileSync(resolve(ROOT, '.dev.vars.example'), file);
  return parseDevVars(readFileSync(file, 'utf8'));
}
