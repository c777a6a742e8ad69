#!/usr/bin/env bash
# Makes sure the Debian packages some tests drive are installed; each test starts and stops what it
# needs itself. Usage: ensure-debian-packages.sh <set>…, where a set is
#   chromium  Chromium at /usr/bin/chromium with a colour emoji font, so the status badges (🟢 🟡 🔴)
#             show in the screenshot of the leaderboard preview test (test/preview/browser.test.ts);
#   redis     redis-server, for the app's multi-instance tests (test/redis, `npm run test:redis`),
#             which start a throwaway server on a free port without persistence.
# Idempotent: a set whose files are there costs nothing. Installs with apt-get (as root, or through
# sudo when available); quiet unless something fails. scripts/ensure-chromium.sh and
# scripts/ensure-redis.sh call it with one set.
set -euo pipefail

me=ensure-debian-packages
missing=()
packages=()
checks=()
for set in "$@"; do
  case "$set" in
    chromium)
      check="test -x /usr/bin/chromium && test -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
      checks+=("$check")
      if ! eval "$check"; then
        missing+=("Chromium (/usr/bin/chromium) and a colour emoji font")
        packages+=(chromium fonts-noto-color-emoji)
      fi
      ;;
    redis)
      check="command -v redis-server >/dev/null 2>&1"
      checks+=("$check")
      if ! eval "$check"; then
        missing+=("redis-server")
        packages+=(redis-server)
      fi
      ;;
    *)
      echo "$me: unknown set \"$set\" (known: chromium, redis)." >&2
      exit 2
      ;;
  esac
done

[ "${#packages[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "$me: missing ${missing[*]}, and this user cannot install packages." >&2
  echo "Install them as root: apt-get update && apt-get install -y ${packages[*]}" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$me: missing ${missing[*]}, and apt-get is not available (Debian only)." >&2
  echo "Install ${packages[*]} (or their equivalents) with your package manager." >&2
  exit 1
fi

echo "$me: installing ${packages[*]}…"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq &&
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "$me: apt-get could not install ${packages[*]} (output above)." >&2
  exit 1
fi

for check in "${checks[@]}"; do
  if ! eval "$check"; then
    echo "$me: the packages installed, but this still fails: $check" >&2
    exit 1
  fi
done
echo "$me: ${packages[*]} ready"
