#!/usr/bin/env bash
# The whole test suite: lint, types of the core, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== ruff"
.venv/bin/ruff check src tests bench
echo "== mypy (core)"
.venv/bin/mypy
# A Redis of this run's own on a free port (issue 11: the page cache shared by several servers,
# tests/web/test_shared_cache.py), stopped at the end; like PostgreSQL, required when REGISTRE_REQUIRE_PG=1.
cleanup() { :; }
trap 'cleanup' EXIT
if command -v redis-server >/dev/null; then
  REDIS_PORT=$(.venv/bin/python -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >/dev/null 2>&1 &
  REDIS_PID=$!
  cleanup() { kill "$REDIS_PID" 2>/dev/null || true; }
  export REGISTRE_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
elif [[ "${REGISTRE_REQUIRE_PG:-}" == 1 ]]; then
  echo "test: redis-server absent (scripts/apt-packages.txt)" >&2; exit 1
fi
echo "== pytest"
.venv/bin/pytest "$@"
# The same suite on PostgreSQL (web, issue 4): the server of this machine by default;
# Django creates its own test database there. REGISTRE_REQUIRE_PG=1 (CI) makes a missing
# server an error rather than a warning.
PG_URL=${REGISTRE_PG_URL:-postgres://postgres@127.0.0.1:5432/test}
if .venv/bin/python -c "import psycopg, sys; psycopg.connect(sys.argv[1], connect_timeout=3).close()" "$PG_URL" 2>/dev/null; then
  echo "== pytest (PostgreSQL)"
  # A test database of this run's own, dropped (even if a connection lingers) at the end.
  export REGISTRE_TEST_DB_NAME="test_registre_web_$$"
  drop_test_db() {
    .venv/bin/python -c "import psycopg, sys; psycopg.connect(sys.argv[1], autocommit=True).execute(
      'DROP DATABASE IF EXISTS ' + sys.argv[2] + ' WITH (FORCE)')" "$PG_URL" "$REGISTRE_TEST_DB_NAME" || true
  }
  trap 'drop_test_db; cleanup' EXIT
  # Without arguments, the tests that use a database (the web layer, subsidies on the web, the
  # acts' life): the core, the reader, the renderer and the docs' examples do not touch one,
  # and ran above already.
  if (($#)); then
    DATABASE_URL="$PG_URL" .venv/bin/pytest "$@"
  else
    DATABASE_URL="$PG_URL" .venv/bin/pytest tests/web tests/web_subsidies tests/actes
  fi
elif [[ "${REGISTRE_REQUIRE_PG:-}" == 1 ]]; then
  echo "test: PostgreSQL injoignable ($PG_URL)" >&2; exit 1
else
  echo "test: PostgreSQL injoignable ($PG_URL) : suite non rejouée sur PostgreSQL" >&2
fi
