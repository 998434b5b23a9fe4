#!/usr/bin/env bash
# Unpacks Debian's Firefox ESR into .cache/firefox-esr for the Firefox browser test, and installs the
# shared libraries it needs (most come with Chromium already). Does nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/firefox-esr
[ -x "$dest/usr/lib/firefox-esr/firefox-esr" ] && exit 0

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "get-firefox: needs root for: $*" >&2; return 1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A fresh machine may have no package lists yet.
(cd "$tmp" && apt-get download firefox-esr 2>/dev/null) || { as_root apt-get update -qq; (cd "$tmp" && apt-get download firefox-esr); }
deb=$(ls "$tmp"/firefox-esr_*.deb)
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' | grep -v '^$')
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq -o DPkg::Lock::Timeout=600 $deps >/dev/null
mkdir -p "$dest"
dpkg -x "$deb" "$dest"
"$dest/usr/lib/firefox-esr/firefox-esr" --version
