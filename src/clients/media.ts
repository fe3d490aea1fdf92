import type { Env } from '../lib/env';
import type { Timing } from '../lib/timing';
import { Cloudinary } from './cloudinary';

/** The Cloudinary client, or null when the account is not configured (uploads then answer 503). */
export function createMedia(env: Env, timing: Timing): Cloudinary | null {
  if (!env.CLOUDINARY_CLOUD_NAME || !env.CLOUDINARY_API_KEY || !env.CLOUDINARY_API_SECRET) return null;
  return new Cloudinary(
    {
      cloudName: env.CLOUDINARY_CLOUD_NAME,
      apiKey: env.CLOUDINARY_API_KEY,
      apiSecret: env.CLOUDINARY_API_SECRET,
      apiBase: env.CLOUDINARY_API_BASE,
      deliveryBase: env.CLOUDINARY_DELIVERY_BASE,
    },
    timing,
  );
}
