#!/usr/bin/env bash
# The web app's end-to-end tests drive Debian's Chromium (never a test tool's own browser download); CHROMIUM points to another.
exec bash "$(dirname "$0")/debian-pakket.sh" "${CHROMIUM:-/usr/bin/chromium}" chromium 'de browsertests'
