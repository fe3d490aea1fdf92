import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { listMarkets } from '../../db/queries/markets';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import { chooseMarket, type MarketHints } from '../../markets/choose';
import { requestCountry } from '../../markets/country';
import { marketRegistry } from '../../markets/registry';

/** Request headers a market-dependent response varies on (with Authorization, for the preference). */
export const MARKET_VARY = 'X-Market, CF-IPCountry';

/**
 * What the request says about its market; `X-Market` wins over the `market` query parameter. A requested
 * market decides alone, so the country is looked up only without one.
 */
export function marketHints(c: Context<AppEnv>): MarketHints {
  const requested = c.req.header('X-Market') || c.req.query('market') || null;
  return {
    requested,
    preferredCurrency: c.get('auth')?.currency ?? null,
    country: requested ? null : requestCountry(c.req.raw),
  };
}

/**
 * Chooses the request's market (after the auth middleware, whose token carries the preferred
 * currency) and sets `c.var.market`; the response says which in `X-Market` and varies on the hints.
 * The market list comes from the per-isolate registry, so this costs no round trip.
 */
export function market() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { db, env } = c.get('services');
    const markets = await marketRegistry.get(env.NEON_PSQL_URL, () => listMarkets(db.db));
    const choice = chooseMarket(markets, marketHints(c));
    if ('unknown' in choice) {
      const handles = markets.filter((m) => m.isActive).map((m) => m.handle);
      throw new ApiError('validation_failed', 422, 'The request is not valid', [
        { path: 'market', code: 'invalid_value', message: `unknown market "${choice.unknown}"; one of ${handles.join(', ')}` },
      ]);
    }
    c.set('market', choice.market);
    c.header('X-Market', choice.market.handle);
    c.header('Vary', MARKET_VARY, { append: true });
    await next();
  });
}
