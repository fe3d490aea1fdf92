import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy } from '../../middleware/auth/guarded-by';
import { DirectUploadResult, ImageOrder, ImageUpdate, ImagesResponse, UploadSignature, UploadSignatureBody } from '../../schemas/images';
import { ProductImage } from '../../schemas/products';
import { pathId } from '../../schemas/common';

const tags = ['Images'];
const admin = guardedBy('admin');
const ProductParam = z.object({ id: pathId('id') });
const ImageParams = ProductParam.extend({ image_id: pathId('image_id') });
const unavailable = errorResponse('Cloudinary is not configured or unreachable (`upstream_unavailable`)');
const Multipart = z
  .object({
    file: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'One or more image files (jpeg, png, webp, avif; 10 MB each)' }),
    alt_text: z.string().max(300).optional(),
    is_primary: z.enum(['true', 'false']).optional(),
  })
  .openapi('ImageUploadForm');

export const uploadSignature = createRoute({
  method: 'post',
  path: '/api/uploads/signature',
  tags,
  summary: 'Signed parameters for a direct browser upload to Cloudinary (admin)',
  ...admin,
  request: jsonBody(UploadSignatureBody),
  responses: { 200: jsonResponse(UploadSignature, 'Post these with the file to upload_url'), ...bodyErrors, ...adminErrors, 503: unavailable },
});

export const attachImages = createRoute({
  method: 'post',
  path: '/api/products/{id}/images',
  tags,
  summary: 'Attach images: a verified direct-upload result (JSON), or files streamed to Cloudinary (multipart)',
  ...admin,
  request: {
    params: ProductParam,
    body: {
      // Marked optional only so that each media type is validated on its own (the handler
      // still refuses an empty request); either a JSON result or a multipart form is required.
      required: false,
      description: 'Either the JSON upload result or a multipart form of files',
      content: { 'application/json': { schema: DirectUploadResult }, 'multipart/form-data': { schema: Multipart } },
    },
  },
  responses: {
    201: jsonResponse(ImagesResponse, "The product's images"),
    ...bodyErrors,
    ...adminErrors,
    404: errorResponse('No such product'),
    413: errorResponse('A file is over 10 MB (`payload_too_large`)'),
    415: errorResponse('Not jpeg, png, webp or avif (`unsupported_media_type`)'),
    503: unavailable,
  },
});

export const updateImage = createRoute({
  method: 'put',
  path: '/api/products/{id}/images/{image_id}',
  tags,
  summary: 'Make an image the primary one, or change its alt text (admin)',
  ...admin,
  request: { params: ImageParams, ...jsonBody(ImageUpdate) },
  responses: { 200: jsonResponse(ProductImage, 'The image'), ...bodyErrors, ...adminErrors, 404: errorResponse('No such image') },
});

export const reorderImages = createRoute({
  method: 'put',
  path: '/api/products/{id}/images/order',
  tags,
  summary: "Reorder a product's images: list every image id once, in the new order (admin)",
  ...admin,
  request: { params: ProductParam, ...jsonBody(ImageOrder) },
  responses: { 200: jsonResponse(ImagesResponse, 'The images in order'), ...bodyErrors, ...adminErrors },
});

export const deleteImage = createRoute({
  method: 'delete',
  path: '/api/products/{id}/images/{image_id}',
  tags,
  summary: 'Delete an image; the asset is destroyed at Cloudinary after the commit (admin)',
  ...admin,
  request: { params: ImageParams },
  responses: {
    204: { description: 'Deleted' },
    ...adminErrors,
    404: errorResponse('No such image'),
    409: errorResponse('The primary or the last image cannot be deleted without a replacement (`conflict`)'),
    422: errorResponse('Bad id'),
  },
});
