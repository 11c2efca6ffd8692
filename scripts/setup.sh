#!/usr/bin/env bash
# Set up everything Registre needs on a fresh machine, idempotently:
# the Debian packages listed in scripts/apt-packages.txt (when run as root) and a
# virtual environment in .venv with the project and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- Debian packages (browser for end-to-end tests, poppler for PDF pages, ...) ---
missing=()
while read -r pkg _; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < scripts/apt-packages.txt
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "setup: installation des paquets Debian : ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: paquets Debian manquants (à installer en root) : ${missing[*]}" >&2
  fi
fi

# --- Python interpreter ---
# The distribution's CPython when it is 3.11 or newer: Debian builds it with profile-guided
# and link-time optimisation, and the reader runs about 8 % faster on it than on a CPython
# compiled from source without them (docs/benchmarks.md). PYTHON=... chooses another one.
PY=${PYTHON:-}
if [[ -z "$PY" ]]; then
  PY=python3
  if [[ -x /usr/bin/python3 ]] \
      && /usr/bin/python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    PY=/usr/bin/python3
  fi
fi

# --- Python environment ---
[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
stamp=.venv/.registre-installed
want=$(cat pyproject.toml scripts/apt-packages.txt | sha256sum | cut -c1-16)
if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  echo "setup: installation des dépendances Python dans .venv"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v -i "warning" || true
  .venv/bin/python -m pip install -q -e ".[dev]" 2>&1 | grep -v -i "warning" || true
  .venv/bin/python -c "import registre" # fails loudly if the install did not work
  echo "$want" > "$stamp"
fi

# --- Browser-test tools from the npm registry (not committed; .cache/ is git-ignored) ---
# axe-core (MPL-2.0), injected by the browser tests into every page pattern
# (tests/web/test_layout.py). Versions pinned in scripts/npm-packages.txt.
if command -v npm >/dev/null; then
  npm_want=$(sha256sum scripts/npm-packages.txt | cut -c1-16)
  if [[ "$(cat .cache/node/.registre-installed 2>/dev/null)" != "$npm_want" ]]; then
    echo "setup: installation des paquets npm des tests (axe-core) dans .cache/node"
    mkdir -p .cache/node
    grep -v '^#' scripts/npm-packages.txt | xargs npm install --silent --no-save --no-audit \
      --no-fund --prefix .cache/node && echo "$npm_want" > .cache/node/.registre-installed \
      || echo "setup: npm install a échoué : les tests d'accessibilité seront sautés" >&2
  fi
else
  echo "setup: npm absent (paquet Debian « npm ») : les tests d'accessibilité seront sautés" >&2
fi
