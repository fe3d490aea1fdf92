import { resolve } from 'node:path';
import { startCloudinaryStandin } from '../../local/cloudinary/server';
import type { CloudinaryConfig } from '../../src/clients/cloudinary';
import { LOCAL_DIR } from './dev-vars';

/** Cloudinary settings for Node scripts: the shell's env first, then .dev.vars. */
export function cloudinaryConfig(vars: Record<string, string>): CloudinaryConfig {
  const get = (k: string) => process.env[k] ?? vars[k];
  const [cloudName, apiKey, apiSecret] = [get('CLOUDINARY_CLOUD_NAME'), get('CLOUDINARY_API_KEY'), get('CLOUDINARY_API_SECRET')];
  if (!cloudName || !apiKey || !apiSecret) {
    throw new Error('Seeding uploads product images: set CLOUDINARY_CLOUD_NAME, CLOUDINARY_API_KEY and CLOUDINARY_API_SECRET (see .dev.vars.example)');
  }
  return {
    cloudName,
    apiKey,
    apiSecret,
    apiBase: get('CLOUDINARY_API_BASE') ?? 'https://api.cloudinary.com',
    deliveryBase: get('CLOUDINARY_DELIVERY_BASE') ?? 'https://res.cloudinary.com',
  };
}

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/**
 * Runs `fn` with a Cloudinary it can upload to. A local stand-in that is not running (the dev
 * stack is stopped) is started for the duration, over the same storage folder, so the images
 * are there when `npm run dev` serves them.
 */
export async function withSeedMedia<T>(config: CloudinaryConfig, fn: (config: CloudinaryConfig) => Promise<T>): Promise<T> {
  if (!isLoopback(config.apiBase) || (await answers(config))) return fn(config);
  const standin = await startCloudinaryStandin({
    cloudName: config.cloudName,
    apiKey: config.apiKey,
    apiSecret: config.apiSecret,
    storageDir: resolve(LOCAL_DIR, 'cloudinary'),
  });
  try {
    return await fn({ ...config, apiBase: standin.url });
  } finally {
    await standin.close();
  }
}

async function answers(config: CloudinaryConfig): Promise<boolean> {
  try {
    await fetch(`${config.apiBase}/v1_1/${config.cloudName}/ping`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}
