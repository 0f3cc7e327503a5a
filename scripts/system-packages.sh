#!/usr/bin/env bash
# Installs the Debian packages Shingikai needs, only those missing.
#   runtime: gettext (compiles the Japanese translation), fonts-noto-cjk (Japanese in PDFs),
#            libpango (WeasyPrint renders PDFs through it)
#   test:    + chromium (browser tests), postgresql (the server-mode database),
#            poppler-utils (PDF pages rendered to PNG in the document tests),
#            postgresql-NN-rum for the installed PostgreSQL (the search index that ranks
#            inside the index; without it the search falls back to GIN)
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
updated=""

install_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  if [ -z "$updated" ]; then
    $SUDO apt-get update -qq
    updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

want=(gettext fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0)
if [ "${1:-runtime}" = test ]; then
  want+=(chromium postgresql poppler-utils)
fi
install_missing "${want[@]}"
if [ "${1:-runtime}" = test ]; then
  major=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$major" ] && install_missing "postgresql-$major-rum"
fi
exit 0
