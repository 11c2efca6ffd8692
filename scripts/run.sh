#!/usr/bin/env bash
# The main job: set up, then check the seed sessions.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
for f in fixtures/sessions/*.yaml; do .venv/bin/registre check "$f" || true; done
