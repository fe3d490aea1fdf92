import { createRouter } from '../../lib/create-app';
import * as admin from './collections.admin';
import * as pub from './collections.public';
import * as routes from './collections.routes';

const collections = createRouter()
  .openapi(routes.listCollections, pub.list)
  .openapi(routes.getCollection, pub.detail)
  .openapi(routes.getCollectionProducts, pub.products)
  // Admin-only below (guardedBy('admin') is on each route).
  .openapi(routes.createCollection, admin.create)
  .openapi(routes.updateCollection, admin.update)
  .openapi(routes.deleteCollection, admin.remove)
  .openapi(routes.setCollectionProducts, admin.setProducts);

export default collections;
