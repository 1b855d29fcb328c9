#!/usr/bin/env bash
# Installs what the browser tests need (Debian's chromium) when it is missing; root or sudo only.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "warning: chromium is missing and cannot be installed without root; browser tests will fail" >&2; exit 0
fi
echo "installing Debian's chromium for the browser tests..." >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
