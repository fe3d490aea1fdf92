import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Dev data (`.local/`); `DEV_DATA_DIR` moves it, e.g. for a second stack from the same checkout. */
export const LOCAL_DIR = resolve(ROOT, process.env.DEV_DATA_DIR || '.local');
/** The dev stack's settings (`.dev.vars`); `DEV_VARS_FILE` names another file. */
export const DEV_VARS_FILE = resolve(ROOT, process.env.DEV_VARS_FILE || '.dev.vars');

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

/** Reads `.dev.vars` (or `DEV_VARS_FILE`), creating it from `.dev.vars.example` on first use. */
export function loadDevVars(): Record<string, string> {
  if (!existsSync(DEV_VARS_FILE)) copyFileSync(resolve(ROOT, '.dev.vars.example'), DEV_VARS_FILE);
  return parseDevVars(readFileSync(DEV_VARS_FILE, 'utf8'));
}
