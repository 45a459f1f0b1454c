#!/usr/bin/env bash
# Installs Debian's chromium, chromium-driver and a CJK font when they are missing (the HTML
# report's end-to-end test drives the browser and saves a screenshot of Chinese text). Needs root
# and the Debian package registry.
set -euo pipefail
have_font() { fc-list 2>/dev/null | grep -qi 'cjk'; }
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && have_font; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-browser: chromium/chromedriver missing and not root: install the Debian packages chromium and chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
command -v chromium && command -v chromedriver
