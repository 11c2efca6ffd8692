"""The subsidy settings and rule codes are documented."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from registre.subsidies.settings import SubsidySettings

ROOT = Path(__file__).resolve().parents[2]


def test_every_subsidy_setting_is_documented() -> None:
    settings = (ROOT / "docs" / "settings.md").read_text("utf-8")
    for f in dataclasses.fields(SubsidySettings):
        assert f"`{f.name}`" in settings, f.name


def test_every_project_rule_code_is_documented() -> None:
    doc = (ROOT / "docs" / "subsidies.md").read_text("utf-8")
    codes = set()
    for p in (ROOT / "src" / "registre" / "subsidies").glob("*.py"):
        codes |= set(re.findall(r'"([A-Z]{3,4}-[A-Z]{3,4})"', p.read_text("utf-8")))
    assert codes, "no project code found"
    missing = sorted(c for c in codes if f"`{c}`" not in doc)
    assert not missing, f"codes absent from docs/subsidies.md: {missing}"
