import sharp from 'sharp';
import { categoryOf, rng } from './catalog';

// Product pictures drawn locally (no network, no fonts): each category has a silhouette of what it sells,
// and each product its own colours, pattern, angle and placement, so no two pictures are alike.

const SIZE = 600;

/** The silhouette of each category, drawn in a 600×600 box around its centre. */
const SHAPES: Record<string, (fill: string, accent: string) => string> = {
  electronics: (f, a) =>
    `<rect x="190" y="150" width="220" height="300" rx="46" fill="${f}"/><circle cx="300" cy="250" r="62" fill="${a}"/><circle cx="300" cy="250" r="26" fill="${f}"/><circle cx="300" cy="375" r="38" fill="${a}"/>`,
  computers: (f, a) =>
    `<rect x="150" y="170" width="300" height="200" rx="14" fill="${f}"/><rect x="170" y="190" width="260" height="160" rx="6" fill="${a}"/><path d="M110 390h380l-30 40H140z" fill="${f}"/>`,
  apparel: (f, a) =>
    `<path d="M230 150l-110 60 40 80 50-25v215h180V265l50 25 40-80-110-60c-10 30-40 45-70 45s-60-15-70-45z" fill="${f}"/><path d="M255 152c8 22 25 33 45 33s37-11 45-33" stroke="${a}" stroke-width="10" fill="none"/>`,
  footwear: (f, a) =>
    `<path d="M130 380c0-50 10-130 40-170l60 10c10 40 60 70 120 80l90 20c40 10 50 40 50 60v20H130z" fill="${f}"/><rect x="130" y="400" width="360" height="26" rx="10" fill="${a}"/><path d="M240 240l30 30M260 220l30 30" stroke="${a}" stroke-width="9"/>`,
  home: (f, a) =>
    `<path d="M210 160h180l40 120H170z" fill="${f}"/><rect x="290" y="280" width="20" height="140" fill="${a}"/><ellipse cx="300" cy="430" rx="90" ry="22" fill="${f}"/>`,
  kitchen: (f, a) =>
    `<circle cx="260" cy="300" r="130" fill="${f}"/><circle cx="260" cy="300" r="100" fill="${a}"/><rect x="380" y="285" width="150" height="30" rx="15" fill="${f}"/>`,
  sports: (f, a) =>
    `<rect x="150" y="220" width="60" height="160" rx="14" fill="${f}"/><rect x="390" y="220" width="60" height="160" rx="14" fill="${f}"/><rect x="110" y="250" width="40" height="100" rx="10" fill="${a}"/><rect x="450" y="250" width="40" height="100" rx="10" fill="${a}"/><rect x="210" y="285" width="180" height="30" rx="8" fill="${a}"/>`,
  outdoors: (f, a) =>
    `<path d="M300 150l170 280H130z" fill="${f}"/><path d="M300 250l60 180H240z" fill="${a}"/><path d="M120 430h360" stroke="${f}" stroke-width="12"/>`,
  beauty: (f, a) =>
    `<rect x="240" y="210" width="120" height="230" rx="30" fill="${f}"/><rect x="270" y="150" width="60" height="60" rx="8" fill="${a}"/><rect x="260" y="290" width="80" height="70" rx="6" fill="${a}"/>`,
  books: (f, a) =>
    `<rect x="190" y="150" width="230" height="300" rx="10" fill="${f}"/><rect x="190" y="150" width="34" height="300" fill="${a}"/><rect x="250" y="210" width="130" height="18" rx="9" fill="${a}"/><rect x="250" y="245" width="90" height="14" rx="7" fill="${a}"/>`,
};

// A base hue per category, so a grid of one category still reads as one family.
const HUES = [210, 20, 140, 280, 45, 0, 170, 100, 320, 60];

/** The SVG picture of the i-th demo product. */
export function productSvg(i: number): string {
  const rand = rng(0x5eed + i);
  const category = categoryOf(i);
  const hue = (HUES[i % HUES.length]! + Math.floor(rand() * 70) - 35 + 360) % 360;
  const light = 55 + Math.floor(rand() * 20);
  const bg1 = `hsl(${hue},${55 + Math.floor(rand() * 25)}%,${light}%)`;
  const bg2 = `hsl(${(hue + 30 + Math.floor(rand() * 60)) % 360},60%,${light - 25}%)`;
  const dark = rand() < 0.5;
  const fill = dark ? `hsl(${(hue + 180) % 360},30%,18%)` : 'hsl(0,0%,97%)';
  const accent = `hsl(${(hue + 150 + Math.floor(rand() * 60)) % 360},70%,${dark ? 70 : 45}%)`;
  const angle = Math.floor(rand() * 21) - 10;
  const scale = (0.85 + rand() * 0.25).toFixed(3);
  const dx = Math.floor(rand() * 60) - 30;
  const dy = Math.floor(rand() * 40) - 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="${rand().toFixed(2)}" y2="1"><stop offset="0" stop-color="${bg1}"/><stop offset="1" stop-color="${bg2}"/></linearGradient></defs>
  <rect width="${SIZE}" height="${SIZE}" fill="url(#g)"/>
  ${pattern(rand)}
  <ellipse cx="300" cy="470" rx="190" ry="26" fill="black" fill-opacity="0.16"/>
  <g transform="translate(${dx} ${dy}) rotate(${angle} 300 300) translate(300 300) scale(${scale}) translate(-300 -300)">${SHAPES[category]!(fill, accent)}</g>
</svg>`;
}

/** A faint background pattern: dots, stripes or rings, placed by `rand`. */
function pattern(rand: () => number): string {
  const kind = Math.floor(rand() * 3);
  const shapes: string[] = [];
  if (kind === 0) {
    const step = 40 + Math.floor(rand() * 40);
    for (let x = step / 2; x < SIZE; x += step) for (let y = step / 2; y < SIZE; y += step) shapes.push(`<circle cx="${x}" cy="${y}" r="${3 + Math.floor(rand() * 4)}"/>`);
  } else if (kind === 1) {
    const step = 30 + Math.floor(rand() * 50);
    for (let x = -SIZE; x < SIZE; x += step) shapes.push(`<path d="M${x} ${SIZE}L${x + SIZE} 0" stroke="white" stroke-width="${4 + Math.floor(rand() * 10)}"/>`);
  } else {
    const cx = Math.floor(rand() * SIZE);
    const cy = Math.floor(rand() * SIZE);
    for (let r = 60; r < 900; r += 70) shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="white" stroke-width="10"/>`);
  }
  return `<g fill="white" fill-opacity="0.14" stroke-opacity="0.14">${shapes.join('')}</g>`;
}

/** The i-th demo product's picture as a JPEG. */
export function productJpeg(i: number): Promise<Buffer> {
  return sharp(Buffer.from(productSvg(i))).jpeg({ quality: 82, mozjpeg: false }).toBuffer();
}
