import { createRouter } from '../../lib/create-app';
import { searchProducts } from './search.handlers';
import * as routes from './search.routes';

const search = createRouter().openapi(routes.searchProducts, searchProducts);

export default search;
