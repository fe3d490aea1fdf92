import { h } from '../store/lib/dom.js';

// The Catalogue tab (admins): the category tree (create, rename, move, delete) and the collections (create
// manual or automatic ones, switch them on and off, set a manual one's products, delete). The API decides
// what is allowed; its refusals go to the status line.

const $ = (id) => document.getElementById(id);
const ids = (text) => String(text ?? '').split(/[\s,]+/).filter(Boolean).map(Number);

/** A category's own id and those of everything below it (the tree is depth first). */
function subtree(tree, id) {
  const start = tree.findIndex((c) => c.id === id);
  const out = new Set([id]);
  for (let i = start + 1; i < tree.length && tree[i].depth > tree[start].depth; i++) out.add(tree[i].id);
  return out;
}

const label = (c) => `${'\u2014 '.repeat(c.depth)}${c.name}`;
const options = (tree, skip = new Set()) => tree.filter((c) => !skip.has(c.id)).map((c) => h('option', { value: c.id }, label(c)));

/** Rules from the collection form: only the fields filled in. */
function rules(f) {
  const out = {};
  for (const key of ['category', 'brand']) if (f.get(key)) out[key] = String(f.get(key)).trim();
  const tags = String(f.get('tags') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.length) out.tags = tags;
  for (const key of ['min_price', 'max_price']) if (f.get(key)) out[key] = Number(f.get(key));
  for (const key of ['is_featured', 'in_stock']) if (f.get(key)) out[key] = f.get(key) === 'true';
  return out;
}

const describe = (c) => (c.kind === 'manual' ? 'hand-picked' : Object.entries(c.rules ?? {}).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`).join('; '));

export function initCatalogue({ call, say }) {
  // A validation error's own message is generic: the fields at fault follow it.
  const fail = (e) => say([e.message, ...(Array.isArray(e.details) ? e.details.map((d) => `${d.path}: ${d.message}`) : [])].join(' '), true);
  const fresh = (path) => call(path, { cache: 'no-cache' });

  async function categories() {
    const [tree, counts] = await Promise.all([
      fresh('/api/categories'),
      // Counts are a help, not the point: the tree still shows without them.
      fresh('/api/products?limit=1&facets=category').then((r) => new Map((r.facets?.category ?? []).map((f) => [f.value, f.count])), () => new Map()),
    ]);
    const list = tree.data;
    $('category-form').elements.parent_id.replaceChildren(h('option', { value: '' }, '(top level)'), ...options(list));
    $('collection-form').elements.category.replaceChildren(h('option', { value: '' }, 'any'), ...list.map((c) => h('option', { value: c.slug }, label(c))));
    $('categories-table').tBodies[0].replaceChildren(...list.map((c) => {
      const parent = h('select', { 'aria-label': `New parent of ${c.name}` }, h('option', { value: '' }, '(top level)'), ...options(list, subtree(list, c.id)));
      parent.value = c.parent_id === null ? '' : String(c.parent_id);
      const act = (work, done) => () => work().then(() => (say(done), categories())).catch(fail);
      const move = act(() => call(`/api/categories/${c.id}`, { method: 'PUT', body: { parent_id: parent.value ? Number(parent.value) : null } }), `${c.name} moved.`);
      const rename = () => {
        const name = prompt(`New name for ${c.name}`, c.name)?.trim();
        if (name && name !== c.name) act(() => call(`/api/categories/${c.id}`, { method: 'PUT', body: { name } }), `Renamed to ${name}.`)();
      };
      const remove = act(() => call(`/api/categories/${c.id}`, { method: 'DELETE' }), `${c.name} deleted.`);
      return h('tr', { 'data-category': c.slug, 'data-depth': c.depth },
        h('td', {}, label(c)), h('td', {}, c.slug), h('td', { class: 'num' }, counts.get(c.slug) ?? 0),
        h('td', {}, h('span', { class: 'actions' }, parent, h('button', { type: 'button', 'data-action': 'move', onclick: move }, 'Move'))),
        h('td', {}, h('span', { class: 'actions' },
          h('button', { type: 'button', 'data-action': 'rename', onclick: rename }, 'Rename'),
          h('button', { type: 'button', 'data-action': 'delete', onclick: remove }, 'Delete'))));
    }));
  }

  async function collections() {
    const all = [];
    let cursor = null;
    do {
      const page = await fresh(`/api/collections?include_inactive=true&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      all.push(...page.data);
      cursor = page.next_cursor;
    } while (cursor);
    $('collections-table').tBodies[0].replaceChildren(...all.map((c) => {
      const act = (work, done) => () => work().then(() => (say(done), collections())).catch(fail);
      const toggle = act(() => call(`/api/collections/${c.id}`, { method: 'PUT', body: { is_active: !c.is_active } }), `${c.title} is ${c.is_active ? 'off' : 'on'}.`);
      const remove = act(() => call(`/api/collections/${c.id}`, { method: 'DELETE' }), `${c.title} deleted.`);
      const products = async () => {
        const current = await call(`/api/collections/${encodeURIComponent(c.handle)}/products?sort=manual&limit=100`, { cache: 'no-cache' }).catch(() => ({ data: [] }));
        const text = prompt(`Product ids of ${c.title}, in order`, current.data.map((p) => p.id).join(', '));
        if (text !== null) act(() => call(`/api/collections/${c.id}/products`, { method: 'PUT', body: { product_ids: ids(text) } }), `${c.title}'s products set.`)();
      };
      return h('tr', { 'data-handle': c.handle },
        h('td', {}, c.title), h('td', {}, c.handle), h('td', {}, c.kind), h('td', {}, describe(c)), h('td', { class: 'active-cell' }, c.is_active ? 'yes' : 'no'),
        h('td', {}, h('span', { class: 'actions' },
          c.kind === 'manual' ? h('button', { type: 'button', 'data-action': 'products', onclick: () => products().catch(fail) }, 'Products') : null,
          h('button', { type: 'button', 'data-action': 'toggle', onclick: toggle }, c.is_active ? 'Deactivate' : 'Activate'),
          h('button', { type: 'button', 'data-action': 'delete', onclick: remove }, 'Delete'))));
    }));
  }

  $('category-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    try {
      const made = await call('/api/categories', { method: 'POST', body: { name: String(f.get('name')).trim(), ...(f.get('parent_id') ? { parent_id: Number(f.get('parent_id')) } : {}) } });
      form.reset();
      say(`Category ${made.name} created.`);
      await categories();
    } catch (err) {
      fail(err);
    }
  });

  const form = $('collection-form');
  const showKind = () => {
    for (const el of form.querySelectorAll('[data-kind]')) el.hidden = el.dataset.kind !== form.elements.kind.value;
  };
  form.elements.kind.addEventListener('change', showKind);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const kind = f.get('kind');
    const body = { title: String(f.get('title')).trim(), kind, ...(f.get('handle') ? { handle: String(f.get('handle')).trim() } : {}) };
    if (kind === 'manual' && ids(f.get('product_ids')).length) body.product_ids = ids(f.get('product_ids'));
    if (kind === 'automatic') body.rules = rules(f);
    try {
      const made = await call('/api/collections', { method: 'POST', body });
      form.reset();
      showKind();
      say(`Collection ${made.title} created (${made.handle}).`);
      await collections();
    } catch (err) {
      fail(err);
    }
  });

  return { catalogue: () => Promise.all([categories(), collections()]) };
}
