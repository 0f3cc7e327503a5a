#!/usr/bin/env bash
# `make test`: the whole suite on SQLite and on a throwaway PostgreSQL cluster on loopback,
# browser tests included (Debian's /usr/bin/chromium, headless). Fails if a run executes no test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh test
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
# A free port unless one is given, so that two test runs on one machine do not collide.
PG_PORT="${PG_PORT:-$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
PG_DIR=$(mktemp -d /tmp/shingikai-pg.XXXXXX)
chown postgres "$PG_DIR"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: a test cluster need not survive power loss, and it makes the suite faster.
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" >/dev/null

# The tests run in random order (pytest-randomly); the seed is printed so that a failure can
# be repeated in the same order: TEST_SEED=1234 make test.
TEST_SEED="${TEST_SEED:-$(.venv/bin/python -c 'import random; print(random.randrange(1, 2**31))')}"
# One worker per core (pytest-xdist; each worker has its own test database). A test file
# stays on one worker, so module fixtures and the axe report are built once.
TEST_WORKERS="${TEST_WORKERS:-$(nproc)}"
run_suite() {
  local label=$1; shift
  echo "=== Test suite on $label, random order seed $TEST_SEED (TEST_SEED=$TEST_SEED to repeat) ==="
  env "$@" .venv/bin/pytest -q -p randomly --randomly-seed="$TEST_SEED" \
    -n "$TEST_WORKERS" --dist loadfile "${PYTEST_ARGS[@]}"
}
# Tests of the PostgreSQL backend's own machinery are left out of the SQLite run (not skipped
# in it); the axe crawl renders the same HTML whatever the engine: it runs once, on SQLite.
PYTEST_ARGS=("$@" -m "not postgresql_only")
run_suite SQLite DATABASE_URL=
PYTEST_ARGS=("$@" -m "not accessibility_crawl")
run_suite PostgreSQL "DATABASE_URL=postgres://postgres@127.0.0.1:${PG_PORT}/shingikai"
echo "=== Both suites passed ==="
