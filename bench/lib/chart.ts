import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { LoadResult } from './load';
import type { BenchResults } from './results';

const W = 960;
const LEFT = 300;
const RIGHT = 150;
const ROW = 46;
const TOP = 64;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round axis maximum just above `v`. */
function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(v, 0.1)));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p;
}

/** p50 and p99 per endpoint as horizontal bars, the floor first, with throughput as × floor. */
export function renderChart(r: BenchResults): string {
  const rows: { label: string; x: LoadResult; floor: boolean }[] = [
    { label: 'Floor: bare Hono GET /', x: r.floor, floor: true },
    ...r.cases.filter((c) => c.result).map((c) => ({ label: c.label, x: c.result!, floor: false })),
  ];
  // Headroom for the value labels at the bars' ends.
  const max = niceMax(1.12 * Math.max(...rows.map((row) => row.x.p99)));
  const plot = W - LEFT - RIGHT;
  const H = TOP + rows.length * ROW + 56;
  const scale = (ms: number) => (Number.isFinite(ms) ? (ms / max) * plot : 0);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="13">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="20" y="28" font-size="17" font-weight="bold">Latency per endpoint next to the floor (ms, lower is better)</text>`,
    `<text x="20" y="48" fill="#555">${esc(`${r.date.slice(0, 10)} · ${r.machine.cpu}, ${r.machine.cores} cores · ${r.load.connections} connections, ${r.load.duration} s each · ${r.backends.db}`)}</text>`,
  ];
  for (let i = 0; i <= 5; i++) {
    const x = LEFT + (plot * i) / 5;
    parts.push(`<line x1="${x}" y1="${TOP - 4}" x2="${x}" y2="${TOP + rows.length * ROW}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${x}" y="${TOP + rows.length * ROW + 18}" text-anchor="middle" fill="#555">${+((max * i) / 5).toFixed(2)}</text>`);
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    const [c50, c99] = row.floor ? ['#6b7280', '#c7cbd1'] : ['#1d4ed8', '#93c5fd'];
    parts.push(`<text x="${LEFT - 10}" y="${y + 20}" text-anchor="end">${esc(row.label)}</text>`);
    parts.push(`<rect x="${LEFT}" y="${y + 4}" width="${scale(row.x.p99).toFixed(1)}" height="16" fill="${c99}"/>`);
    parts.push(`<rect x="${LEFT}" y="${y + 22}" width="${scale(row.x.p50).toFixed(1)}" height="16" fill="${c50}"/>`);
    parts.push(`<text x="${LEFT + scale(row.x.p99) + 4}" y="${y + 17}" font-size="11" fill="#333">p99 ${row.x.p99.toFixed(1)}</text>`);
    parts.push(`<text x="${LEFT + scale(row.x.p50) + 4}" y="${y + 35}" font-size="11" fill="#333">p50 ${row.x.p50.toFixed(1)}</text>`);
    const ratio = row.floor ? `${Math.round(row.x.rps)} req/s` : `${Math.round(row.x.rps)} req/s · ${(row.x.rps / r.floor.rps).toFixed(2)}×`;
    parts.push(`<text x="${W - 12}" y="${y + 26}" text-anchor="end" fill="#111">${ratio}</text>`);
  });
  const ly = TOP + rows.length * ROW + 40;
  parts.push(`<rect x="${LEFT}" y="${ly - 10}" width="12" height="12" fill="#1d4ed8"/><text x="${LEFT + 18}" y="${ly}">p50</text>`);
  parts.push(`<rect x="${LEFT + 70}" y="${ly - 10}" width="12" height="12" fill="#93c5fd"/><text x="${LEFT + 88}" y="${ly}">p99</text>`);
  parts.push(`<text x="${W - 12}" y="${ly}" text-anchor="end" fill="#555">throughput · × floor</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** Writes the chart as SVG and as PNG (rendered by sharp). */
export async function writeChart(r: BenchResults, svgPath: string, pngPath: string): Promise<void> {
  const svg = renderChart(r);
  await writeFile(svgPath, svg);
  await sharp(Buffer.from(svg), { density: 144 }).png().toFile(pngPath);
}
