import type { SuggestionRow } from '../db/queries/suggest';
import { SUGGEST_CAPS } from '../db/queries/suggest';
import type { Suggestion } from '../schemas/search';

/** The words typed, as the dictionary spells words: lower-case ASCII letters and digits. */
export function suggestWords(q: string): string[] {
  return q
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * The spans of `text` to highlight: each word of `text` that starts with a typed word (or, for a
 * corrected typo, shares its first two letters) is highlighted over the shared prefix.
 */
export function highlights(text: string, words: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/[a-z0-9]+/g)) {
    let best = 0;
    for (const w of words) {
      let n = 0;
      while (n < w.length && n < m[0].length && w[n] === m[0][n]) n++;
      if (n === w.length || n >= 2) best = Math.max(best, n);
    }
    if (best > 0) out.push({ start: m.index, end: m.index + best });
  }
  return out;
}

/** Keeps at most `limit` suggestions, queries first, then categories, brands and products, without repeats. */
export function arrange(rows: SuggestionRow[], words: string[], limit: number): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const kind of ['query', 'category', 'brand', 'product'] as const) {
    let n = 0;
    for (const r of rows) {
      if (r.kind !== kind || n >= SUGGEST_CAPS[kind] || out.length >= limit) continue;
      const key = `${kind}:${r.text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      n++;
      out.push({ type: kind, text: r.text, slug: r.slug, highlights: highlights(r.text, words) });
    }
  }
  return out;
}
