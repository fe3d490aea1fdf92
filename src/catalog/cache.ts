import type { Cache } from '../clients/redis';
import type { Command } from '../clients/upstash';
import type { CachedBody } from '../lib/http-cache';
import { type Page, render } from './entry';
import type { StockLevel } from '../db/queries/stock';
import { CATALOG_TTL_SECONDS, COLLECTIONS_TAG, collectionTag, GLOBAL_VERSION, LISTS_TAG, productTag, STOCK_TAG, stockId, WRITES } from './keys';
import { FILL_SCRIPT, READ_SCRIPT, STOCK_SCRIPT } from './scripts';

// Catalogue responses cached in Redis, each entry built under the versions of what it depends on:
// the global version (prices everywhere), the lists tag (any product write) or its product's tag, and
// for `in_stock` lists the stock tag. A write bumps only the tags it affects; an entry whose recorded
// versions no longer match is a miss. Stock is not part of an entry's content: it is overlaid on every
// hit from per-product levels in Redis, read by the same script (see scripts.ts and entry.ts).
//
// Why a fill never stores a stale page as fresh: the lookup returns the write counter (and the stock
// tag, for in_stock lists) read before the database; the fill is stored only if they have not moved,
// atomically with reading the versions it records. Writes bump after their commit, so a page read from
// the database before a commit is refused, and one read after it is fresh.

export { CATALOG_TTL_SECONDS };

/** What a lookup depends on. */
export interface Scope {
  /** A product's page (its tag); absent for lists and searches (the lists tag). */
  productId?: number;
  /** The page's membership depends on stock (an `in_stock` filter). */
  inStock?: boolean;
  /**
   * The tags the page depends on, instead of those the fields above imply (a collection's, keys.ts);
   * `inStock` then only makes the fill guard on the stock tag too.
   */
  tags?: string[];
}

export interface Lookup {
  /** The page with current stock, when cached and fresh. */
  hit: CachedBody | null;
  /** What the fill must find unchanged to store its page; null when Redis is unavailable. */
  guard: string[] | null;
  /** Replies to the commands sent along (`also`). */
  also: unknown[];
}

const guardKeys = (scope: Scope) => (scope.inStock ? [WRITES, STOCK_TAG] : [WRITES]);

// Fills are not on any answer's path, so the isolate sends them together: while one fill request to a
// Redis is under way, later fills wait and go in the next request, in one pipeline (at most FILL_BATCH
// each), sent by the request that sent the first. Under load, a page read from the database then costs
// one Redis request (its lookup) instead of two. Each fill is still guarded on its own (FILL_SCRIPT), so
// the delay cannot store a stale page. A queued fill resolves at once: a promise of one request must not
// be settled from another's (the Workers runtime refuses it), and a fill lost with its sender is only a
// later miss.
const FILL_BATCH = 16;
// Fills waiting beyond this (a Redis that stopped answering) are dropped rather than held in memory.
const FILL_QUEUE_MAX = 256;
const fillQueues = new Map<string, Command[]>();

/** Versioned, tagged cache of catalogue pages over `Cache`. */
export class CatalogCache {
  constructor(private readonly cache: Cache) {}

  /** One Redis round trip: the entry checked and overlaid with stock, and any commands sent `also`. */
  async lookup(key: string, scope: Scope = {}, also: Command[] = []): Promise<Lookup> {
    const keys = [key, ...guardKeys(scope)];
    const replies = await this.cache.pipeline([['EVAL', READ_SCRIPT, keys.length, ...keys], ...also]);
    const reply = replies?.[0];
    if (!Array.isArray(reply)) return { hit: null, guard: null, also: replies?.slice(1) ?? also.map(() => null) };
    if (reply[0] === '1') return { hit: render(reply[1] as string, reply.slice(2)), guard: null, also: replies!.slice(1) };
    return { hit: null, guard: reply.slice(1).map(String), also: replies!.slice(1) };
  }

  /** Stores a page built after `lookup` gave `guard` (nothing when a write came in between). */
  async fill(key: string, scope: Scope, guard: string[] | null, page: Page, ttlSeconds = CATALOG_TTL_SECONDS): Promise<void> {
    const command = this.fillCommand(key, scope, guard, page, ttlSeconds);
    if (!command) return;
    const target = this.cache.target;
    if (target === null) return;
    const queue = fillQueues.get(target);
    // A request is under way: this fill goes with the next one.
    if (queue) {
      if (queue.length < FILL_QUEUE_MAX) queue.push(command);
      return;
    }
    const waiting: Command[] = [];
    fillQueues.set(target, waiting);
    try {
      await this.cache.pipeline([command]);
      while (waiting.length) await this.cache.pipeline(waiting.splice(0, FILL_BATCH));
    } finally {
      fillQueues.delete(target);
    }
  }

  /** The fill as a command, to send along with others; null when there is nothing to store. */
  fillCommand(key: string, scope: Scope, guard: string[] | null, page: Page, ttlSeconds = CATALOG_TTL_SECONDS): Command | null {
    if (!guard) return null;
    const deps = [GLOBAL_VERSION, ...(scope.tags ?? [scope.productId === undefined ? LISTS_TAG : productTag(scope.productId)])];
    if (scope.inStock && !scope.tags) deps.push(STOCK_TAG);
    const keys = [key, ...guardKeys(scope)];
    return [
      'EVAL', FILL_SCRIPT, keys.length, ...keys, ttlSeconds, ...guard,
      deps.join(' '), page.slots.map((s) => s.id).join(' '), page.payload,
      page.slots.map((s) => `${s.id}:${s.version}:${s.qty}`).join(' '),
    ];
  }

  /** After a write to these products: their pages and every list and search. Awaited by writers. */
  async productsChanged(ids: number[]): Promise<void> {
    await this.cache.pipeline([['INCR', WRITES], ['INCR', LISTS_TAG], ...ids.map((id) => ['INCR', productTag(id)])]);
  }

  /** After a write to these collections: their answers and the list of collections. Awaited by writers. */
  async collectionsChanged(ids: number[]): Promise<void> {
    await this.cache.pipeline([['INCR', WRITES], ['INCR', COLLECTIONS_TAG], ...ids.map((id) => ['INCR', collectionTag(id)])]);
  }

  /** After a change to prices everywhere (sale windows, rates): every entry. */
  async everythingChanged(): Promise<void> {
    await this.cache.pipeline([['INCR', WRITES], ['INCR', GLOBAL_VERSION]]);
  }

  /**
   * After stock changed (outside a request, e.g. a cron job's restock; in a request use `stockChanged`):
   * the levels overlaid on cached pages, and `in_stock` lists when a product crossed zero. Levels without a
   * version (from SQL not read through `stockLevels`) cannot be ordered: their products' pages are dropped.
   */
  async levelsChanged(levels: readonly StockLevel[], options: { decreased?: boolean } = {}): Promise<void> {
    const versioned = levels.filter((l) => Number.isSafeInteger(l.version));
    const unordered = [...new Set(levels.filter((l) => !Number.isSafeInteger(l.version)).map((l) => l.product_id))];
    if (unordered.length) await this.productsChanged(unordered);
    if (!versioned.length) return;
    const args = versioned.map((l) => `${stockId(l.product_id, l.variant_id)}:${l.version}:${l.stock_quantity}`).join(' ');
    await this.cache.pipeline([['EVAL', STOCK_SCRIPT, 1, STOCK_TAG, args, options.decreased ? '1' : '0']]);
  }

  /** Every entry, as `everythingChanged`: coarse, for callers written before the tags. */
  bump(): Promise<void> {
    return this.everythingChanged();
  }
}
