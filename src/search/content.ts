import { hexDigest } from '../lib/hash';

/** What a product's embedding is computed from (a row of `findIndexable`). */
export interface IndexableProduct {
  id: number;
  name: string;
  brand: string | null;
  category: string | null;
  tags: string[];
  description: string | null;
  alt_texts: string[];
}

// text-embedding-3 accepts 8192 tokens per input; ~4 characters per token leaves a wide margin.
const MAX_CONTENT_CHARS = 16_000;

/** NFKC, control characters to spaces, whitespace runs collapsed: the same text always looks the same. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text embedded for a product: name, brand, category, tags, description and image alt texts,
 * normalised, labelled (models weigh "Brand: X" better than a bare word) and without duplicates.
 * Anything else (price, stock) changes often and says nothing about what the product is.
 */
export function embeddingContent(p: IndexableProduct): string {
  const name = normalizeText(p.name);
  const seen = new Set([name.toLowerCase()]);
  const alts = p.alt_texts.map(normalizeText).filter((a) => {
    const key = a.toLowerCase();
    if (!a || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const tags = [...new Set(p.tags.map(normalizeText).filter(Boolean))];
  const lines = [
    name,
    p.brand && `Brand: ${normalizeText(p.brand)}`,
    p.category && `Category: ${normalizeText(p.category)}`,
    tags.length > 0 && `Tags: ${tags.join(', ')}`,
    p.description && normalizeText(p.description),
    alts.length > 0 && `Images: ${alts.join('; ')}`,
  ].filter((l): l is string => typeof l === 'string' && l.length > 0);
  return lines.join('\n').slice(0, MAX_CONTENT_CHARS);
}

/** Hex SHA-256 of the content: equal hashes mean the stored embedding is still right. */
export function contentHash(content: string): Promise<string> {
  return hexDigest('SHA-256', content);
}
