/**
 * The stand-in's deterministic local "embedding model": a hashed bag of words, stems and character
 * trigrams.
 *
 * Be honest about what this is: it only captures LEXICAL overlap (shared words, plural forms, shared
 * spelling fragments). It knows no synonyms ("sofa" vs "couch" score near zero) and no meaning, so it
 * is good enough to prove the plumbing (vectors stored, compared, ranked) and to make tests that rely
 * on word overlap deterministic. Production search quality comes from the real model behind
 * OpenRouter, never from this file.
 */

/** OpenAI's text-embedding-3-small width, which the catalogue and the database column use. */
export const DEFAULT_DIMENSIONS = 1536;

// Whole words carry most of the signal; trigrams only nudge misspellings and compounds closer.
const WORD_WEIGHT = 1;
const STEM_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.3;
// Function words would otherwise make "a case for the laptop" resemble "a pan for the kitchen".
const STOP_WORD_WEIGHT = 0.15;
const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it of on or the to with without your our'.split(' '),
);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over UTF-16 code units; `seed` gives independent hashes for bucket and sign. */
function fnv1a(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Lowercase, strip accents and punctuation, split into words ("Café—15-inch" → café→cafe, 15, inch). */
export function words(text: string): string[] {
  const plain = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** A deliberately small English plural stemmer: enough that "laptops" meets "laptop". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The weighted features of a text; the same text always yields the same list. */
function features(text: string): [string, number][] {
  const out: [string, number][] = [];
  for (const word of words(text)) {
    const stop = STOP_WORDS.has(word);
    out.push([`w:${word}`, stop ? STOP_WORD_WEIGHT : WORD_WEIGHT]);
    if (stop) continue;
    const root = stem(word);
    if (root !== word) out.push([`w:${root}`, STEM_WEIGHT]);
    // Boundary markers make "^la" (a word start) differ from "la" inside a word.
    const marked = `^${root}$`;
    for (let i = 0; i + 3 <= marked.length; i++) out.push([`t:${marked.slice(i, i + 3)}`, TRIGRAM_WEIGHT]);
  }
  return out;
}

/**
 * Embeds `text` into a unit vector of `dimensions` floats (default 1536). Each value is rounded to
 * float32, as the real API's are, so the JSON and base64 encodings carry exactly the same numbers.
 */
export function embed(text: string, dimensions: number = DEFAULT_DIMENSIONS): number[] {
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`dimensions must be a positive integer`);
  const vector = new Array<number>(dimensions).fill(0);
  const feats = features(text);
  // A text with no words (" ", "!!!") still gets a unit vector, as a real model never returns zeros.
  if (feats.length === 0) feats.push(['empty', 1]);
  for (const [feature, weight] of feats) {
    const bucket = fnv1a(feature) % dimensions;
    const sign = fnv1a(feature, 0x9e3779b9) & 1 ? 1 : -1;
    vector[bucket] = (vector[bucket] ?? 0) + sign * weight;
  }
  let norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
  // Opposite signs can cancel every bucket out; fall back to the first feature's bucket.
  if (norm === 0) {
    vector[fnv1a(feats[0]?.[0] ?? 'empty') % dimensions] = 1;
    norm = 1;
  }
  return vector.map((v) => Math.fround(v / norm));
}

/**
 * An approximation of cl100k token counts (about one token per short word, punctuation mark or
 * 3-digit group), used for `usage` and the per-input limit. Exact counts need the real tokenizer.
 */
export function countTokens(text: string): number {
  let tokens = 0;
  for (const piece of text.match(/[\p{L}\p{M}]+|\p{N}{1,3}|[^\s\p{L}\p{M}\p{N}]/gu) ?? []) {
    // Long words split into several sub-word tokens in BPE; ~6 letters each is close for English.
    tokens += /^\p{N}|^[^\p{L}\p{M}]/u.test(piece) ? 1 : Math.ceil(piece.length / 6);
  }
  // Even whitespace costs a token with the real tokenizer.
  return text.length > 0 ? Math.max(1, tokens) : 0;
}

/** Cosine similarity; both vectors from `embed` are unit length, but tests may pass others. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`vectors differ in length: ${a.length} vs ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
