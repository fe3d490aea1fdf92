import { createRouter } from '../../lib/create-app';
import * as handlers from './markets.handlers';
import * as routes from './markets.routes';
import * as listHandlers from './price-lists.handlers';
import * as listRoutes from './price-lists.routes';

// GET /api/markets is public; everything under /api/admin/ is admin only (requireAdmin on each route).
const markets = createRouter()
  .openapi(routes.listPublicMarkets, handlers.listPublicMarkets)
  .openapi(routes.listMarkets, handlers.listMarkets)
  .openapi(routes.createMarket, handlers.createMarket)
  .openapi(routes.getMarket, handlers.getMarket)
  .openapi(routes.updateMarket, handlers.updateMarket)
  .openapi(routes.listCurrencies, handlers.listCurrencies)
  .openapi(routes.putCurrency, handlers.putCurrency)
  .openapi(routes.listRates, handlers.listRates)
  .openapi(routes.putRate, handlers.putRate)
  .openapi(routes.deleteRate, handlers.deleteRate)
  .openapi(listRoutes.listPriceLists, listHandlers.listPriceLists)
  .openapi(listRoutes.createPriceList, listHandlers.createPriceList)
  .openapi(listRoutes.getPriceList, listHandlers.getPriceList)
  .openapi(listRoutes.updatePriceList, listHandlers.updatePriceList)
  .openapi(listRoutes.deletePriceList, listHandlers.deletePriceList)
  .openapi(listRoutes.listPrices, listHandlers.listPrices)
  .openapi(listRoutes.setPrices, listHandlers.setPrices)
  .openapi(listRoutes.deletePrices, listHandlers.deletePrices);

export default markets;
