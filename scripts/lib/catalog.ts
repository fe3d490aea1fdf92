import type { Insertable } from 'kysely';
import type { ProductsTable } from '../../src/db/schema';
import type { SeedImage } from './seed-images';

// Deterministic demo catalogue: the same seed always yields the same products.

const CATEGORIES: Record<string, { nouns: string[]; tags: string[]; price: [number, number]; digital?: boolean }> = {
  electronics: { nouns: ['Wireless Earbuds', 'Bluetooth Speaker', 'USB-C Hub', 'Smart Watch', 'Power Bank'], tags: ['gadget', 'wireless', 'tech'], price: [1999, 29999] },
  computers: { nouns: ['Mechanical Keyboard', 'Ergonomic Mouse', '4K Monitor', 'Laptop Stand', 'Notebook Carrying Case'], tags: ['laptop', 'office', 'computer'], price: [1499, 49999] },
  apparel: { nouns: ['Merino T-Shirt', 'Rain Jacket', 'Hoodie', 'Chino Trousers', 'Wool Socks'], tags: ['clothing', 'cotton', 'outdoor'], price: [999, 19999] },
  footwear: { nouns: ['Trail Running Shoes', 'Leather Boots', 'Canvas Sneakers', 'Sandals'], tags: ['shoes', 'running', 'walking'], price: [2999, 24999] },
  home: { nouns: ['Ceramic Mug', 'Linen Throw', 'Desk Lamp', 'Scented Candle', 'Wall Clock'], tags: ['decor', 'living room', 'cozy'], price: [899, 14999] },
  kitchen: { nouns: ['Chef Knife', 'Cast Iron Skillet', 'Pour-Over Coffee Maker', 'Cutting Board'], tags: ['cooking', 'coffee', 'kitchen'], price: [1299, 19999] },
  sports: { nouns: ['Yoga Mat', 'Adjustable Dumbbells', 'Water Bottle', 'Resistance Bands'], tags: ['fitness', 'gym', 'training'], price: [999, 34999] },
  outdoors: { nouns: ['Hiking Backpack', 'Camping Tent', 'Headlamp', 'Sleeping Bag'], tags: ['camping', 'hiking', 'travel'], price: [1999, 39999] },
  beauty: { nouns: ['Face Serum', 'Shampoo Bar', 'Hand Cream', 'Lip Balm'], tags: ['skincare', 'natural', 'vegan'], price: [499, 5999] },
  books: { nouns: ['Cookbook', 'Field Guide', 'Design Handbook', 'E-Book Bundle'], tags: ['reading', 'guide', 'ebook'], price: [799, 4999], digital: true },
};

const BRANDS = [
  'Northwind', 'Acme', 'Bluepeak', 'Cedar & Co', 'Driftwood', 'Evergreen', 'Fjord', 'Granite', 'Harbor', 'Ironbark',
  'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Oakline', 'Pinecrest', 'Quartz', 'Redwood', 'Summit',
  'Tidewater', 'Umber', 'Vantage', 'Willow', 'Xeno', 'Yarrow', 'Zephyr', 'Alder', 'Birch', 'Coral',
];
const ADJECTIVES = ['Classic', 'Pro', 'Lite', 'Everyday', 'Premium', 'Compact', 'Urban', 'Trail', 'Studio', 'Essential'];

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

export const CATEGORY_NAMES = Object.keys(CATEGORIES);

/** The i-th demo product (0-based), pictured by its category's image. */
export function demoProduct(i: number, images: Record<string, SeedImage>): Insertable<ProductsTable> {
  const rand = rng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const categoryNames = Object.keys(CATEGORIES);
  const category = categoryNames[i % categoryNames.length]!;
  const spec = CATEGORIES[category]!;
  // 30 brands spread over every category (a brand index independent of the category's).
  const brand = BRANDS[(i * 7 + Math.floor(i / categoryNames.length)) % BRANDS.length]!;
  const noun = pick(spec.nouns);
  const name = `${brand} ${pick(ADJECTIVES)} ${noun}`;
  const [lo, hi] = spec.price;
  const price = Math.round((lo + rand() * (hi - lo)) / 100) * 100 - 1;
  const sku = `${slugify(brand).slice(0, 4).toUpperCase()}-${String(i + 1).padStart(6, '0')}`;
  const tags = [...new Set([pick(spec.tags), pick(spec.tags), category])];
  const description = `The ${name} from ${brand}: ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun.toLowerCase()} for ${tags.join(', ')}. Built to last, backed by a two-year warranty.`;
  return {
    name,
    slug: `${slugify(name)}-${i + 1}`,
    sku,
    description,
    short_description: `${pick(ADJECTIVES)} ${noun.toLowerCase()} by ${brand}`,
    price_cents: price,
    compare_at_price_cents: rand() < 0.3 ? Math.round(price * 1.25) : null,
    cost_price_cents: Math.round(price * 0.45),
    category,
    brand,
    tags,
    stock_quantity: rand() < 0.08 ? 0 : Math.floor(rand() * 200),
    weight: spec.digital ? null : (Math.round(rand() * 5000) / 1000).toFixed(3),
    dimensions: spec.digital ? null : JSON.stringify({ length: 10 + Math.floor(rand() * 50), width: 5 + Math.floor(rand() * 30), height: 1 + Math.floor(rand() * 20) }),
    meta_title: `${name} | ${brand}`,
    meta_description: description.slice(0, 155),
    meta_keywords: tags,
    primary_image_url: images[category]!.url,
    is_active: true,
    is_featured: rand() < 0.1,
    is_digital: Boolean(spec.digital && noun.startsWith('E-Book')),
  };
}
