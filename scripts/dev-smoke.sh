#!/usr/bin/env bash
# Starts `npm run dev`, waits for GET /health = 200, checks the example page (on both origins) and /docs,
# then stops it.
set -uo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
setsid npm run dev >"$log" 2>&1 &
pid=$!
status=1
for _ in $(seq 1 60); do
  code="$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8787/health || true)"
  if [ "$code" = "200" ]; then status=0; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ "$status" = 0 ]; then
  curl -s http://127.0.0.1:8787/health && echo
  # The example page and /docs: Workers static assets (public/, vendor files copied by predev) and the spec.
  for path in / /docs /openapi.json /vendor/swagger-ui/swagger-ui-bundle.js /vendor/supabase/supabase.js /vendor/client/index.js /vendor/openapi-fetch/index.js /store/app.js; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:8787$path" || true)"
    if [ "$code" != "200" ]; then echo "GET $path answered $code, not 200"; status=1; fi
  done
  # Validation through the deployed bundle (zod with its English messages; other locales are aliased out).
  body="$(curl -s 'http://127.0.0.1:8787/api/products?limit=1000' || true)"
  if ! printf '%s' "$body" | grep -q '"code":"validation_failed"' || ! printf '%s' "$body" | grep -q 'Too big: expected number to be <=100'; then
    echo "GET /api/products?limit=1000 did not answer zod's validation error: $body"; status=1
  fi
  # The example store's second origin, pointed at the API.
  if ! curl -s http://127.0.0.1:8788/config.js | grep -q '"http://127.0.0.1:8787"'; then echo "the second origin's config.js does not name the API"; status=1; fi
fi
kill -INT -- "-$pid" 2>/dev/null
for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -KILL -- "-$pid" 2>/dev/null || true
if [ "$status" != 0 ]; then echo "npm run dev failed the smoke checks (/health within 60 s, then the page and /docs):"; tail -n 40 "$log"; fi
rm -f "$log"
exit "$status"
