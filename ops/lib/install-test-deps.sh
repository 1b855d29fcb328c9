#!/usr/bin/env bash
# Installs what the tests need from Debian when missing: chromium and chromedriver (browser tests)
# and haproxy (the cluster test puts it in front of the replicas, as ops/cluster does).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
[ "${#missing[@]}" = 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "error: ${missing[*]} missing and cannot be installed without root" >&2; exit 1
fi
echo "installing Debian's ${missing[*]} for the tests..." >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
