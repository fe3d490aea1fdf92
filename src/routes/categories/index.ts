import { createRouter } from '../../lib/create-app';
import * as admin from './categories.admin';
import * as pub from './categories.public';
import * as routes from './categories.routes';

const categories = createRouter()
  .openapi(routes.listCategories, pub.list)
  .openapi(routes.getCategory, pub.detail)
  // Admin-only below (requireAdmin is on each route).
  .openapi(routes.createCategory, admin.create)
  .openapi(routes.updateCategory, admin.update)
  .openapi(routes.deleteCategory, admin.remove);

export default categories;
