"""Server-side charts (no script, no build, no inline style): subsidies per beneficiary per
year (SVG bars) and budget-line consumption (native ``<progress>`` bars). Each chart is a
``<figure>`` whose figures are also given as a table for screen readers (the drawing is
hidden from them), with labels of at least 12 px at the chart's natural size, French
number formats (« 45 k€ », « 9,18 % ») and a legend in HTML that wraps on a phone."""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from registre.subsidies.findings import euros
from registre.subsidies.overview import LineConsumption

# Also in style.css (.chart-legend .c0…c4): the legend's swatches.
COLOURS = ("#1f5fae", "#c2571a", "#2e7d4f", "#7b3fa0", "#8a6d1d")
LABEL_PX = 13  # labels drawn inside the SVG (never below 12 px at natural size)


def _k(v: Decimal) -> str:
    """« 45 k€ », « 19,8 k€ »: short labels above the bars (the exact figure is in the table)."""
    if v < 1000:
        return euros(v)
    k = (v / 1000).quantize(Decimal("0.1"))
    return f"{k:.0f} k€" if k == k.to_integral() else f"{k} k€".replace(".", ",")


def percent(v: Decimal, places: int = 0) -> str:
    """« 9,18 % », « 100 % »: French decimal comma, narrow no-break space before « % »."""
    text = f"{v:.{places}f}".replace(".", ",")
    return f"{text}\u202f%"


def _data_table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """The chart's figures as a table for screen readers (visually hidden)."""
    out = [f'<div class="sr"><table><caption>{escape(caption)}</caption><thead><tr>']
    out += [f'<th scope="col">{escape(h)}</th>' for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(f'<tr><th scope="row">{escape(row[0])}</th>'
                   + "".join(f"<td>{escape(c)}</td>" for c in row[1:]) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def amounts_chart(data: dict[str, dict[int, Decimal]],
                  title: str = "Subventions par bénéficiaire et par année") -> str:
    """Grouped vertical bars: one group per year, one bar per beneficiary; the legend
    below in HTML, the figures in a table for screen readers."""
    years = sorted({y for per in data.values() for y in per})
    names = list(data)
    if not years:
        return ""
    top = max(v for per in data.values() for v in per.values()) or Decimal(1)
    bar, gap, h, left, base = 44, 22, 170, 6, 200
    width = left + len(years) * (len(names) * bar + gap)
    height = base + 24
    out = [f'<figure class="chart-figure"><svg xmlns="http://www.w3.org/2000/svg" class="chart" '
           f'aria-hidden="true" focusable="false" viewBox="0 0 {width} {height}" width="{width}">']
    x = left
    for y in years:
        for i, name in enumerate(names):
            v = data[name].get(y)
            if v is not None:
                hh = max(int(h * v / top), 1)
                out.append(f'<rect x="{x + i * bar}" y="{base - hh}" width="{bar - 6}" height="{hh}" '
                           f'fill="{COLOURS[i % len(COLOURS)]}"><title>{escape(name)} — {y} : '
                           f'{escape(euros(v))}</title></rect>')
                out.append(f'<text x="{x + i * bar + (bar - 6) / 2}" y="{base - hh - 5}" '
                           f'font-size="{LABEL_PX}" text-anchor="middle">{escape(_k(v))}</text>')
        out.append(f'<text x="{x + len(names) * bar / 2 - 3}" y="{base + 18}" font-size="{LABEL_PX}" '
                   f'text-anchor="middle">{y}</text>')
        x += len(names) * bar + gap
    out.append(f'<line x1="{left}" x2="{x - gap / 2}" y1="{base}" y2="{base}" stroke="#555"/></svg>')
    out.append(f"<figcaption>{escape(title)}")
    if len(names) > 1:
        out.append('<ul class="chart-legend">' + "".join(
            f'<li class="c{i % len(COLOURS)}">{escape(n)}</li>' for i, n in enumerate(names)) + "</ul>")
    out.append("</figcaption>")
    out.append(_data_table(title, ["Bénéficiaire", *map(str, years)],
                           [[n, *(euros(data[n][y]) if y in data[n] else "—" for y in years)]
                            for n in names]))
    out.append("</figure>")
    return "".join(out)


def consumption_chart(lines: list[LineConsumption],
                      title: str = "Consommation des lignes budgétaires") -> str:
    """One bar per budget line (a native ``<progress>``): consumed against planned, with
    the figures written beside it."""
    if not lines:
        return ""
    out = [f'<figure class="chart-figure consumption"><figcaption>{escape(title)}</figcaption>'
           '<ul class="list">']
    rows = []
    for line in lines:
        planned = line.planned or Decimal(0)
        share = min(Decimal(1), line.consumed / planned) if planned else None
        pct = percent(share * 100) if share is not None else "prévu inconnu"
        label = f"{line.programme} — {line.budget}"
        figures = f"consommé {euros(line.consumed)} sur {euros(line.planned)} ({pct})"
        bar = (f'<progress class="consumption" max="{planned}" value="{min(line.consumed, planned)}" '
               f'aria-label="{escape(label)} : {escape(pct)}">{escape(pct)}</progress>'
               if share is not None else "")
        out.append(f"<li><strong>{escape(label)}</strong>{bar}<br><small>{escape(figures)}</small></li>")
        rows.append([label, euros(line.planned), euros(line.consumed), pct])
    out.append("</ul>")
    out.append(_data_table(title, ["Ligne", "Prévu", "Consommé", "Part consommée"], rows))
    out.append("</figure>")
    return "".join(out)
