import { clientConfig } from './shop.js';

// Live updates through Supabase Realtime broadcast (supabase-js, vendored at /vendor/supabase/): a
// product's stock, and a signed-in customer's order status and payment. The browser only listens, with
// the project's public key from /api/client-config; without it the store still works, just not live.

let client;

async function channel(topic, event, onMessage, onState) {
  const cfg = await clientConfig();
  const createClient = globalThis.supabase?.createClient;
  if (!topic || !cfg?.supabase_url || !cfg.supabase_key || !createClient) {
    onState('off');
    return () => {};
  }
  client ??= createClient(cfg.supabase_url, cfg.supabase_key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  const ch = client.channel(topic);
  onState('connecting');
  for (const name of [event].flat()) ch.on('broadcast', { event: name }, ({ payload }) => onMessage(payload, name));
  ch.subscribe((status) => onState(status === 'SUBSCRIBED' ? 'live' : status === 'CLOSED' ? 'off' : 'connecting'));
  return () => void client.removeChannel(ch);
}

/** Calls `onStock({product_id, variant_id, stock_quantity, in_stock})` for each stock change of the product. */
export async function watchStock(productId, onStock, onState) {
  const cfg = await clientConfig();
  const topic = cfg?.realtime?.stock_topic?.replace('{id}', String(productId));
  return channel(topic, cfg?.realtime?.stock_event ?? 'stock', onStock, onState);
}

/** Calls `onChange(payload)` for each status or payment change of the orders on `topic` (an order's `realtime_topic`). */
export function watchOrders(topic, onChange, onState) {
  return channel(topic, ['status', 'payment'], onChange, onState);
}

/** A small "live" badge whose text follows the channel's state. */
export function liveBadge(id) {
  const el = document.createElement('span');
  el.id = id;
  el.className = 'live';
  el.dataset.state = 'connecting';
  el.textContent = 'connecting';
  return {
    el,
    set(state) {
      el.dataset.state = state;
      el.textContent = state;
    },
  };
}
