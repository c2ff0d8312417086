#!/usr/bin/env bash
# The production topology's test (test/topologie) runs deploy/nginx.conf in Debian's nginx, as docker-compose
# runs it in the nginx image: installed here when missing, the way chromium.sh installs Chromium. Only the
# binary is used: the package's own service is not started (policy-rc.d), each run starts its own nginx.
set -euo pipefail
NGINX="${NGINX:-/usr/sbin/nginx}"
if [ -x "$NGINX" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== nginx ontbreekt: installeren uit Debian (apt-get install nginx-light)"
  apt-get update -qq
  # no service of its own on port 80: invoke-rc.d asks policy-rc.d, which says no (101) during the install
  eigen=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && eigen=1; fi
  trap '[ "$eigen" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  exit 0
fi
echo "nginx ontbreekt ($NGINX): installeer Debian's pakket (sudo apt-get install nginx-light) of zet NGINX" >&2
exit 1
