"""The charts: labels of at least 12 px, French numbers, the figures as a table."""

from __future__ import annotations

import re
from decimal import Decimal

from registre.subsidies.overview import LineConsumption
from registre.web.subsidies.charts import amounts_chart, consumption_chart, percent


def test_amounts_chart_labels_are_legible_and_its_figures_are_a_table() -> None:
    data = {"Pôle des Microtechniques": {2023: Decimal("45000"), 2024: Decimal("19800.50")},
            "Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents":
                {2024: Decimal("19800")}}
    html = amounts_chart(data)
    sizes = [int(s) for s in re.findall(r'font-size="(\d+)"', html)]
    assert sizes and min(sizes) >= 12
    assert "19,8 k€" in html and "45 k€" in html
    # the long name is in the HTML legend (it wraps), not drawn in the SVG
    svg = html.split("</svg>")[0]
    assert "Campus des Métiers" not in re.sub(r"<title>.*?</title>", "", svg)
    assert '<li class="c1">Campus des Métiers' in html
    table = html.split('<div class="sr">')[1]
    assert "<th scope=\"col\">2023</th>" in table and "19\u202f800,50 €" in table
    assert table.count("<tr>") == 3  # head + two beneficiaries
    assert 'aria-hidden="true"' in svg


def test_consumption_chart_uses_progress_bars_and_french_percentages() -> None:
    lines = [LineConsumption(programme="Actions recherche", budget="BP 2024",
                             planned=Decimal("490000"), consumed=Decimal("45000"),
                             available=Decimal("445000"))]
    html = consumption_chart(lines)
    assert '<progress class="consumption" max="490000" value="45000"' in html
    assert "9\u202f%" in html and "." not in percent(Decimal("9.18"), 2)
    assert percent(Decimal("9.18"), 2) == "9,18\u202f%"
    assert "style=" not in html and "<script" not in html
