#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR, with their German language files, for the
# end-to-end tests (which also run the popup in German). Test tools' own browser downloads do
# not work offline; Debian's packages do. Needs root; does nothing when all are there.
set -euo pipefail
packages=(chromium chromium-l10n firefox-esr firefox-esr-l10n-de)
missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
