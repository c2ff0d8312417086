#!/usr/bin/env bash
# The web app's end-to-end tests drive Debian's Chromium (never a test tool's own browser download):
# installed here when missing, so that `npm test` needs nothing else on a fresh Debian machine.
set -euo pipefail
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== Chromium ontbreekt: installeren uit Debian (apt-get install chromium)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium ontbreekt ($CHROMIUM): installeer Debian's pakket (sudo apt-get install chromium) of zet CHROMIUM" >&2
exit 1
