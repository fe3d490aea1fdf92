#!/usr/bin/env bash
# Starts `npm run dev` on a scratch copy of the dev data, waits for GET /health = 200, then stops it.
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
[ "$status" = 0 ] && curl -s http://127.0.0.1:8787/health && echo
kill -INT -- "-$pid" 2>/dev/null
for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -KILL -- "-$pid" 2>/dev/null || true
if [ "$status" != 0 ]; then echo "npm run dev did not serve /health with 200 within 60 s:"; tail -n 40 "$log"; fi
rm -f "$log"
exit "$status"
