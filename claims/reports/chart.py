"""Inline SVG charts drawn on the server: no JavaScript, print well, and are
allowed under the CSP (colours are SVG presentation attributes, not style).

Accessible: the <svg> is role="img" labelled by its <title> and <desc>, and
every bar carries a text label and its count, so nothing relies on colour.
"""

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from claims.reports.builder import Count, Summary

ROW = 26
BAR_HEIGHT = 18
LABEL_WIDTH = 130
BAR_WIDTH = 340
COUNT_WIDTH = 60
WIDTH = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH
NEUTRAL = ("#cbd5e1", "#1f2937")


def bar_chart(
    rows: list[tuple[str, int, str, str]], *, title: str, desc: str, chart_id: str
) -> SafeString:
    """Horizontal bars: rows are (label, count, fill, stroke-and-text colour)."""
    total = sum(count for _, count, _, _ in rows)
    top = max((count for _, count, _, _ in rows), default=0) or 1
    height = ROW * len(rows) + 8
    bars = []
    for i, (label, count, fill, ink) in enumerate(rows):
        y = 4 + i * ROW
        width = round(BAR_WIDTH * count / top) if count else 0
        share = f"{round(100 * count / total)}%" if total else "0%"
        bars.append(
            format_html(
                '<g class="bar">'
                "<title>{label}: {count} ({share})</title>"
                '<text x="{lx}" y="{ty}" text-anchor="end" fill="#1f2937">{label}</text>'
                '<rect x="{bx}" y="{y}" width="{w}" height="{h}" rx="2" fill="{fill}" stroke="{ink}" '
                'stroke-width="{sw}"></rect>'
                '<text x="{cx}" y="{ty}" fill="#1f2937">{count}</text>'
                "</g>",
                label=label,
                count=count,
                share=share,
                lx=LABEL_WIDTH - 8,
                ty=y + BAR_HEIGHT - 5,
                bx=LABEL_WIDTH,
                y=y,
                w=max(width, 0),
                h=BAR_HEIGHT,
                fill=fill,
                ink=ink,
                sw=1 if count else 0,
                cx=LABEL_WIDTH + width + 6,
            )
        )
    return format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        'aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="13">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{bars}</svg>',
        id=chart_id,
        w=WIDTH,
        h=height,
        title=title,
        desc=desc,
        bars=mark_safe("".join(bars)),
    )


def _describe(counts: list[Count]) -> str:
    parts = [f"{c.label}: {c.count}" for c in counts if c.count]
    return "; ".join(parts) if parts else "No claims."


def status_chart(summary: Summary) -> SafeString:
    rows = [(c.label, c.count, c.status.colour, c.status.text_colour) for c in summary.by_status]
    return bar_chart(
        rows,
        title=f"Claims by status ({summary.total} in all)",
        desc=_describe(summary.by_status),
        chart_id="chart-status",
    )


def kind_chart(summary: Summary) -> SafeString:
    rows = [(c.label, c.count, *NEUTRAL) for c in summary.by_kind if c.count]
    if not rows:
        return SafeString("")
    return bar_chart(
        rows,
        title=f"Claims by kind ({summary.total} in all)",
        desc=_describe(summary.by_kind),
        chart_id="chart-kind",
    )
