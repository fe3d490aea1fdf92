import { h } from './dom.js';
import { shop, unwrap } from './shop.js';

// The currency switcher. The API picks a market for each visitor (their preference, their country, else the
// default) and says which; a visitor's own pick is kept by the client package, which sends it as
// `X-Market` on every call from then on.

/**
 * Fills `select` with the store's markets, the one the API chose selected, and calls `onPick(handle)` after
 * the visitor picks another. Hidden when the markets cannot be read (prices then stay in the default).
 */
export async function marketSwitcher(select, onPick) {
  const list = await unwrap(shop.api.GET('/api/markets')).catch(() => null);
  if (!list || list.data.length < 2) return;
  select.replaceChildren(...list.data.map((m) => h('option', { value: m.handle }, `${m.currency} · ${m.name}`)));
  select.value = list.current;
  select.hidden = false;
  select.addEventListener('change', async () => {
    await shop.setMarket(select.value);
    await onPick(select.value);
  });
}
