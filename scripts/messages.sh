#!/usr/bin/env bash
# Refreshes the Japanese catalogues: one per app that has its own locale/ folder, and the
# project's catalogue (shingikai/locale) for everything else. Translate, then `make install`.
set -euo pipefail
cd "$(dirname "$0")/../shingikai"
bin=../.venv/bin/shingikai
own=()
for locale in */locale; do
  app=${locale%/locale}
  own+=(--ignore "$app/*")
  (cd "$app" && ../$bin makemessages -l ja --no-obsolete --ignore "parser/*" -v0)
done
$bin makemessages -l ja --no-obsolete "${own[@]}" -v0
