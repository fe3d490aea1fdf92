import sharp from 'sharp';
import { Cloudinary, type CloudinaryConfig } from '../../src/clients/cloudinary';
import { Timing } from '../../src/lib/timing';
import { productJpeg } from './seed-art';

export interface SeedImage {
  url: string;
  public_id: string;
  version: number;
  format: string;
  width: number;
  height: number;
}

// One hue per category, so the demo grid is easy to scan.
const HUES = [210, 20, 140, 280, 45, 0, 170, 100, 320, 60];

/** A 600×600 PNG: a diagonal gradient with a few soft circles (no text: no fonts needed). */
async function artwork(index: number): Promise<Buffer> {
  const h = HUES[index % HUES.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${h},70%,62%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360},65%,38%)"/>
    </linearGradient></defs>
    <rect width="600" height="600" fill="url(#g)"/>
    <circle cx="300" cy="300" r="170" fill="white" fill-opacity="0.22"/>
    <circle cx="${180 + (index * 37) % 240}" cy="${160 + (index * 53) % 260}" r="70" fill="white" fill-opacity="0.3"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Uploads one generated image per category through Cloudinary's signed upload API (the stand-in
 * locally, the real account when configured). Public ids are fixed and uploads do not overwrite,
 * so re-running reuses the stored assets.
 */
export async function uploadCategoryImages(config: CloudinaryConfig, categories: string[]): Promise<Record<string, SeedImage>> {
  const cld = new Cloudinary(config, new Timing());
  const out: Record<string, SeedImage> = {};
  for (const [i, category] of categories.entries()) {
    const png = await artwork(i);
    const r = await cld.upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), `${category}.png`, {
      folder: 'products',
      public_id: `seed-${category}`,
      overwrite: false,
    });
    out[category] = { url: cld.deliveryUrl(r.public_id, r.version, r.format), public_id: r.public_id, version: r.version, format: r.format, width: r.width, height: r.height };
  }
  return out;
}

/**
 * Pictures for the demo products: one per product up to `PRODUCT_IMAGES`, beyond that product i shares
 * picture i % PRODUCT_IMAGES (of its own category, as the count is a multiple of the categories').
 */
export const PRODUCT_IMAGES = 300;

/**
 * Draws and uploads the pictures of the first `count` demo products through Cloudinary's signed upload
 * API (the stand-in locally). Public ids are fixed and uploads do not overwrite, so re-running reuses them.
 */
export async function uploadProductImages(config: CloudinaryConfig, count: number, onProgress?: (done: number) => void): Promise<SeedImage[]> {
  const cld = new Cloudinary(config, new Timing());
  const out: SeedImage[] = new Array(count);
  let next = 0;
  let done = 0;
  // A few at a time: drawing is CPU, uploading is I/O.
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const jpeg = await productJpeg(i);
      const r = await cld.upload(new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `product-${i + 1}.jpg`, {
        folder: 'products',
        public_id: `seed-product-${i + 1}`,
        overwrite: false,
      });
      out[i] = { url: cld.deliveryUrl(r.public_id, r.version, r.format), public_id: r.public_id, version: r.version, format: r.format, width: r.width, height: r.height };
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}
