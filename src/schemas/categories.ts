import { z } from '@hono/zod-openapi';
import { changesSomething, Id, NOTHING_TO_CHANGE, Text, Timestamp } from './common';

const Slug = z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes').max(120);

export const CategoryRef = z
  .object({ id: z.number().int(), slug: z.string(), name: z.string() })
  .openapi('CategoryRef');
export type CategoryRef = z.infer<typeof CategoryRef>;

export const Category = z
  .object({
    id: z.number().int(),
    parent_id: z.number().int().nullable(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    image_url: z.string().nullable(),
    seo_title: z.string().nullable(),
    seo_description: z.string().nullable(),
    position: z.number().int().openapi({ description: 'Order among its siblings (then name)' }),
    depth: z.number().int().openapi({ description: '0 for a root category' }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Category', {
    example: {
      id: 7, parent_id: 2, slug: 'headphones', name: 'Headphones', description: 'Over-ear, in-ear and wireless',
      image_url: null, seo_title: 'Headphones', seo_description: null, position: 0, depth: 1,
      created_at: '2026-11-25T10:00:00.000Z', updated_at: '2026-11-25T10:00:00.000Z',
    },
  });
export type Category = z.infer<typeof Category>;

export const CategoryTree = z
  .object({
    data: z.array(Category).openapi({
      description: 'The whole tree, depth first: each category is followed by its children (by position, then name); parent_id and depth place it',
    }),
  })
  .openapi('CategoryTree');

export const CategoryDetail = Category.extend({
  breadcrumb: z.array(CategoryRef).openapi({ description: 'Its ancestors, from the root down (empty for a root category)' }),
  children: z.array(Category).openapi({ description: 'Its direct children, by position then name' }),
}).openapi('CategoryDetail');

const fields = {
  name: Text(200),
  slug: Slug,
  parent_id: Id.nullable().openapi({ description: 'null (or absent) for a root category' }),
  description: z.string().trim().max(5_000).nullable(),
  image_url: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
  seo_title: Text(200).nullable(),
  seo_description: Text(500).nullable(),
  position: z.number().int().min(0).max(100_000),
};

export const CategoryCreate = z
  .object({
    ...fields,
    slug: fields.slug.optional().openapi({ description: 'Default: from the name' }),
    parent_id: fields.parent_id.optional(),
    description: fields.description.optional(),
    image_url: fields.image_url.optional(),
    seo_title: fields.seo_title.optional(),
    seo_description: fields.seo_description.optional(),
    position: fields.position.default(0),
  })
  .strict()
  .openapi('CategoryCreate', { example: { name: 'Headphones', parent_id: 2, description: 'Over-ear, in-ear and wireless', position: 0 } });
export type CategoryCreate = z.infer<typeof CategoryCreate>;

export const CategoryUpdate = z
  .object(fields)
  .partial()
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('CategoryUpdate', {
    description: 'Moving a category (parent_id) moves its whole subtree; position reorders it among its siblings',
    example: { parent_id: 3, position: 1 },
  });
export type CategoryUpdate = z.infer<typeof CategoryUpdate>;

export const CategorySlugParam = z.object({
  slug: z.string().min(1).max(120).openapi({ param: { name: 'slug', in: 'path' }, example: 'headphones' }),
});
