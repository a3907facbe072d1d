// Swagger UI over the server's own OpenAPI document (a file, since the policy allows no inline script).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });
});
