import { z } from '@hono/zod-openapi';
import { Text } from './common';
import { ProductImage } from './products';

export const UploadSignatureBody = z
  .object({ product_id: z.number().int().positive().optional() })
  .strict()
  .openapi('UploadSignatureBody');

export const UploadSignature = z
  .object({
    upload_url: z.string(),
    cloud_name: z.string(),
    api_key: z.string(),
    timestamp: z.number().int(),
    signature: z.string(),
    folder: z.string(),
    public_id: z.string(),
    allowed_formats: z.string(),
    expires_at: z.string().openapi({ description: 'Cloudinary refuses the signature an hour after timestamp' }),
  })
  .openapi('UploadSignature', {
    example: {
      upload_url: 'https://api.cloudinary.com/v1_1/demo/image/upload',
      cloud_name: 'demo',
      api_key: '614732895512345',
      timestamp: 1764057600,
      signature: 'a3f1…',
      folder: 'products',
      public_id: '3f9c2d1e-…',
      allowed_formats: 'jpg,png,webp,avif',
      expires_at: '2026-11-25T09:00:00.000Z',
    },
  });

/** What the browser got back from Cloudinary, handed over as is (extra fields are ignored). */
export const DirectUploadResult = z
  .looseObject({
    public_id: z.string().min(1).max(255),
    version: z.number().int().positive(),
    signature: z.string().regex(/^[0-9a-f]{40}$/i, 'must be the hex signature Cloudinary returned'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    format: z.string().regex(/^[a-z0-9]{2,5}$/),
    bytes: z.number().int().nonnegative().optional(),
    alt_text: Text(300).optional(),
    is_primary: z.boolean().optional(),
  })
  .openapi('DirectUploadResult');
export type DirectUploadResult = z.infer<typeof DirectUploadResult>;

export const ImageUpdate = z
  .object({ is_primary: z.literal(true).optional(), alt_text: Text(300).nullable().optional() })
  .strict()
  .openapi('ImageUpdate');

export const ImageOrder = z
  .object({ image_ids: z.array(z.number().int().positive()).min(1).max(50) })
  .strict()
  .openapi('ImageOrder');

export const ImagesResponse = z.object({ images: z.array(ProductImage) }).openapi('ProductImages');
