import type { Context } from 'hono';
import { background } from '../lib/background';
import { base64url } from '../lib/encoding';
import type { Env } from '../lib/env';
import type { AppEnv } from '../lib/types';

// Supabase Realtime broadcasts from the Worker. They go through Realtime's REST broadcast endpoint
// (`POST /realtime/v1/api/broadcast`, the call supabase-js makes for `send()` on an unjoined channel):
// one HTTP request carries every message of a change, where `httpSend` would make one per topic, and
// the Worker needs no socket. Topics and payloads are documented in README.md ("Live updates").

const BROADCAST_TIMEOUT_MS = 3_000;

export interface BroadcastMessage {
  topic: string;
  event: string;
  payload: Record<string, unknown>;
}

/** A stock level after a change; `variant_id` null is the product's own (or its variants' total) stock. */
export interface StockChange {
  product_id: number;
  variant_id: number | null;
  stock_quantity: number;
}

export class Realtime {
  constructor(
    private readonly url: string,
    private readonly apiKey: string,
  ) {}

  /** Sends the messages in one request; throws on a transport error or a non-2xx answer. */
  async broadcast(messages: BroadcastMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const res = await fetch(`${this.url}/realtime/v1/api/broadcast`, {
      method: 'POST',
      headers: { apikey: this.apiKey, Authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: messages.map((m) => ({ ...m, private: false })) }),
      signal: AbortSignal.timeout(BROADCAST_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`realtime broadcast answered HTTP ${res.status}`);
  }
}

/** The Realtime client, or null when Supabase is not configured (broadcasts are then skipped). */
export function createRealtime(env: Env): Realtime | null {
  if (!env.SUPABASE_URL || !env.SUPABASE_API_KEY) return null;
  return new Realtime(env.SUPABASE_URL.replace(/\/+$/, ''), env.SUPABASE_API_KEY);
}

/** The public topic of a product's stock level. */
export const productTopic = (productId: number) => `product:${productId}`;

const encoder = new TextEncoder();
const topicKeys = new Map<string, Promise<CryptoKey>>();

/**
 * The topic of a user's order updates: `orders:<tag>`, the tag an HMAC of the user id. Broadcast
 * channels are public to anyone holding the project's anon key, so a guessable name (`orders:42`)
 * would let anyone follow anyone's orders; the tag is handed only to the owner (`realtime_topic`).
 */
export async function userOrdersTopic(secret: string, userId: number): Promise<string> {
  let key = topicKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(`realtime-topic:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    topicKeys.set(secret, key);
  }
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(`orders:${userId}`)));
  const tag = base64url(mac.slice(0, 16));
  return `orders:${tag}`;
}

/**
 * Broadcasts new stock levels to each product's topic (event `stock`) after the response. For the
 * catalog's admin stock edits too: call it with the levels the write returned.
 */
export function broadcastStock(c: Context<AppEnv>, changes: StockChange[]): void {
  const realtime = c.get('services').realtime;
  if (!realtime || changes.length === 0) return;
  const messages = changes.map((s) => ({
    topic: productTopic(s.product_id),
    event: 'stock',
    payload: { product_id: s.product_id, variant_id: s.variant_id, stock_quantity: s.stock_quantity, in_stock: s.stock_quantity > 0 },
  }));
  background(c, 'realtime stock broadcast', realtime.broadcast(messages));
}
