// Hash routes (`#/p/<slug>`, `#/cart`, ...), so the store works from any static host, the second origin
// included, without rewrites.

const routes = [];
let view;
let leave = () => {};
let rendering = 0;

/** Adds a route: `pattern` like `/p/:slug`; `render(params, query, view)` may return a cleanup function. */
export function route(pattern, render) {
  const keys = [];
  const re = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, k) => (keys.push(k), '([^/]+)'))}$`);
  routes.push({ re, keys, render });
}

/** The current path and query of the hash. */
export function current() {
  const [path, search = ''] = location.hash.replace(/^#/, '').split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

/** Opens a route: `go('/cart')`. */
export function go(path) {
  location.hash = `#${path}`;
}

async function render() {
  leave();
  leave = () => {};
  const { path, query } = current();
  for (const r of routes) {
    const m = r.re.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
    // Each render gets its own element: a slow render that a newer one overtook writes into a detached one.
    const page = document.createElement('div');
    page.className = 'page';
    view.replaceChildren(page);
    window.scrollTo(0, 0);
    const ticket = ++rendering;
    try {
      const cleanup = await r.render(params, query, page);
      if (typeof cleanup === 'function') {
        if (rendering === ticket) leave = cleanup;
        else cleanup();
      }
    } catch (err) {
      page.replaceChildren(errorBox(err));
    }
    return;
  }
  view.replaceChildren(errorBox(new Error('This page does not exist.')));
}

function errorBox(err) {
  const p = document.createElement('p');
  p.className = 'status error';
  p.textContent = err.message;
  return p;
}

/** Draws the current route again (after the prices it shows changed currency). */
export function refresh() {
  return render();
}

/** Starts routing into `element`. */
export function start(element) {
  view = element;
  window.addEventListener('hashchange', render);
  return render();
}
