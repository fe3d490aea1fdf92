import { describe, expect, it } from 'vitest';
import { chooseMarket } from './choose';
import type { Market } from './market';
import { MARKETS_TTL_MS, MarketRegistry } from './registry';

const market = (id: number, handle: string, currency: string, countries: string[], extra: Partial<Market> = {}): Market => ({
  id, handle, name: handle, currency, countries, taxInclusive: currency !== 'USD', defaultLocale: 'en', isActive: true, isDefault: false, ...extra,
});
const MARKETS = [
  market(1, 'us', 'USD', ['US'], { isDefault: true }),
  market(2, 'eu', 'EUR', ['DE', 'FR', 'IE']),
  market(3, 'uk', 'GBP', ['GB']),
  market(4, 'jp', 'JPY', ['JP']),
  market(5, 'ch', 'EUR', ['CH'], { isActive: false }),
];
const handle = (hints: Parameters<typeof chooseMarket>[1]) => {
  const c = chooseMarket(MARKETS, hints);
  return 'market' in c ? `${c.market.handle}/${c.by}` : `unknown:${c.unknown}`;
};

describe('market choice', () => {
  it('goes header, preference, country, default', () => {
    expect(handle({ requested: 'JP', preferredCurrency: 'EUR', country: 'GB' })).toBe('jp/request');
    expect(handle({ preferredCurrency: 'eur', country: 'GB' })).toBe('eu/preference');
    expect(handle({ country: 'gb' })).toBe('uk/country');
    expect(handle({ country: 'BR' })).toBe('us/default');
    expect(handle({})).toBe('us/default');
  });

  it('a preference the country already satisfies keeps the country market; an unsold currency falls through', () => {
    expect(handle({ preferredCurrency: 'EUR', country: 'FR' })).toBe('eu/preference');
    expect(handle({ preferredCurrency: 'CHF', country: 'JP' })).toBe('jp/country');
  });

  it('ignores inactive markets and refuses an unknown or inactive handle', () => {
    expect(handle({ country: 'CH' })).toBe('us/default');
    expect(handle({ requested: 'ch' })).toBe('unknown:ch');
    expect(handle({ requested: 'mars' })).toBe('unknown:mars');
    expect(handle({ country: 'not a country' })).toBe('us/default');
  });
});

describe('market registry', () => {
  it('loads once per key per minute, on the injected clock, and forgets on clear or a failed load', async () => {
    let now = 1_000;
    let loads = 0;
    const registry = new MarketRegistry(() => now);
    const load = async () => {
      loads += 1;
      return MARKETS;
    };
    await registry.get('db', load);
    await registry.get('db', load);
    now += MARKETS_TTL_MS - 1;
    await registry.get('db', load);
    expect(loads).toBe(1);
    await registry.get('other', load);
    expect(loads).toBe(2);
    now += 1;
    await registry.get('db', load);
    expect(loads).toBe(3);
    registry.clear();
    await registry.get('db', load);
    expect(loads).toBe(4);
    await expect(registry.get('bad', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await registry.get('bad', load);
    expect(loads).toBe(5);
  });
});
