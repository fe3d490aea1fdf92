import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/types';
import { ErrorBody } from '../../schemas/error';
import { openApiDocument } from './document';

/** Paths served by this module; kept out of the OpenAPI document (they describe it). */
export const DOC_PATHS = ['/openapi.json', '/docs'] as const;

// Swagger UI from Workers static assets (public/vendor, copied from swagger-ui-dist): no CDN, so the
// reference works offline and the page loads no third-party script. No inline script either (public/docs.js
// starts it), so the page's CSP allows the Worker's own scripts only.
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Edge Commerce API reference</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
  <script src="/docs.js"></script>
</body>
</html>
`;

/** Serves `GET /openapi.json` (OpenAPI 3.1 of every route registered on `app`) and `GET /docs`. */
export function registerDocs<T extends OpenAPIHono<AppEnv, any, any>>(app: T): T {
  // Routes reference it already; registering it by name keeps the shared responses' $ref valid regardless.
  app.openAPIRegistry.register('Error', ErrorBody);
  app.get(DOC_PATHS[0], (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(openApiDocument(app, new URL(c.req.url).origin));
  });
  app.get(DOC_PATHS[1], (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(DOCS_PAGE);
  });
  return app;
}
