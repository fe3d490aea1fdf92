import { createRouter } from '../../lib/create-app';
import * as admin from './products.admin';
import * as pub from './products.public';
import * as routes from './products.routes';

const products = createRouter()
  .openapi(routes.listProducts, pub.list)
  .openapi(routes.getProduct, pub.detail)
  // Admin-only below (guardedBy('admin') is on each route).
  .openapi(routes.createProduct, admin.create)
  .openapi(routes.updateProduct, admin.update)
  .openapi(routes.deleteProduct, admin.remove);

export default products;
