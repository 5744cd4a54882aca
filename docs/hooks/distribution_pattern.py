"""A picture of SE MenPANRB 3/2023's distribution pattern, drawn from the library's own data.

`mkdocs.yml` lists this module under `hooks:`. On the page that holds the marker
`<!-- distribution-pattern -->` it puts an inline SVG: for each organisation predikat, each
clause of the national pattern as a bar from 0 to 100 %, the shares it allows for a unit of the
example's size shaded, and the example unit's actual share marked (green when the clause is met,
red when not). The picture is computed at build time from `NATIONAL`, so it always shows what
the library checks.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from kinerja_core import NATIONAL, Predicate
from kinerja_core.organisation import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    OrganisationPredicate,
    check_distribution,
)
from kinerja_core.organisation.distribution import clause_bounds

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

__all__ = ["EXAMPLE", "MARKER", "on_page_markdown", "svg"]

MARKER = "<!-- distribution-pattern -->"
"""Where the picture goes."""

EXAMPLE: tuple[Predicate, ...] = (
    (Predicate.VERY_GOOD,) * 3 + (Predicate.GOOD,) * 6 + (Predicate.NEEDS_IMPROVEMENT,)
)
"""The example unit: ten employees, 3 Sangat Baik, 6 Baik, 1 Butuh Perbaikan."""

_WIDTH, _LABEL, _BAR, _ROW, _GAP = 790, 330, 400, 22, 16
_MET, _NOT_MET, _ALLOWED = "#2e7d32", "#c62828", "#c8e6c9"


def _text(x: float, y: float, words: str, *, size: int = 12, weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
        f'font-family="sans-serif">{html.escape(words)}</text>'
    )


def svg(unit: tuple[Predicate, ...] = EXAMPLE) -> str:
    """The picture for one example unit (every organisation predikat, every clause).

    Args:
        unit: The example unit's predikat, one per employee.

    Returns:
        An inline SVG element.
    """
    rules = NATIONAL.latest()
    pattern, readings = rules[DISTRIBUTION_PATTERN], rules[DISTRIBUTION_READINGS]
    size = len(unit)
    parts: list[str] = []
    y = 20.0
    parts.append(
        _text(
            0,
            y,
            f"Example unit of {size}: "
            + ", ".join(f"{unit.count(p)} {p.value}" for p in Predicate if unit.count(p)),
            weight="bold",
        )
    )
    y += _GAP
    for share in (0, 50, 100):
        parts.append(_text(_LABEL + _BAR * share / 100 - 10, y, f"{share} %", size=10))
    for organisation in OrganisationPredicate:
        result = check_distribution(organisation, unit)
        failed = {violation.clause for violation in result.violations}
        verdict = "fits" if result.ok else "does not fit"
        y += _GAP
        parts.append(
            _text(0, y, f"Organisation predikat {organisation.value}: {verdict}", weight="bold")
        )
        for clause in pattern.lookup(organisation).clauses:
            y += _ROW
            low, high = clause_bounds(clause, size, readings)
            count = sum(1 for p in unit if p in clause.predicates)
            x0 = _LABEL + _BAR * min(low, size) / size
            x1 = _LABEL + _BAR * high / size
            mark = _LABEL + _BAR * count / size
            colour = _NOT_MET if clause in failed else _MET
            parts.extend(
                (
                    _text(10, y, clause.label("en"), size=11),
                    f'<rect x="{_LABEL}" y="{y - 11:.1f}" width="{_BAR}" height="12" '
                    'fill="none" stroke="#9e9e9e"/>',
                    f'<rect x="{x0:.1f}" y="{y - 11:.1f}" width="{max(x1 - x0, 0):.1f}" '
                    f'height="12" fill="{_ALLOWED}"/>',
                    f'<line x1="{mark:.1f}" y1="{y - 14:.1f}" x2="{mark:.1f}" y2="{y + 4:.1f}" '
                    f'stroke="{colour}" stroke-width="3"/>',
                    _text(_LABEL + _BAR + 8, y, f"{count}/{size}", size=11),
                )
            )
        y += 4
    y += _GAP
    parts.append(
        _text(
            0,
            y,
            "Shaded: the shares allowed for a unit of this size (minima rounded up, maxima "
            "down); line: the unit's actual share.",
            size=11,
        )
    )
    height = y + 10
    title = "SE MenPANRB 3/2023: the allowed pattern per organisation predikat"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {_WIDTH} {height:.0f}" '
        f'width="100%" aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>'
        + "".join(parts)
        + "</svg>"
    )


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the picture where the page has the marker (the mkdocs hook).

    Args:
        markdown: The page's Markdown.
        page: The page.
        config: The site's configuration.
        files: The site's files.

    Returns:
        The Markdown with the marker replaced.
    """
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, svg())
