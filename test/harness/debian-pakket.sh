#!/usr/bin/env bash
# Installs a Debian package when its binary is missing, so that `npm test` needs nothing else on a fresh
# Debian machine: `debian-pakket.sh <binary> <package> <what it is for>`. As root with apt-get only; otherwise
# it says what to install. Only the binary is used: a package's own service is not started during the install
# (policy-rc.d says no), each test starts its own process.
set -euo pipefail
BINARY="$1" PAKKET="$2" WAARVOOR="$3"
if [ -x "$BINARY" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== $BINARY ontbreekt ($WAARVOOR): installeren uit Debian (apt-get install $PAKKET)"
  apt-get update -qq
  eigen=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && eigen=1; fi
  trap '[ "$eigen" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PAKKET" >/dev/null
  exit 0
fi
echo "$BINARY ontbreekt ($WAARVOOR): installeer Debian's pakket (sudo apt-get install $PAKKET) of zet de variabele die naar een ander programma wijst" >&2
exit 1
