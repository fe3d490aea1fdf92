/** URL slug from a name: lowercase ASCII words joined by dashes ("Café Crème 2" → "cafe-creme-2"). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
  return slug || 'product';
}

/** A category's slug from its name or a text category, as SQL's category_slug() (migration 0016) spells it. */
export function categorySlug(text: string): string {
  const slug = slugify(text);
  return slug === 'product' && !/product/i.test(text) ? 'category' : slug;
}
