"""Server-side SVG charts (no script, no build): subsidies per beneficiary per year and
budget-line consumption. Each returns a self-contained ``<svg>`` string with a title and
text labels, readable without colour."""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from registre.subsidies.findings import euros
from registre.subsidies.overview import LineConsumption

COLOURS = ("#1f5fae", "#c2571a", "#2e7d4f", "#7b3fa0", "#8a6d1d")


def _k(v: Decimal) -> str:
    """« 45 k€ », « 19,8 k€ »: short labels above the bars (the exact figure is in the tooltip)."""
    if v < 1000:
        return euros(v)
    k = (v / 1000).quantize(Decimal("0.1"))
    return f"{k:.0f} k€" if k == k.to_integral() else f"{k} k€".replace(".", ",")


def amounts_chart(data: dict[str, dict[int, Decimal]],
                  title: str = "Subventions par bénéficiaire et par année") -> str:
    """Grouped vertical bars: one group per year, one bar per beneficiary."""
    years = sorted({y for per in data.values() for y in per})
    names = list(data)
    if not years:
        return ""
    top = max(v for per in data.values() for v in per.values()) or Decimal(1)
    bar, gap, h, left, base = 26, 18, 180, 10, 210
    # Wide enough for the bars and for the legend's longest name (about 7 px a character at 12 px).
    legend = 40 + 7 * max(len(n) for n in names) if len(names) > 1 else 0
    width = max(left + len(years) * (len(names) * bar + gap) + 10, legend, 320)
    height = base + 30 + (20 * len(names) if len(names) > 1 else 0)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} '
           f'{height}" width="{width}"><title>{escape(title)}</title>']
    x = left
    for y in years:
        for i, name in enumerate(names):
            v = data[name].get(y)
            if v is not None:
                hh = int(h * v / top)
                out.append(f'<rect x="{x + i * bar}" y="{base - hh}" width="{bar - 4}" height="{hh}" '
                           f'fill="{COLOURS[i % len(COLOURS)]}"><title>{escape(name)} — {y} : '
                           f'{escape(euros(v))}</title></rect>')
                out.append(f'<text x="{x + i * bar + (bar - 4) / 2}" y="{base - hh - 4}" font-size="10" '
                           f'text-anchor="middle">{escape(_k(v))}</text>')
        out.append(f'<text x="{x + len(names) * bar / 2}" y="{base + 16}" font-size="12" '
                   f'text-anchor="middle">{y}</text>')
        x += len(names) * bar + gap
    out.append(f'<line x1="{left}" x2="{x}" y1="{base}" y2="{base}" stroke="#555"/>')
    for i, name in enumerate(names if len(names) > 1 else ()):
        ly = base + 34 + 20 * i
        colour = COLOURS[i % len(COLOURS)]
        out.append(f'<rect x="{left}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{left + 18}" y="{ly}" font-size="12">{escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)


def consumption_chart(lines: list[LineConsumption],
                      title: str = "Consommation des lignes budgétaires") -> str:
    """One horizontal bar per line: planned (light) and consumed (dark), with figures."""
    if not lines:
        return ""
    w, row = 520, 56
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {w + 20} '
           f'{row * len(lines) + 10}" width="{w + 20}"><title>{escape(title)}</title>']
    for i, line in enumerate(lines):
        y = 10 + i * row
        planned = line.planned or line.consumed or Decimal(1)
        share = min(Decimal(1), line.consumed / planned) if planned else Decimal(0)
        out.append(f'<text x="0" y="{y + 10}" font-size="12">{escape(line.programme)} — {escape(line.budget)}'
                   '</text>')
        out.append(f'<rect x="0" y="{y + 16}" width="{w}" height="16" fill="#dde6f3"/>')
        out.append(f'<rect x="0" y="{y + 16}" width="{int(w * share)}" height="16" fill="#1f5fae"/>')
        pct = f"{share * 100:.0f} %" if line.planned else "prévu inconnu"
        out.append(f'<text x="0" y="{y + 46}" font-size="11">consommé {escape(euros(line.consumed))} sur '
                   f'{escape(euros(line.planned))} ({pct})</text>')
    out.append("</svg>")
    return "".join(out)
