import { api } from './api.js';

// Live stock through Supabase Realtime broadcast. The API publishes each stock change on the
// product's topic; the browser only listens, with the project's public (anon) key from
// /api/client-config. Without that key, or without supabase-js, the page still works, just not live.

let settings;
let client;

function clientConfig() {
  settings ??= api('/api/client-config').catch(() => null);
  return settings;
}

/**
 * Calls `onStock(payload)` for each stock change of the product (`{product_id, variant_id,
 * stock_quantity, in_stock}`) and `onState('live' | 'connecting' | 'off')` as the channel changes.
 * Returns a function that stops listening.
 */
export async function watchStock(productId, onStock, onState) {
  const cfg = await clientConfig();
  const createClient = globalThis.supabase?.createClient;
  if (!cfg?.supabase_url || !cfg.supabase_key || !createClient) {
    onState('off');
    return () => {};
  }
  client ??= createClient(cfg.supabase_url, cfg.supabase_key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  const topic = cfg.realtime.stock_topic.replace('{id}', String(productId));
  const channel = client.channel(topic);
  onState('connecting');
  channel
    .on('broadcast', { event: cfg.realtime.stock_event }, ({ payload }) => onStock(payload))
    .subscribe((status) => onState(status === 'SUBSCRIBED' ? 'live' : status === 'CLOSED' ? 'off' : 'connecting'));
  return () => void client.removeChannel(channel);
}
