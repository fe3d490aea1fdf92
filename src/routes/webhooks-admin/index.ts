import { createRouter } from '../../lib/create-app';
import * as handlers from './webhooks-admin.handlers';
import * as routes from './webhooks-admin.routes';

// Admin only (guardedBy on each route): outbound webhook endpoints and their deliveries.
const webhooksAdmin = createRouter()
  .openapi(routes.createEndpoint, handlers.createEndpoint)
  .openapi(routes.listEndpoints, handlers.listEndpoints)
  .openapi(routes.getEndpoint, handlers.getEndpoint)
  .openapi(routes.updateEndpoint, handlers.updateEndpoint)
  .openapi(routes.deleteEndpoint, handlers.deleteEndpoint)
  .openapi(routes.rotateSecret, handlers.rotateSecret)
  .openapi(routes.listDeliveries, handlers.listDeliveries)
  .openapi(routes.replayDelivery, handlers.replayDelivery);

export default webhooksAdmin;
