import { createRouter } from '../../lib/create-app';
import { searchProducts } from './search.handlers';
import * as routes from './search.routes';
import { suggest } from './suggest.handler';

const search = createRouter().openapi(routes.searchProducts, searchProducts).openapi(routes.suggest, suggest);

export default search;
