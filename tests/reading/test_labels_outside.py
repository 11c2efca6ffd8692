"""The labelled documents of other authorities (bench/labels/outside/*.json, issue 14).

Their texts are public pages we do not own: they are kept outside the repository and each
label gives its page's address in ``"source"``. These checks read the labels only; the
benchmark measures the reader on them when the texts are beside it, and says so when not.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from bench import bench_reading_accuracy as accuracy

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "bench" / "labels" / "outside"
REAL = ROOT / "bench" / "labels" / "real"
KINDS = {"extract", "minutes", "compte_rendu", "list", "other"}
COUNTS = ("in_office", "present", "proxies", "voters")
KEYS = {"source", "kind", "authority", "assembly", "session_date", "convocation_date", *COUNTS,
        "present_list", "proxy_pairs", "deliberations", "deliberations_complete", "ocr", "notes"}
FILE_NAME = re.compile(r"^(?P<slug>[a-z0-9-]+)_[a-z0-9-]+\.txt$")


def _labels() -> list[tuple[str, str, dict[str, Any]]]:
    return [(p.stem, name, label) for p in sorted(LABELS.glob("*.json"))
            for name, label in json.loads(p.read_text("utf-8")).items()]


def _date(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), where
    return dt.date.fromisoformat(value)


def test_the_outside_labels_have_the_documented_keys_and_a_source() -> None:
    labels = _labels()
    for slug, name, label in labels:
        where = f"{slug}.json: {name}"
        match = FILE_NAME.match(name)
        assert match and match["slug"] == slug, where
        assert set(label) == KEYS, f"{where}: keys {sorted(set(label) ^ KEYS)}"
        assert re.match(r"https?://\S+$", label["source"]), where
        assert label["kind"] in KINDS, where
        authority = label["authority"]
        assert authority is None or (isinstance(authority, str) and authority), where
        session, convocation = _date(label["session_date"], where), _date(label["convocation_date"], where)
        if session and convocation:
            assert convocation <= session, f"{where}: convocation after the sitting"
        for count in COUNTS:
            # (a syndicate of a whole département: 265 delegates in office)
            assert label[count] is None or (type(label[count]) is int and 0 <= label[count] <= 999), where
        for item in label["deliberations"]:
            assert set(item) == {"number", "title", "vote", "outcome"}, where
            assert item["vote"] in (None, "unanimity") or isinstance(item["vote"], dict), where
            assert item["outcome"] in (None, "adopted", "rejected"), where
        if label["kind"] == "other":
            assert label["deliberations"] == [] and label["session_date"] is None, where
        assert isinstance(label["notes"], str), where


def test_the_outside_set_is_40_documents_of_30_authorities_not_in_the_real_set() -> None:
    labels = _labels()
    assert len(labels) >= 40
    assert len({slug for slug, _, _ in labels}) >= 30
    real = {p.stem for p in REAL.glob("*.json")}
    assert not real & {slug for slug, _, _ in labels}, "an authority of the real set"
    assert len({label["source"] for _, _, label in labels}) == len(labels), "one page labelled twice"


def test_the_benchmark_says_when_the_outside_texts_are_absent(tmp_path: Path, capsys: Any) -> None:
    assert accuracy.main(["--labels", str(LABELS), str(tmp_path / "absent")]) == 0
    assert "textes absents" in capsys.readouterr().out
    assert accuracy.main(["--labels", str(LABELS), str(tmp_path)]) == 0
    assert "rien à mesurer" in capsys.readouterr().out
    assert accuracy.main(["--labels"]) == 2


@pytest.mark.parametrize("label, read, same", [
    ("jeanroy", "jean jeanroy pierre", True),         # « pouvoir à M. JEANROY », the member's full name
    ("cuillouet jeanne", "guillouet jeanne", True),   # an OCR'd letter
    ("mallard phillippe", "mallard philippe", True),  # a misprint
    ("martin", "durand paul", False),
    ("leroux", "leroy sebastien", False),             # one letter off a short word is another name
    ("", "", True), ("leroux", "", False), ("", "leroux", False),
])
def test_a_printed_proxy_name_matches_the_member_read(label: str, read: str, same: bool) -> None:
    assert accuracy.same_person(label, read) is same


def test_proxy_pairs_match_pair_for_pair() -> None:
    from collections import Counter
    want = Counter([("figini mathieu", "jeanroy"), ("lecestre maryline", "jeanroy")])
    assert accuracy._pairs_match(want, Counter([("figini mathieu", "jean jeanroy pierre"),
                                                ("lecestre maryline", "jean jeanroy pierre")]))
    assert not accuracy._pairs_match(want, Counter([("figini mathieu", "jean jeanroy pierre")]))
    assert not accuracy._pairs_match(want, Counter([("figini mathieu", "jean jeanroy pierre"),
                                                    ("lecestre maryline", "jean jeanroy pierre"),
                                                    ("durand paul", "jean jeanroy pierre")]))
    assert not accuracy._pairs_match(want, Counter([("jeanroy", "figini mathieu"),
                                                    ("lecestre maryline", "jean jeanroy pierre")]))


def test_a_proxy_to_the_mayor_is_a_proxy_to_the_chair_read() -> None:
    """« pouvoir à M. le Maire »: labelled by office, read as the name of the sitting's chair."""
    from collections import Counter
    want = Counter([("ourmieres", "le maire")])
    got = Counter([("ourmieres", "dominique lesparre")])
    assert accuracy._pairs_match(want, got, chair="dominique lesparre")
    assert not accuracy._pairs_match(want, got, chair="paul durand")
    assert not accuracy._pairs_match(want, got)
