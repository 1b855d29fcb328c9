#!/usr/bin/env bash
# Installs what the browser tests need (Debian's chromium and chromedriver) when missing.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "error: chromium/chromedriver are missing and cannot be installed without root" >&2; exit 1
fi
echo "installing Debian's chromium and chromium-driver for the browser tests..." >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
