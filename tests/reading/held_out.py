"""Checks shared by the held-out label sets (bench/labels/outside3, outside4, outside5): the
format of ``bench/labels/outside`` plus a source, and authorities and pages new to the sets
named before them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.reading import test_labels_outside as outside

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "bench" / "labels"


def labels(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p.stem, name, label) for p in sorted(folder.glob("*.json"))
            for name, label in json.loads(p.read_text("utf-8")).items()]


def check_format(name: str) -> None:
    for slug, file, label in labels(SETS / name):
        where = f"{name}/{slug}.json: {file}"
        match = outside.FILE_NAME.match(file)
        assert match and match["slug"] == slug, where
        assert set(label) == outside.KEYS, f"{where}: keys {sorted(set(label) ^ outside.KEYS)}"
        assert re.match(r"https?://\S+$", label["source"]), where
        assert label["kind"] in outside.KINDS, where
        authority = label["authority"]
        assert authority is None or (isinstance(authority, str) and authority), where
        session = outside._date(label["session_date"], where)
        convocation = outside._date(label["convocation_date"], where)
        if session and convocation:
            assert convocation <= session, f"{where}: convocation after the sitting"
        for count in outside.COUNTS:
            assert label[count] is None or (type(label[count]) is int and 0 <= label[count] <= 999), where
        for key in ("present_list", "proxy_pairs"):
            assert label[key] is None or isinstance(label[key], list), where
        for pair in label["proxy_pairs"] or []:
            assert isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str), where
            assert pair[1] is None or isinstance(pair[1], str), where
        for item in label["deliberations"]:
            assert set(item) == {"number", "title", "vote", "outcome"}, where
            vote = item["vote"]
            assert vote in (None, "unanimity") or (
                isinstance(vote, dict) and set(vote) == {"for", "against", "abstention"}), where
            assert item["outcome"] in (None, "adopted", "rejected"), where
        if label["kind"] == "other":
            assert label["deliberations"] == [] and label["session_date"] is None, where
        assert isinstance(label["deliberations_complete"], bool) and isinstance(label["notes"], str), where


def check_new(name: str, before: tuple[str, ...], *, documents: int, authorities: int,
              one_each: bool = False) -> None:
    """At least ``documents`` documents of ``authorities`` authorities (one each if said), none of
    whose slugs or pages is in the real set or in the sets ``before``."""
    found = labels(SETS / name)
    assert len(found) >= documents
    slugs = {slug for slug, _, _ in found}
    assert len(slugs) >= authorities
    assert not one_each or len(slugs) == len(found), "one document per authority"
    folders = [("real", outside.REAL)] + [(b, SETS / b) for b in before]
    for other, folder in folders:
        assert not slugs & {p.stem for p in folder.glob("*.json")}, f"an authority of the {other} set"
    sources = [label["source"] for _, _, label in found]
    assert len(set(sources)) == len(sources), "one page labelled twice"
    seen = {label["source"] for _, folder in folders[1:] for _, _, label in labels(folder)}
    assert not seen & set(sources), f"a page of the {', '.join(before)} sets"


def check_real_set(monkeypatch: pytest.MonkeyPatch, name: str, before: tuple[str, ...], *,
                   documents: int) -> None:
    """A further set of the real corpus (``bench/labels/<name>``, session s23): the format of
    ``bench/labels/real``, ``documents`` documents, none labelled in ``before`` sets."""
    from tests.reading import test_labels as real

    folder = SETS / name
    monkeypatch.setattr(real, "LABELS", folder)
    real.test_every_label_has_the_documented_keys_and_types()
    real.test_one_authority_name_per_label_file()
    real.test_every_labelled_file_exists_in_the_shared_corpus()
    earlier = {key for b in before for p in (SETS / b).glob("*.json")
               for key in json.loads(p.read_text("utf-8"))}
    these = {key for p in folder.glob("*.json") for key in json.loads(p.read_text("utf-8"))}
    assert len(these) == documents and not earlier & these
