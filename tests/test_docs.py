"""The documentation covers every command, setting and rule the code cites."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from registre.cli.main import COMMANDS, build_parser
from registre.core.rules import RuleSet

ROOT = Path(__file__).resolve().parents[1]


def test_every_cli_command_is_documented_in_readme_or_docs():
    text = (ROOT / "README.md").read_text("utf-8") + "".join(
        p.read_text("utf-8") for p in (ROOT / "docs").glob("*.md"))
    parser = build_parser()
    names = [a for a in parser._subparsers._group_actions[0].choices]  # type: ignore[union-attr]
    assert len(names) == len(COMMANDS)
    for name in names:
        assert f"registre {name}" in text, f"« registre {name} » n'est pas documentée"


def test_every_cli_command_has_help_with_an_example():
    parser = build_parser()
    for name, sub in parser._subparsers._group_actions[0].choices.items():  # type: ignore[union-attr]
        assert sub.description, name
        assert "exemple" in (sub.epilog or ""), f"{name} : pas d'exemple dans l'aide"


def test_every_rule_setting_is_documented():
    settings = (ROOT / "docs" / "settings.md").read_text("utf-8")
    for f in dataclasses.fields(RuleSet):
        if f.name != "name":
            assert f"`{f.name}`" in settings, f.name


def _catalogue() -> set[str]:
    """IDs and codes in the first column of docs/rules.md's tables."""
    rules = (ROOT / "docs" / "rules.md").read_text("utf-8")
    return {m.strip("` ") for m in re.findall(r"^\| *`?([A-Z]+(?:-[A-Z0-9]+)+)`? *\|", rules, re.M)}


def test_every_rule_id_of_the_reference_is_in_the_catalogue():
    reference = ROOT.parent / "shared" / "docs" / "regles-juridiques.md"  # CI: shared/ beside the clone
    ids = set(re.findall(r"\*\*([A-Z]-\d\d)", reference.read_text("utf-8")))
    assert len(ids) > 60
    assert ids <= _catalogue(), f"absent de docs/rules.md : {sorted(ids - _catalogue())}"


def test_every_rule_id_cited_in_code_exists_in_the_rules():
    known = _catalogue()
    cited = set()
    for p in (ROOT / "src").rglob("*.py"):
        cited |= set(re.findall(r"\b([QPVCASDKE]-\d\d)\b", p.read_text("utf-8")))
    assert cited, "no rule cited at all"
    assert cited <= known, f"cited but unknown: {sorted(cited - known)}"


def test_every_code_the_core_emits_is_in_the_catalogue():
    emitted = set()
    for p in (ROOT / "src" / "registre" / "core").rglob("*.py"):
        emitted |= set(re.findall(r'"([A-Z]+(?:-[A-Z0-9]+)+)"', p.read_text("utf-8")))
    assert {"VOTE-OVER", "REC-SUM", "V-02"} <= emitted
    assert emitted <= _catalogue(), f"émis mais absent de docs/rules.md : {sorted(emitted - _catalogue())}"


def test_every_dependency_is_explained_in_design():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    deps = project["dependencies"] + [d for v in project["optional-dependencies"].values() for d in v]
    design = (ROOT / "docs" / "design.md").read_text("utf-8").split("## Dependencies", 1)[1].lower()
    table = {c.strip() for line in design.splitlines() if line.startswith("|")
             for c in line.split("|")[1].replace("(dev)", "").replace("(binary)", "").split(",")}
    for dep in deps:
        name = re.split(r"[\[<>=!~ ]", dep, maxsplit=1)[0].lower()
        assert name in table, f"{name} : pas de ligne dans docs/design.md § Dependencies"
