"""Two clerks at the same moment, on real servers (issue 11, part 4), on the engine of the run.

P-02 (L2121-20: « Un même conseiller ne peut être porteur que d'un seul pouvoir ») is a rule
across rows: two proxies posted at once to one holder must not both pass. And a form read
before another clerk's change to the same thing is refused with who changed it and when.
"""

from __future__ import annotations

import re
import threading

import httpx

from tests.web.servers import clerk, post, server, site


def _new_session(c: httpx.Client, date: str, items: int = 3) -> str:
    page = c.get("/greffe/").text
    assembly = re.search(r'<option value="(\d+)"[^>]*>Conseil de Communauté', page)
    assert assembly, "assemblée introuvable dans le formulaire"
    resp = post(c, "/greffe/", {"seance-assembly": assembly.group(1), "seance-date": date,
                                "seance-items": str(items), "seance-place": "Salle"})
    assert resp.status_code == 302, resp.text[:500]
    return resp.headers["Location"]


def _members(c: httpx.Client, url: str) -> list[str]:
    page = c.get(url).text
    select = page[page.index('id="id_presence-person"'):]
    select = select[:select.index("</select>")]
    return [k for k in re.findall(r'<option value="([^"]+)"', select) if k]


def _at_once(*calls):  # type: ignore[no-untyped-def]
    """Run the calls in threads released together; their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list[httpx.Response | BaseException | None] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except BaseException as e:  # reported by the assertion below
            results[i] = e

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def test_two_clerks_posting_proxies_to_one_holder_at_once(tmp_path):
    with site(tmp_path) as env, server(env) as url:
        a, b = clerk(url, "greffe-a"), clerk(url, "greffe-b")
        session = _new_session(a, "2024-06-20")
        members = _members(a, session)
        trials = 6
        accepted = 0
        for t in range(trials):
            holder, giver_a, giver_b = members[3 * t: 3 * t + 3]
            resp = post(a, session + "presence/", {"presence-person": holder, "presence-present": "1"})
            assert resp.status_code == 302, re.findall(r'class="error"[^>]*>([^<]+)', resp.text)
            ra, rb = _at_once(
                lambda g=giver_a, h=holder: post(a, session + "pouvoir/",
                                                 {"pouvoir-giver": g, "pouvoir-holder": h}),
                lambda g=giver_b, h=holder: post(b, session + "pouvoir/",
                                                 {"pouvoir-giver": g, "pouvoir-holder": h}))
            assert isinstance(ra, httpx.Response) and isinstance(rb, httpx.Response), (ra, rb)
            codes = sorted([ra.status_code, rb.status_code])
            assert codes == [302, 400], f"essai {t + 1} : {codes}"
            refused = ra if ra.status_code == 400 else rb
            assert "P-02" in refused.text and "L2121-20" in refused.text
            accepted += 1
        # What is stored: one proxy per holder, P-02 never broken.
        page = a.get(session).text
        proxies = re.findall(r'<li data-giver="[^"]*"><strong>[^<]+</strong> → ([^<]+) <span', page)
        assert len(proxies) == trials and len(set(proxies)) == trials
        assert "P-02" not in page
        assert accepted == trials


def test_two_clerks_editing_one_deliberation(tmp_path):
    with site(tmp_path) as env, server(env) as url:
        a, b = clerk(url, "greffe-a"), clerk(url, "greffe-b")
        session = _new_session(a, "2024-06-27")
        pages = [c.get(session).text for c in (a, b)]
        versions = [re.search(r'name="deliberation-version" value="(\d+)"', p).group(1)  # type: ignore[union-attr]
                    for p in pages]

        def edit(c: httpx.Client, who: str, version: str) -> httpx.Response:
            data = {"deliberation-item": "1", "deliberation-version": version,
                    "deliberation-title": f"Objet saisi par {who}"}
            return post(c, session + "deliberation/", data)

        ra, rb = _at_once(lambda: edit(a, "A", versions[0]), lambda: edit(b, "B", versions[1]))
        assert isinstance(ra, httpx.Response) and isinstance(rb, httpx.Response), (ra, rb)
        assert sorted([ra.status_code, rb.status_code]) == [302, 409]
        loser, winner, lost = (rb, "greffe-a", "B") if ra.status_code == 302 else (ra, "greffe-b", "A")
        assert re.search(rf"Question n°1 modifié entre-temps par {winner} à \d\d:\d\d:\d\d", loser.text)
        assert f"Objet saisi par {lost}" in loser.text  # what the second clerk typed is on the page

