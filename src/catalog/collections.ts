import type { CollectionRow } from '../db/queries/collections';
import { slugify } from './slug';
import type { Collection } from '../schemas/collections';

/** A collection row as the API shows it. */
export function toCollection(r: CollectionRow): Collection {
  return {
    id: r.id,
    handle: r.handle,
    title: r.title,
    description: r.description,
    image_url: r.image_url,
    seo_title: r.seo_title,
    seo_description: r.seo_description,
    kind: r.kind,
    rules: r.rules,
    position: r.position,
    is_active: r.is_active,
    created_at: new Date(r.created_at).toISOString(),
    updated_at: new Date(r.updated_at).toISOString(),
  };
}

/** A handle from a title ("Staff picks" → "staff-picks"); 'collection' when nothing is left of it. */
export function handleOf(title: string): string {
  const slug = slugify(title);
  return slug === 'product' && !/product/i.test(title) ? 'collection' : slug;
}

/** Only a well-formed handle can name a collection: anything else is not found without a query. */
export const isHandle = (handle: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(handle) && handle.length <= 120;
