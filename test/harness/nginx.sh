#!/usr/bin/env bash
# The production topology (npm run topologie, test/topologie, npm run bench -- --replicas) runs deploy/nginx.conf in
# Debian's nginx, as docker-compose.yml runs it in the nginx image; NGINX points to another.
exec bash "$(dirname "$0")/debian-pakket.sh" "${NGINX:-/usr/sbin/nginx}" nginx-light 'de productietopologie'
