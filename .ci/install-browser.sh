#!/usr/bin/env bash
# Install Debian's Chromium (and a CJK font, so Chinese renders in screenshots) when missing.
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there. Never
# downloads a browser from anywhere but the distribution's own package archive.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  need+=(fonts-wqy-zenhei)
fi
[ "${#need[@]}" -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo -n)
  else
    echo "install-browser: need root to install ${need[*]}" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found; install ${need[*]} by hand" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >/dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
[ -x /usr/bin/chromium ]
