import type { Market } from './market';

/** What a request says about where the shopper is and what they want. */
export interface MarketHints {
  /** `X-Market` header or `market` query parameter: a market handle. */
  requested?: string | null;
  /** The signed-in user's preferred currency (carried in the access token). */
  preferredCurrency?: string | null;
  /** ISO 3166-1 alpha-2 country of the request, as Cloudflare reports it. */
  country?: string | null;
}

export type MarketChoice =
  | { market: Market; by: 'request' | 'preference' | 'country' | 'default' }
  | { unknown: string };

/**
 * Chooses the market: an explicitly requested handle, then the user's preferred currency (the
 * market for the request's country when it sells in that currency, else the first such market),
 * then the country, then the default. A requested handle that is not an active market is refused
 * (`unknown`) rather than silently replaced. Pure: the list comes from the per-isolate cache.
 */
export function chooseMarket(markets: readonly Market[], hints: MarketHints): MarketChoice {
  const active = markets.filter((m) => m.isActive);
  const requested = hints.requested?.trim().toLowerCase();
  if (requested) {
    const m = active.find((x) => x.handle === requested);
    return m ? { market: m, by: 'request' } : { unknown: requested };
  }
  const country = hints.country?.trim().toUpperCase();
  const byCountry = country && /^[A-Z]{2}$/.test(country) ? active.find((m) => m.countries.includes(country)) : undefined;
  const currency = hints.preferredCurrency?.trim().toUpperCase();
  if (currency) {
    if (byCountry?.currency === currency) return { market: byCountry, by: 'preference' };
    const m = active.find((x) => x.currency === currency && x.isDefault) ?? active.find((x) => x.currency === currency);
    if (m) return { market: m, by: 'preference' };
  }
  if (byCountry) return { market: byCountry, by: 'country' };
  const fallback = active.find((m) => m.isDefault) ?? active[0];
  if (!fallback) throw new Error('no active market');
  return { market: fallback, by: 'default' };
}
