#!/usr/bin/env bash
# Installs the Debian packages Shingikai needs, only those missing.
#   runtime: gettext (compiles the Japanese translation), fonts-noto-cjk (Japanese in PDFs),
#            libpango (WeasyPrint renders PDFs through it)
#   test:    + chromium (browser tests), postgresql (the server-mode database),
#            poppler-utils (PDF pages rendered to PNG in the document tests)
set -euo pipefail
want=(gettext fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0)
if [ "${1:-runtime}" = test ]; then
  want+=(chromium postgresql poppler-utils)
fi
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
