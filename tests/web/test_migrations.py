"""The models and their migrations agree, the history tables included (issue 11).

django-simple-history keeps a historical table per model: a field added to a model of
the register without its migration in ``registre_history`` would make every save fail.
"""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_change_is_missing_its_migration() -> None:
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as e:  # --check exits 1 when a migration is missing
        pytest.fail(f"migration manquante (python -m django makemigrations) :\n{out.getvalue()}"
                    if e.code else out.getvalue())
