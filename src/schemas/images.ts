import { z } from '@hono/zod-openapi';
import { changesSomething, Id, INT4_MAX, NOTHING_TO_CHANGE, Text } from './common';
import { ProductImage } from './products';

export const UploadSignatureBody = z
  .object({ product_id: Id.optional() })
  .strict()
  .openapi('UploadSignatureBody', { example: { product_id: 42 } });

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
    signature: z.string().regex(/^[0-9a-fA-F]{40}$/, 'must be the hex signature Cloudinary returned'),
    width: z.number().int().positive().max(INT4_MAX),
    height: z.number().int().positive().max(INT4_MAX),
    format: z.string().regex(/^[a-z0-9]{2,5}$/),
    bytes: z.number().int().nonnegative().max(INT4_MAX).optional(),
    alt_text: Text(300).optional(),
    is_primary: z.boolean().optional(),
  })
  .openapi('DirectUploadResult', {
    example: { public_id: 'products/3f9c2d1e', version: 1764057600, signature: '5c0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7', width: 1200, height: 900, format: 'jpg', bytes: 182004, alt_text: 'Headphones, side view' },
  });
export type DirectUploadResult = z.infer<typeof DirectUploadResult>;

export const ImageUpdate = z
  .object({ is_primary: z.literal(true).optional(), alt_text: Text(300).nullable().optional() })
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('ImageUpdate', { example: { is_primary: true, alt_text: 'Headphones, folded' } });

export const ImageOrder = z
  .object({ image_ids: z.array(Id).min(1).max(50) })
  .strict()
  .openapi('ImageOrder', { example: { image_ids: [19, 17, 18] } });

export const ImagesResponse = z.object({ images: z.array(ProductImage) }).openapi('ProductImages');
