#!/usr/bin/env bash
# The whole test suite: lint, types of the core, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== ruff"
.venv/bin/ruff check src tests bench
echo "== mypy (core)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest "$@"
