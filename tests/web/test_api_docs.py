"""docs/api.md: every ``GET`` line of its ``http`` blocks answers on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

from django.test import Client

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _examples() -> list[str]:
    blocks = re.findall(r"```http\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)
    lines = [line for b in blocks for line in b.splitlines()]
    return [line.split(" ", 1)[1].strip() for line in lines if line.startswith("GET ")]


def test_the_page_has_examples():
    assert len(_examples()) >= 20


def test_every_example_of_the_api_page_answers(seeded):
    client = Client()
    failed = [(url, r.status_code) for url in _examples() if (r := client.get(url)).status_code != 200]
    assert not failed
