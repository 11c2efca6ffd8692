#!/usr/bin/env bash
# `make run`: set everything up, import the seed sessions (idempotent: a second run
# imports nothing new), then serve the portal at http://127.0.0.1:8000 on SQLite
# (var/registre.sqlite3) unless DATABASE_URL says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/registre import fixtures/sessions/*.yaml
# A local demo clerk account (identifiant « greffe », mot de passe « greffe »).
.venv/bin/python -c "from registre.web.setup import demo_clerk; demo_clerk()"
echo "Espace greffe : http://${REGISTRE_ADDR:-127.0.0.1:8000}/greffe/ (identifiant greffe, mot de passe greffe)"
exec .venv/bin/registre serve --addr "${REGISTRE_ADDR:-127.0.0.1:8000}"
