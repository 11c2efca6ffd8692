#!/usr/bin/env bash
# Backup of the register (docs/deploy.md, « Backups »): the database (pg_dump, or SQLite's
# online backup) and the var directory (signed documents, uploads kept as files), into a
# dated folder with checksums; folders older than REGISTRE_BACKUP_KEEP_DAYS are removed.
# Reads DATABASE_URL and REGISTRE_VAR_DIR like the application; writes REGISTRE_BACKUP_DIR.
set -euo pipefail
var_dir=${REGISTRE_VAR_DIR:-/var/lib/registre}
backup_dir=${REGISTRE_BACKUP_DIR:-/var/backups/registre}
keep_days=${REGISTRE_BACKUP_KEEP_DAYS:-30}
python=${REGISTRE_PYTHON:-$(dirname "$(readlink -f "$0")")/../.venv/bin/python}
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
dest="$backup_dir/$stamp"
umask 077
mkdir -p "$dest"

url=${DATABASE_URL:-sqlite:///$var_dir/registre.sqlite3}
case "$url" in
  postgres://*|postgresql://*|pgsql://*)
    # Custom format: compressed, restored table by table with pg_restore.
    pg_dump --format=custom --no-owner --file="$dest/registre.pgdump" "${url/#pgsql:/postgres:}"
    ;;
  sqlite://*)
    # SQLite's online backup: consistent while the portal writes (WAL), unlike a file copy.
    "$python" - "${url#sqlite://}" "$dest/registre.sqlite3" <<'PY'
import sqlite3, sys
src, dst = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
with dst:
    src.backup(dst)
ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
sys.exit(0 if ok == "ok" else f"sauvegarde SQLite incohérente : {ok}")
PY
    ;;
  *) echo "registre-backup : DATABASE_URL non reconnue" >&2; exit 2 ;;
esac

# Everything else of the var directory; the live database files and the page-cache
# generation file are not needed (the first is saved above, the second is rebuilt).
tar --create --gzip --file="$dest/var.tar.gz" --directory="$var_dir" \
    --exclude='./registre.sqlite3*' --exclude='./generation' --exclude='./static' .
(cd "$dest" && sha256sum -- * > SHA256SUMS)
find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -mtime +"$keep_days" -exec rm -rf -- {} +
echo "registre-backup : $dest"
