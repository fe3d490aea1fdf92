import { hexDigest } from '../lib/hash';
import type { CachedBody } from '../lib/http-cache';

// A cached page is its JSON with holes where stock goes, so a hit can show the stock levels Redis holds
// now without parsing or re-serialising anything: the stored text is joined around the numbers.
// Payload layout (after the two lines Redis reads, see scripts.ts):
//   "<content etag>\n<quantity per slot at fill time>\n<1|0 per slot: the slot's item is active>\n<seg0>\x01<seg1>..."

/** A stock slot of a page: the product or variant it shows, and its level when the page was built. */
export interface StockSlot {
  id: string;
  qty: number;
  /** The product's or variant's stock version (the product row's `version`) as read with the page. */
  version: number;
  /** A variant that is not active is never in stock, whatever its quantity. */
  active: boolean;
}

/** What a fill stores: the page's text with its stock holes, and the levels read with it. */
export interface Page {
  payload: string;
  slots: StockSlot[];
  /** The page as the fill answers it (its stock as read). */
  body: CachedBody;
}

// JSON.stringify writes the NUL placeholder as the six characters \u0000, which no stored text can
// produce (NUL is refused at validation, and quotes inside strings are escaped).
const HOLE = '"stock_quantity":"\\u0000","in_stock":false';
const SEP = '\x01';

/** An item of a page that shows stock; its `stock_quantity` and `in_stock` become a hole. */
export interface Stocked {
  stock_quantity: number | string;
  in_stock: boolean;
}

/**
 * Builds a page from the value answered (`holes` are its stocked items, in the order they appear in
 * the JSON) and their slots. Without holes in the expected places the page is stored without slots.
 */
export async function buildPage(value: unknown, holes: Stocked[], slots: StockSlot[]): Promise<Page> {
  const saved = holes.map((h) => [h.stock_quantity, h.in_stock] as const);
  for (const h of holes) {
    h.stock_quantity = '\u0000';
    h.in_stock = false;
  }
  const template = JSON.stringify(value);
  holes.forEach((h, i) => {
    h.stock_quantity = saved[i]![0];
    h.in_stock = saved[i]![1];
  });
  const segments = template.split(HOLE);
  if (segments.length !== slots.length + 1) {
    const text = JSON.stringify(value);
    const etag = (await hexDigest('SHA-1', text)).slice(0, 27);
    return { payload: `${etag}\n\n\n${text}`, slots: [], body: { body: text, etag: `"${etag}"` } };
  }
  const etag = (await hexDigest('SHA-1', template)).slice(0, 27);
  const built = slots.map((s) => String(s.qty));
  const active = slots.map((s) => (s.active ? 1 : 0)).join('');
  const payload = `${etag}\n${built.join(' ')}\n${active}\n${segments.join(SEP)}`;
  return { payload, slots, body: fillHoles(etag, segments, built, active, []) };
}

/** The page with each slot's current level (`version:qty` from Redis, or "" to keep the level it was built with). */
export function render(payload: string, levels: unknown[]): CachedBody {
  const a = payload.indexOf('\n');
  const b = payload.indexOf('\n', a + 1);
  const c = payload.indexOf('\n', b + 1);
  const etag = payload.slice(0, a);
  if (b === a + 1) return { body: payload.slice(c + 1), etag: `"${etag}"` };
  return fillHoles(etag, payload.slice(c + 1).split(SEP), payload.slice(a + 1, b).split(' '), payload.slice(b + 1, c), levels);
}

/** The segments joined around each slot's stock: its current level, else the one it was built with. */
function fillHoles(etag: string, segments: string[], built: string[], active: string, levels: unknown[]): CachedBody {
  // A page without slots shows no stock: its ETag is its content's alone.
  if (segments.length === 1) return { body: segments[0]!, etag: `"${etag}"` };
  let body = segments[0]!;
  let sig = '';
  for (let i = 1; i < segments.length; i++) {
    const level = levels[i - 1];
    const qty = typeof level === 'string' && level ? level.slice(level.indexOf(':') + 1) : built[i - 1]!;
    body += `"stock_quantity":${qty},"in_stock":${active.charCodeAt(i - 1) === 49 && Number(qty) > 0}${segments[i]}`;
    sig += `${qty},`;
  }
  return { body, etag: `"${etag}-${fnv1a(sig)}"` };
}

/** 32-bit FNV-1a, in base 36: the stock part of an ETag, cheap enough for every hit. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
