"""The held-out set that replaced outside4 (bench/labels/outside5/*.json, issue 14).

Labelled once, by reading, before the reader was ever run on its texts, and not to be tuned on:
it measures how the reader generalises. Same format as ``bench/labels/outside`` (texts kept
outside the repository, URLs in ``"source"``); its authorities and pages are in none of the real,
outside, outside3 and outside4 sets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.reading import test_labels_outside as outside

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "bench" / "labels" / "outside5"
OUTSIDE3 = ROOT / "bench" / "labels" / "outside3"
OUTSIDE4 = ROOT / "bench" / "labels" / "outside4"


def _labels(folder: Path = LABELS) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p.stem, name, label) for p in sorted(folder.glob("*.json"))
            for name, label in json.loads(p.read_text("utf-8")).items()]


def test_the_held_out_labels_have_the_documented_keys_and_a_source() -> None:
    for slug, name, label in _labels():
        where = f"outside5/{slug}.json: {name}"
        match = outside.FILE_NAME.match(name)
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


def test_the_held_out_set_is_new_authorities_and_new_pages() -> None:
    labels = _labels()
    assert len(labels) >= 22
    slugs = {slug for slug, _, _ in labels}
    assert len(slugs) == len(labels), "one document per authority"
    for other, folder in (("real", outside.REAL), ("outside", outside.LABELS), ("outside3", OUTSIDE3),
                          ("outside4", OUTSIDE4)):
        assert not slugs & {p.stem for p in folder.glob("*.json")}, f"an authority of the {other} set"
    sources = [label["source"] for _, _, label in labels]
    assert len(set(sources)) == len(sources), "one page labelled twice"
    seen = {label["source"] for folder in (outside.LABELS, OUTSIDE3, OUTSIDE4)
            for _, _, label in _labels(folder)}
    assert not seen & set(sources), "a page of the outside, outside3 or outside4 set"
