#!/usr/bin/env bash
# `make run`: the embedded installation with demo data on http://127.0.0.1:$PORT/
set -euo pipefail
cd "$(dirname "$0")/.."
export SHINGIKAI_DEMO="${SHINGIKAI_DEMO:-1}"
PORT="${PORT:-8000}"
bin=.venv/bin
$bin/shingikai migrate --noinput -v0
# Reference data (also run by migrate's post-migrate signal; idempotent).
$bin/shingikai seed
$bin/shingikai load-demo
# The search vocabulary: domain synonyms and Sudachi's synonym dictionary (adds only what is missing).
$bin/shingikai seed-synonyms
# Real minutes of two other councils as precedents to search (idempotent by content hash).
$bin/shingikai import-minutes tests/samples/minutes
# Catches the search index up (a no-op when nothing changed since the last run).
$bin/shingikai reindex --if-needed
echo
echo "Shingikai is running at http://127.0.0.1:${PORT}/  (Ctrl+C stops it)"
echo "Demo logins above; the password 'demo' works only while SHINGIKAI_DEMO=1."
# Workers: two per core plus one, the usual rule; threads let a worker wait on the database.
workers=$(( $(nproc) * 2 + 1 ))
exec $bin/gunicorn --bind "127.0.0.1:${PORT}" --workers "$workers" --threads 4 \
  --access-logfile - shingikai.wsgi:application
