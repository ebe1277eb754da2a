#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR for the end-to-end tests when they are missing.
# Test tools' own browser downloads do not work offline; Debian's packages do. Needs root.
set -euo pipefail
packages=()
command -v chromium >/dev/null || packages+=(chromium)
command -v firefox-esr >/dev/null || packages+=(firefox-esr)
if [ ${#packages[@]} -gt 0 ]; then
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
fi
