import { api, bearer, json, unique } from './helpers';

/** A valid product body (the spec's example shape) with a unique sku and one primary image. */
export function productBody(overrides: Record<string, unknown> = {}) {
  const sku = unique('SKU-').toUpperCase();
  const url = `https://res.cloudinary.com/demo/image/upload/v1/products/${sku.toLowerCase()}.jpg`;
  return {
    name: `Wireless Bluetooth Headphones ${sku}`,
    description: 'High-quality wireless headphones with noise cancellation',
    short_description: 'Premium wireless headphones',
    sku,
    price: 199.99,
    compare_at_price: 249.99,
    cost_price: 120,
    category: 'electronics',
    brand: 'AudioTech',
    tags: ['wireless', 'bluetooth', 'headphones'],
    stock_quantity: 50,
    weight: 0.25,
    dimensions: { length: 20, width: 18, height: 8 },
    meta_title: 'Wireless Bluetooth Headphones | AudioTech',
    meta_description: 'Premium wireless headphones with active noise cancellation',
    primary_image_url: url,
    images: [{ url, alt_text: 'Headphones, front', is_primary: true }],
    is_featured: true,
    ...overrides,
  };
}

export async function createProduct(adminToken: string, overrides: Record<string, unknown> = {}) {
  const res = await api('/api/products', json(productBody(overrides), { headers: bearer(adminToken) }));
  if (res.status !== 201) throw new Error(`create product failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

/** A real 64×48 PNG, so the Cloudinary stand-in can read its size. */
export const PNG_64x48 = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAfUlEQVRoge2SAQkAURSDFucyLbGxLoY8/sAAOha+nia6AQuoviK7UO8S3YAFVF+RXah3iW7AAqqvyC7Uu0Q3YAHVV2QX6l2iG7CA6iuyC/Uu0Q1YQPUV2YV6l+gGLKD6iuxCvUt0AxZQfUV2od4lugELqL4iu1DvEt2AxwN+87h44oaH7DoAAAAASUVORK5CYII=',
  ),
  (ch) => ch.charCodeAt(0),
);
