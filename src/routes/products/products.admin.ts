import type { RouteHandler } from '@hono/zod-openapi';
import type { Insertable, Updateable } from 'kysely';
import { broadcastStock } from '../../clients/realtime';
import { isUniqueViolation } from '../../db/errors';
import { createProduct, currentVersion, type ImageRecord, type Precondition, softDeleteProduct, updateProduct } from '../../db/queries/product-writes';
import { toProduct } from '../../db/queries/product-mappers';
import { findProductDetail } from '../../db/queries/products';
import type { ProductsTable } from '../../db/schema';
import { ApiError } from '../../lib/errors';
import { PRIVATE_CACHE_CONTROL } from '../../lib/http-cache';
import { toCents } from '../../markets/money';
import { slugify } from '../../catalog/slug';
import type { AppEnv } from '../../lib/types';
import type { ProductCreate, ProductUpdate } from '../../schemas/products';
import { afterCatalogWrite } from './after-write';
import { productEtag } from './products.public';
import type * as routes from './products.routes';

const cents = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : toCents(v));

/** Maps API fields to columns; only the fields present are set. */
function columns(body: ProductUpdate): Updateable<ProductsTable> {
  const { price, compare_at_price, cost_price, dimensions, images: _images, primary_image_url: _primary, ...rest } = body;
  const out: Updateable<ProductsTable> = { ...rest };
  if (price !== undefined) out.price_cents = toCents(price);
  if (compare_at_price !== undefined) out.compare_at_price_cents = cents(compare_at_price);
  if (cost_price !== undefined) out.cost_price_cents = cents(cost_price);
  if (dimensions !== undefined) out.dimensions = dimensions === null ? null : JSON.stringify(dimensions);
  return out;
}

function imageRecords(images: ProductCreate['images']): ImageRecord[] {
  return images.map((i) => ({ url: i.url, public_id: i.public_id ?? null, alt_text: i.alt_text ?? null, width: i.width ?? null, height: i.height ?? null, is_primary: i.is_primary }));
}

function conflict(err: unknown): ApiError | null {
  if (isUniqueViolation(err, 'products_sku_key')) return new ApiError('sku_taken', 409, 'A product with this sku already exists');
  if (isUniqueViolation(err, 'products_slug_key')) return new ApiError('slug_taken', 409, 'A product with this slug already exists');
  return null;
}

export const create: RouteHandler<typeof routes.createProduct, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const body = c.req.valid('json');
  const base = body.slug ?? slugify(body.name);
  const values = { ...columns(body), primary_image_url: body.primary_image_url } as Insertable<ProductsTable>;
  // A generated slug that is taken gets a short random suffix; a chosen one is the caller's to fix.
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 || body.slug ? base : `${base}-${crypto.randomUUID().slice(0, 6)}`;
    try {
      const { product, images } = await createProduct(db, { ...values, slug }, imageRecords(body.images), body.sku);
      await afterCatalogWrite(c, [product.id]);
      c.header('Location', `/api/products/${product.id}`);
      c.header('ETag', productEtag(product.id, product.version));
      return c.json(toProduct(product, images, [], true), 201);
    } catch (err) {
      const mapped = conflict(err);
      if (mapped?.code === 'slug_taken' && !body.slug && attempt < 3) continue;
      throw mapped ?? err;
    }
  }
};

/** If-Match: our ETag (`"p<id>-v<version>"`) or an updated_at timestamp. */
function precondition(id: number, header: string | undefined): Precondition {
  if (!header || header.trim() === '*') return null;
  const m = /^(?:W\/)?"p(\d+)-v(\d+)"$/.exec(header.trim());
  if (m) {
    if (Number(m[1]) !== id) return { version: -1 };
    return { version: Number(m[2]) };
  }
  const at = Date.parse(header.replace(/"/g, ''));
  if (Number.isNaN(at)) throw new ApiError('validation_failed', 422, 'If-Match must be the product ETag or its updated_at');
  return { updatedAt: new Date(at).toISOString() };
}

export const update: RouteHandler<typeof routes.updateProduct, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const patch = columns(body);
  if (body.images) patch.primary_image_url = body.images.find((i) => i.is_primary)!.url;
  const pre = precondition(id, c.req.header('If-Match'));
  let result;
  try {
    result = await updateProduct(db, id, patch, body.images && imageRecords(body.images), pre);
  } catch (err) {
    throw conflict(err) ?? err;
  }
  if (!result) {
    const current = await currentVersion(db.db, id);
    if (!current) throw new ApiError('not_found', 404, 'Product not found');
    if (current.has_variants && patch.stock_quantity !== undefined) {
      throw new ApiError('validation_failed', 422, 'This product has variants: set stock on each variant', [
        { path: 'stock_quantity', code: 'custom', message: 'stock lives on the variants of this product' },
      ]);
    }
    throw new ApiError('precondition_failed', 412, 'The product changed since you read it', { etag: productEtag(id, current.version) });
  }
  await afterCatalogWrite(c, [id]);
  if (patch.stock_quantity !== undefined) broadcastStock(c, [{ product_id: id, variant_id: null, stock_quantity: result.product.stock_quantity }]);
  const row = await findProductDetail(db.db, id, true);
  const { images, variants, ...product } = row!;
  c.header('ETag', productEtag(id, product.version));
  c.header('Cache-Control', PRIVATE_CACHE_CONTROL);
  return c.json(toProduct(product, images, variants, true), 200);
};

export const remove: RouteHandler<typeof routes.deleteProduct, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const { id } = c.req.valid('param');
  const done = await softDeleteProduct(db, id);
  if (!done) throw new ApiError('not_found', 404, 'Product not found');
  await afterCatalogWrite(c, [id]);
  return c.body(null, 204);
};
