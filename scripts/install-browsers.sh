#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR, with the language files of every language the
# extension speaks (the end-to-end tests run the popup in each). Test tools' own browser
# downloads do not work offline; Debian's packages do. chromium-l10n holds all of Chromium's
# languages; Firefox has one package per language, English built in. Needs root; does nothing
# when all are there.
set -euo pipefail
packages=(chromium chromium-l10n firefox-esr firefox-esr-l10n-de firefox-esr-l10n-fr firefox-esr-l10n-it firefox-esr-l10n-es-es)
missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
