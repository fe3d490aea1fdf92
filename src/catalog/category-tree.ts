import type { CategoryRow } from '../db/queries/categories';
import type { Category } from '../schemas/categories';

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

type Dated<T> = Omit<T, 'created_at' | 'updated_at'> & { created_at: Date | string; updated_at: Date | string };

/** A category row (or one nested as JSON, with text timestamps) as the API shows it. */
export function toCategory(r: Dated<CategoryRow>): Category {
  return {
    id: r.id,
    parent_id: r.parent_id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    image_url: r.image_url,
    seo_title: r.seo_title,
    seo_description: r.seo_description,
    position: r.position,
    depth: r.depth,
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

/** The categories depth first, each followed by its children in their given (sibling) order. */
export function depthFirst(rows: CategoryRow[]): CategoryRow[] {
  const children = new Map<number | null, CategoryRow[]>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const out: CategoryRow[] = [];
  const visit = (parent: number | null) => {
    for (const r of children.get(parent) ?? []) {
      out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return out;
}
