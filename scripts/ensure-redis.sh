#!/usr/bin/env bash
# Makes sure Debian's redis-server is installed for the tests of the app's multi-instance mode
# (test/redis: `npm run test:redis`). The tests start their own throwaway server on a free loopback
# port, without persistence, and stop it afterwards (test/helpers/redis-server.ts); nothing here starts
# one. Idempotent: exits 0 at once when redis-server is there. Installs with apt-get (as root, or
# through sudo when available); quiet unless something fails.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-redis: redis-server is missing and this user cannot install packages." >&2
  echo "Install it as root: apt-get update && apt-get install -y redis-server" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis: redis-server is missing and apt-get is not available (Debian only)." >&2
  echo "Install Redis 7 (redis-server on the PATH) with your package manager." >&2
  exit 1
fi

echo "ensure-redis: installing Debian's redis-server (for the multi-instance tests)…"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && \
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends redis-server; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-redis: apt-get could not install redis-server (output above)." >&2
  exit 1
fi
echo "ensure-redis: $(redis-server --version) ready"
