"""More than one host (issue 11, part 8): two ``registre serve`` processes on one database and one
Redis serve the same page, fresh right after a write made through either of them.

Needs a Redis server: ``REGISTRE_TEST_REDIS_URL`` (scripts/test.sh starts one on a free port).
"""

from __future__ import annotations

import os
import re

import httpx
import pytest

from tests.web.servers import clerk, post, server, site

REDIS = os.environ.get("REGISTRE_TEST_REDIS_URL", "")

pytestmark = pytest.mark.skipif(not REDIS and os.environ.get("REGISTRE_REQUIRE_PG") != "1",
                                reason="pas de serveur Redis (REGISTRE_TEST_REDIS_URL)")

ITEM = "/collectivites/grand-besancon-metropole/conseil-de-communaute/2024-04-11/questions/13/"


def _flush() -> None:
    import redis

    redis.Redis.from_url(REDIS).flushdb()


def _get(url: str) -> httpx.Response:
    """The page as a visitor asks it through a load balancer: the same public host for both servers."""
    resp = httpx.get(url + ITEM, timeout=30, headers={"Host": "localhost"})
    assert resp.status_code == 200
    return resp


def test_two_servers_share_one_page_cache_and_see_each_others_writes(tmp_path):
    assert REDIS, "REGISTRE_TEST_REDIS_URL manquant alors que REGISTRE_REQUIRE_PG=1"
    _flush()
    with site(tmp_path, clerks=("greffe-a",), extra_env={"REGISTRE_REDIS_URL": REDIS}) as env, \
            server(env, var_dir=tmp_path / "host-1") as one, server(env, var_dir=tmp_path / "host-2") as two:
        first = _get(one)
        assert first.headers["X-Registre-Cache"] == "miss"
        again = _get(two)  # computed by the other process: shared
        assert again.headers["X-Registre-Cache"] == "hit" and again.content == first.content
        # A write through the first server: the second serves the new page at once.
        a = clerk(one, "greffe-a")
        page = a.get("/greffe/").text
        session = re.search(r'href="(/greffe/seance/\d+/)"[^>]*>[^<]*Conseil', page)
        assert session, "séance introuvable dans l'espace du greffe"
        resp = post(a, session.group(1) + "deliberation/", {
            "deliberation-item": "13", "deliberation-title": "Objet corrigé par le premier serveur"})
        assert resp.status_code == 302
        fresh = _get(two)
        assert fresh.headers["X-Registre-Cache"] == "miss"
        assert "Objet corrigé par le premier serveur" in fresh.text
        assert _get(one).headers["X-Registre-Cache"] == "hit"
        # And through the second: the first serves it at once.
        b = clerk(two, "greffe-a")
        resp = post(b, session.group(1) + "vote/", {"vote-item": "13", "vote-for_count": "50",
                                                    "vote-against_count": "1", "vote-abstention_count": "0"})
        assert resp.status_code == 302
        shown = _get(one)
        assert 'data-label="Pour">50</td>' in shown.text and "REC-SUM" in shown.text
        assert "Conforme au décompte enregistré" not in shown.text
    _flush()
