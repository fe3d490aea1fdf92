import type { Updateable } from 'kysely';
import { broadcastStock, type StockChange } from '../../clients/realtime';
import { isUniqueViolation } from '../../db/errors';
import { toVariant } from '../../db/queries/product-mappers';
import * as q from '../../db/queries/variants';
import type { ProductVariantsTable } from '../../db/schema';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import { toCents } from '../../markets/money';
import { afterCatalogWrite } from '../products/after-write';
import * as routes from './variants.routes';

const skuTaken = (err: unknown) =>
  isUniqueViolation(err, 'product_variants_sku_key') ? new ApiError('sku_taken', 409, 'A variant with this sku already exists') : err;

/** Stock levels to broadcast after a variant write: the variant's own and the product's total. */
function levels(productId: number, productStock: number | null, variant?: { id: number; stock_quantity: number; is_active: boolean }): StockChange[] {
  const out: StockChange[] = [];
  if (variant) out.push({ product_id: productId, variant_id: variant.id, stock_quantity: variant.is_active ? variant.stock_quantity : 0 });
  if (productStock !== null) out.push({ product_id: productId, variant_id: null, stock_quantity: productStock });
  return out;
}

// Admin-only: guardedBy('admin') is on every route.
const variants = createRouter()
  .openapi(routes.createVariant, async (c) => {
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    const { variant: row, productStock } = await q
      .createVariant(c.var.services.db, id, { ...v, price_cents: v.price == null ? null : toCents(v.price) })
      .catch((err) => Promise.reject(skuTaken(err)));
    if (!row) throw new ApiError('not_found', 404, 'Product not found');
    await afterCatalogWrite(c, [id]);
    broadcastStock(c, levels(id, productStock, row));
    return c.json(toVariant(row, row.product_price_cents), 201);
  })
  .openapi(routes.updateVariant, async (c) => {
    const { id, variant_id } = c.req.valid('param');
    const { price, options, ...rest } = c.req.valid('json');
    const patch: Updateable<ProductVariantsTable> = { ...rest };
    if (price !== undefined) patch.price_cents = price === null ? null : toCents(price);
    if (options !== undefined) patch.options = JSON.stringify(options);
    const { variant: row, productStock } = await q.updateVariant(c.var.services.db, id, variant_id, patch).catch((err) => Promise.reject(skuTaken(err)));
    if (!row) throw new ApiError('not_found', 404, 'Variant not found');
    await afterCatalogWrite(c, [id]);
    if (patch.stock_quantity !== undefined || patch.is_active !== undefined) broadcastStock(c, levels(id, productStock, row));
    return c.json(toVariant(row, row.product_price_cents), 200);
  })
  .openapi(routes.deleteVariant, async (c) => {
    const { id, variant_id } = c.req.valid('param');
    const { deleted, productStock } = await q.deleteVariant(c.var.services.db, id, variant_id);
    if (!deleted) throw new ApiError('not_found', 404, 'Variant not found');
    await afterCatalogWrite(c, [id]);
    broadcastStock(c, levels(id, productStock));
    return c.body(null, 204);
  });

export default variants;
