import { createRouter } from '../../lib/create-app';
import * as h from './images.handlers';
import * as routes from './images.routes';

// Admin-only: guardedBy('admin') is on every route. The order route is registered before the
// `{image_id}` one so that "order" is never read as an id.
const images = createRouter()
  .openapi(routes.uploadSignature, h.uploadSignature)
  .openapi(routes.attachImages, h.attachImages)
  .openapi(routes.reorderImages, h.reorderImages)
  .openapi(routes.updateImage, h.updateImage)
  .openapi(routes.deleteImage, h.deleteImage);

export default images;
