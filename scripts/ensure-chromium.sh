#!/usr/bin/env bash
# Chromium and a colour emoji font for the leaderboard preview's browser test (see
# scripts/ensure-debian-packages.sh).
exec bash "$(dirname "$0")/ensure-debian-packages.sh" chromium
