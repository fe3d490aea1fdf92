import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { CategoriesTable, DB } from '../schema';

export type CategoryRow = Selectable<CategoriesTable>;

/** Every category, siblings by position then name (the caller orders the tree depth first). */
export function listCategories(db: Kysely<DB>) {
  return db.selectFrom('categories').selectAll().orderBy('depth').orderBy('position').orderBy('name').orderBy('id').execute();
}

/**
 * A category by slug with its ancestors (from its path, root first) and its children, in one round
 * trip.
 */
export function findCategoryBySlug(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('categories as c')
    .selectAll('c')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('categories as a')
          .select(['a.id', 'a.slug', 'a.name'])
          .where(sql<boolean>`a.id = any(string_to_array(trim(both '/' from c.path), '/')::int[])`)
          .whereRef('a.id', '<>', 'c.id')
          .orderBy('a.depth'),
      ).as('breadcrumb'),
      jsonArrayFrom(
        eb.selectFrom('categories as k').selectAll('k').whereRef('k.parent_id', '=', 'c.id').orderBy('k.position').orderBy('k.name').orderBy('k.id'),
      ).as('children'),
    ])
    .where('c.slug', '=', slug)
    .executeTakeFirst();
}

export function insertCategory(db: Kysely<DB>, values: Insertable<CategoriesTable>) {
  return db.insertInto('categories').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Updates a category; a new parent_id moves its subtree (triggers of migration 0016). */
export function updateCategory(db: Kysely<DB>, id: number, patch: Updateable<CategoriesTable>) {
  return db
    .updateTable('categories')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Deletes a category that has no children and no products (soft-deleted ones aside), in one
 * statement; says why when it does not.
 */
export async function deleteCategory(db: Kysely<DB>, id: number) {
  const { rows } = await sql<{ found: boolean; children: boolean; products: boolean; deleted: boolean }>`
    with target as (select id from categories where id = ${id}),
    blocked as (
      select exists (select 1 from categories where parent_id = ${id}) as children,
             exists (select 1 from products where category_ids @> array[${id}::int] and deleted_at is null) as products
    ),
    del as (
      delete from categories where id = ${id} and not (select children or products from blocked) returning id
    )
    select exists (select 1 from target) as found, b.children, b.products, exists (select 1 from del) as deleted
    from blocked b`.execute(db);
  return rows[0]!;
}
