#!/usr/bin/env bash
# Debian's redis-server for the app's multi-instance tests (see scripts/ensure-debian-packages.sh).
exec bash "$(dirname "$0")/ensure-debian-packages.sh" redis
