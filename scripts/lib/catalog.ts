import type { Insertable } from 'kysely';
import type { ProductsTable } from '../../src/db/schema';

import { BRANDS, CATEGORIES } from './catalog-words';

// Deterministic demo catalogue: the same index always yields the same product, from the words in
// catalog-words.ts ("Fjord Packable Rain Jacket", with a description of what a rain jacket does).

/** Small seeded PRNG (mulberry32), so catalogues are reproducible. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The demo categories, in the order products cycle through them (product i is in category i % 10). */
export const CATEGORY_NAMES = Object.keys(CATEGORIES);

/** The category of the i-th demo product. */
export const categoryOf = (i: number): string => CATEGORY_NAMES[i % CATEGORY_NAMES.length]!;

const fill = (template: string, words: Record<string, string>) =>
  template
    .replace(/\{(\w+)\}/g, (_, k: string) => words[k] ?? '')
    // "a" before a lower-case vowel ("an orange tent"); acronyms keep theirs ("a USB-C dock").
    .replace(/\b([Aa]) (?=[aeiou])/g, '$1n ');
/** Lower case for sentences, except acronyms and sizes ("usb-c" stays "USB-C", "4K" stays). */
const inSentence = (noun: string) => noun.split(' ').map((w) => (/[A-Z]{2}|\d/.test(w) ? w : w.toLowerCase())).join(' ');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The i-th demo product (0-based), pictured by `imageUrl`. */
export function demoProduct(i: number, imageUrl: string): Insertable<ProductsTable> {
  const rand = rng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const category = categoryOf(i);
  const words = CATEGORIES[category]!;
  // 30 brands spread over every category (a brand index independent of the category's).
  const brand = BRANDS[(i * 7 + Math.floor(i / CATEGORY_NAMES.length)) % BRANDS.length]!;
  const kind = pick(words.kinds);
  const model = `${pick(kind.modifiers)} ${kind.noun}`;
  const name = `${brand} ${model}`;
  const color = pick(words.colors);
  const [first, second] = twoOf(kind.features, rand);
  const plural = Boolean(kind.unit);
  const vars = {
    name,
    model,
    brand,
    color,
    kind: plural ? `${kind.unit} of ${inSentence(kind.noun)}` : inSentence(kind.noun),
    is: plural ? 'are' : 'is',
    has: plural ? 'have' : 'has',
    it: plural ? 'they' : 'it',
    its: plural ? 'their' : 'its',
    s: plural ? '' : 's',
  };
  const description = `${fill(pick(words.leads), vars)} What sets ${plural ? 'them' : 'it'} apart: ${first}, and ${second}. ${pick(words.closings)}`;
  const [lo, hi] = words.price;
  const price = Math.round((lo + rand() * (hi - lo)) / 100) * 100 - 1;
  const sku = `${slugify(brand).slice(0, 4).toUpperCase()}-${String(i + 1).padStart(6, '0')}`;
  const tags = [...new Set([...kind.tags, category])];
  return {
    name,
    slug: `${slugify(name)}-${i + 1}`,
    sku,
    description,
    short_description: capitalize(first),
    price_cents: price,
    compare_at_price_cents: rand() < 0.3 ? Math.round(price * 1.25) : null,
    cost_price_cents: Math.round(price * 0.45),
    category,
    brand,
    tags,
    stock_quantity: rand() < 0.08 ? 0 : Math.floor(rand() * 200),
    weight: kind.digital ? null : (Math.round(rand() * 5000) / 1000).toFixed(3),
    dimensions: kind.digital ? null : JSON.stringify({ length: 10 + Math.floor(rand() * 50), width: 5 + Math.floor(rand() * 30), height: 1 + Math.floor(rand() * 20) }),
    meta_title: `${name} | ${brand}`,
    meta_description: description.slice(0, 155),
    meta_keywords: tags,
    primary_image_url: imageUrl,
    is_active: true,
    is_featured: rand() < 0.1,
    is_digital: Boolean(kind.digital),
  };
}

/** Two different items of `xs`. */
function twoOf<T>(xs: T[], rand: () => number): [T, T] {
  const a = Math.floor(rand() * xs.length);
  const b = (a + 1 + Math.floor(rand() * (xs.length - 1))) % xs.length;
  return [xs[a]!, xs[b]!];
}
