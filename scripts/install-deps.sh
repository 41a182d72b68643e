#!/usr/bin/env bash
# Installs the C libraries fixdesk links against, when they are missing (Debian/Ubuntu, as root).
# libcurl is what Foundation's networking links against when the Swift runtime is linked in statically.
set -euo pipefail
packages=(libcmark-dev libsqlite3-dev libstemmer-dev libcurl4-openssl-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
