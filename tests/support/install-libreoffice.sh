#!/usr/bin/env bash
# Installs LibreOffice Writer (headless) when `soffice` is missing: the Word tests convert
# .docx to .odt, .doc and text with it to read planlint's output back independently, and
# planlint reads .doc/.wps/.rtf/.odt through it. Needs root and the Debian package registry.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-libreoffice: soffice missing and not root: install the Debian package libreoffice-writer-nogui" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq libreoffice-writer-nogui >/dev/null || apt-get install -y -qq libreoffice-writer >/dev/null
command -v soffice
