// Charts drawn as SVG with the DOM: no library, nothing from a CDN.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Vertical bars, one per point `{label, value}`, with the value on hover and the first and last labels. */
export function columnChart(points, { title = '', format = String } = {}) {
  const width = 720;
  const height = 220;
  const pad = { top: 10, right: 10, bottom: 30, left: 60 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const inner = { w: width - pad.left - pad.right, h: height - pad.top - pad.bottom };
  const step = points.length ? inner.w / points.length : inner.w;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  root.append(svg('title', {}, title));
  root.append(svg('text', { x: pad.left - 6, y: pad.top + 10, 'text-anchor': 'end' }, format(max)));
  root.append(svg('text', { x: pad.left - 6, y: pad.top + inner.h, 'text-anchor': 'end' }, format(0)));
  root.append(svg('line', { x1: pad.left, y1: pad.top + inner.h, x2: width - pad.right, y2: pad.top + inner.h, stroke: '#999' }));
  points.forEach((p, i) => {
    const h = (p.value / max) * inner.h;
    const bar = svg('rect', { class: 'col', x: pad.left + i * step + 1, y: pad.top + inner.h - h, width: Math.max(1, step - 2), height: h, 'data-label': p.label, 'data-value': p.value });
    bar.append(svg('title', {}, `${p.label}: ${format(p.value)}`));
    root.append(bar);
  });
  if (points.length) {
    root.append(svg('text', { x: pad.left, y: height - 10 }, points[0].label));
    root.append(svg('text', { x: width - pad.right, y: height - 10, 'text-anchor': 'end' }, points.at(-1).label));
  }
  return root;
}

/** Horizontal bars for ranked items `{label, value}`. */
export function barList(items, { title = '', zero = false } = {}) {
  const width = 360;
  const row = 22;
  const height = Math.max(row, items.length * row);
  const max = Math.max(1, ...items.map((i) => i.value));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  root.append(svg('title', {}, title));
  if (!items.length) root.append(svg('text', { x: 0, y: 15 }, 'Nothing yet'));
  items.forEach((item, i) => {
    const w = (item.value / max) * (width - 170);
    root.append(svg('text', { x: 0, y: i * row + 15 }, item.label.length > 22 ? `${item.label.slice(0, 21)}…` : item.label));
    root.append(svg('rect', { class: zero ? 'col zero' : 'col', x: 140, y: i * row + 4, width: Math.max(1, w), height: row - 8, 'data-label': item.label, 'data-value': item.value }));
    root.append(svg('text', { x: 145 + w, y: i * row + 15 }, String(item.value)));
  });
  return root;
}
