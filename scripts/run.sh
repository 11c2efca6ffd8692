#!/usr/bin/env bash
# `make run`: set everything up, import the seed sessions (idempotent: a second run
# imports nothing new), then serve the portal at http://127.0.0.1:8000 on SQLite
# (var/registre.sqlite3) unless DATABASE_URL says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/registre import fixtures/sessions/*.yaml fixtures/elections/*.yaml  # elections: issue 12
# A local demo clerk account (identifiant « greffe », mot de passe « greffe »): only on the
# SQLite database of var/, refused on any other (DATABASE_URL) or in production.
if REGISTRE_DEMO=on .venv/bin/python -c "from registre.web.setup import demo_clerk_cli; raise SystemExit(demo_clerk_cli())"; then
  echo "Espace greffe : http://${REGISTRE_ADDR:-127.0.0.1:8000}/greffe/ (identifiant greffe, mot de passe greffe)"
fi
exec .venv/bin/registre serve --addr "${REGISTRE_ADDR:-127.0.0.1:8000}"
