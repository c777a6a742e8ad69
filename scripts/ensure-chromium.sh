#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser test of the leaderboard preview
# (test/preview/browser.test.ts), with a colour emoji font so the status badges (🟢 🟡 🔴) show in its
# screenshot. Idempotent: exits 0 at once when both are there. Installs with apt-get (as root, or through
# sudo when available); quiet unless something fails.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
EMOJI_FONT=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf

if [ -x "$CHROMIUM" ] && [ -f "$EMOJI_FONT" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM or $EMOJI_FONT is missing and this user cannot install packages." >&2
  echo "Install them as root: apt-get update && apt-get install -y chromium fonts-noto-color-emoji" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM or $EMOJI_FONT is missing and apt-get is not available (Debian only)." >&2
  echo "Install Chromium (at $CHROMIUM) and a colour emoji font with your package manager." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium and fonts-noto-color-emoji (for the preview browser test)…"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && \
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-chromium: apt-get could not install chromium and fonts-noto-color-emoji (output above)." >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: the chromium package installed, but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) ready at $CHROMIUM"
