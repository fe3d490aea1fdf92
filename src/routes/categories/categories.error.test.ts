import { beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from '../../../test/worker/db';
import { api, bearer, json, type Session, unique } from '../../../test/worker/helpers';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

const send = async (method: string, path: string, body?: unknown) => {
  const res = await api(path, body === undefined ? { method, headers: bearer(admin.access_token) } : json(body, { method, headers: bearer(admin.access_token) }));
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
};
const fields = (r: { body: any }) => (r.body.error.details ?? []).map((d: { path: string }) => d.path);

describe('categories: validation and refusals', () => {
  it('refuses a move under itself or its own descendant (no cycles), naming parent_id', async () => {
    const a = (await send('POST', '/api/categories', { name: `A ${unique()}` })).body;
    const b = (await send('POST', '/api/categories', { name: `B ${unique()}`, parent_id: a.id })).body;
    const c = (await send('POST', '/api/categories', { name: `C ${unique()}`, parent_id: b.id })).body;
    for (const parent of [a.id, c.id, b.id]) {
      const r = await send('PUT', `/api/categories/${parent === b.id ? b.id : a.id}`, { parent_id: parent });
      expect(r.status, String(parent)).toBe(422);
      expect(fields(r)).toContain('parent_id');
    }
    // Nothing moved.
    const detail = (await (await api(`/api/categories/${c.slug}`)).json()) as any;
    expect(detail.breadcrumb.map((x: any) => x.id)).toEqual([a.id, b.id]);
  });

  it('refuses an unknown parent, a taken slug, bad fields, unknown fields and empty updates', async () => {
    const unknownParent = await send('POST', '/api/categories', { name: 'Orphan', parent_id: 2_000_000_000 });
    expect(unknownParent.status).toBe(422);
    expect(fields(unknownParent)).toContain('parent_id');
    const slug = unique('taken-');
    expect((await send('POST', '/api/categories', { name: 'One', slug })).status).toBe(201);
    const dup = await send('POST', '/api/categories', { name: 'Two', slug });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('slug_taken');
    const bad: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'X', slug: 'Not A Slug!' }, 'slug'],
      [{ name: 'X', parent_id: 0 }, 'parent_id'],
      [{ name: 'X', position: -1 }, 'position'],
      [{ name: 'X', image_url: 'javascript:alert(1)' }, 'image_url'],
      [{ name: 'X', path: '/1/' }, ''],
    ];
    for (const [body, field] of bad) {
      const r = await send('POST', '/api/categories', body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(fields(r), JSON.stringify(body)).toContain(field);
    }
    expect((await send('PUT', '/api/categories/1', {})).status).toBe(422);
    expect((await send('PUT', '/api/categories/2000000000', { name: 'Nope' })).status).toBe(404);
    expect((await send('DELETE', '/api/categories/2000000000')).status).toBe(404);
    expect((await send('DELETE', '/api/categories/0x10')).status).toBe(422);
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    // A NUL is refused as unsafe text (422) before it reaches the route.
    expect((await api('/api/categories/%00')).status).toBe(422);
    for (const slug of [unique('none-'), 'Not%20a%20slug', '--']) {
      const res = await api(`/api/categories/${slug}`);
      expect(res.status, slug).toBe(404);
      expect(((await res.json()) as any).error.code).toBe('not_found');
    }
  });
});
