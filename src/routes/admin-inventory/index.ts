import { createRouter } from '../../lib/create-app';
import * as handlers from './admin-inventory.handlers';
import * as routes from './admin-inventory.routes';

// Admin and staff (guardedBy on each route): stock adjustments, the ledger and the low-stock list.
const adminInventory = createRouter()
  .openapi(routes.createAdjustment, handlers.createAdjustment)
  .openapi(routes.listMovements, handlers.listMovements)
  .openapi(routes.listLowStock, handlers.listLowStock);

export default adminInventory;
