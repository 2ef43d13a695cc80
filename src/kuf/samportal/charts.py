"""Charts drawn on the server as SVG: readable without JavaScript, each with a
title and a description for screen readers (the page also shows the data as
a table). Plain Python, no Zope."""

from html import escape
import itertools


PALETTE = ("#005a9c", "#c75000", "#2e7d32", "#6a1b9a")  # 4.5:1 or more on white


def money(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u00a0") + " kr"


def _frame(chart_id, title, desc, width, height, body):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="kuf-chart" '
        f'viewBox="0 0 {width} {height}" width="100%" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def _legend(series, x, y):
    parts = []
    for index, (name, _values) in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        left = x + index * 140
        parts.append(
            f'<rect x="{left}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{left + 18}" y="{y}" font-size="12">{escape(name)}</text>'
        )
    return "".join(parts)


def column_chart(chart_id, title, desc, labels, series, width=720, height=300):
    """Grouped columns: one group per label, one column per series."""
    top, bottom, left = 30, 40, 70
    plot = height - top - bottom
    highest = max(itertools.chain.from_iterable(v for _n, v in series), default=0) or 1
    group = (width - left - 10) / max(len(labels), 1)
    column = group * 0.8 / max(len(series), 1)
    parts = [_legend(series, left, 16)]
    for step in range(5):
        value = highest * step / 4
        y = top + plot - plot * step / 4
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">'
            f"{escape(money(value))}</text>"
        )
    for g, label in enumerate(labels):
        x0 = left + g * group + group * 0.1
        for s, (name, values) in enumerate(series):
            value = values[g]
            h = plot * value / highest
            x = x0 + s * column
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot - h:.1f}" width="{column:.1f}" '
                f'height="{h:.1f}" fill="{PALETTE[s % len(PALETTE)]}">'
                f"<title>{escape(f'{label} {name}: {money(value)}')}</title></rect>"
            )
        parts.append(
            f'<text x="{x0 + group * 0.4:.1f}" y="{height - bottom + 16}" font-size="11" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    return _frame(chart_id, title, desc, width, height, "".join(parts))


def bar_chart(chart_id, title, desc, items, width=720):
    """Horizontal bars, one per (label, value)."""
    row, left, top = 26, 260, 10
    height = top + row * max(len(items), 1) + 10
    highest = max((value for _label, value in items), default=0) or 1
    parts = []
    for index, (label, value) in enumerate(items):
        y = top + index * row
        w = (width - left - 120) * value / highest
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(label[:40])}</text>"
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" '
            f'fill="{PALETTE[0]}"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + 15}" font-size="12">'
            f"{escape(money(value))}</text>"
        )
    return _frame(chart_id, title, desc, width, height, "".join(parts))


def share_chart(chart_id, title, desc, rows, width=720):
    """One 100 % bar per row: ``rows`` are (label, [(part, percent), ...])."""
    row, left, top = 40, 70, 30
    height = top + row * max(len(rows), 1) + 10
    parts = []
    names = [part for part, _percent in rows[0][1]] if rows else []
    parts.append(_legend([(name, ()) for name in names], left, 16))
    for index, (label, shares) in enumerate(rows):
        y = top + index * row
        x = float(left)
        parts.append(
            f'<text x="{left - 8}" y="{y + 20}" font-size="12" text-anchor="end">'
            f"{escape(str(label))}</text>"
        )
        for part_index, (part, percent) in enumerate(shares):
            w = (width - left - 10) * percent / 100
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row - 12}" '
                f'fill="{PALETTE[part_index % len(PALETTE)]}">'
                f"<title>{escape(f'{label} {part}: {percent} %')}</title></rect>"
            )
            if percent >= 6:
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + 21}" font-size="12" fill="#fff" '
                    f'text-anchor="middle">{percent} %</text>'
                )
            x += w
    return _frame(chart_id, title, desc, width, height, "".join(parts))
