// Starts Swagger UI on /docs (kept out of the page so its Content-Security-Policy needs no inline script).
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  displayRequestDuration: true,
  // No badge from validator.swagger.io: the page talks to this Worker only.
  validatorUrl: null,
});
