"""Rendering helpers for Jupyter: ``_repr_html_`` tables, escaped, without importing IPython.

Jupyter calls ``_repr_html_`` on any object that has it; passend only builds the HTML string.
Every cell is escaped, so an id or a name from user data can never inject markup.

Grondslag: none — rendering only; the objects it shows carry their own citations.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable, Sequence

__all__ = ["html_tabel"]


def html_tabel(
    koppen: Sequence[str],
    rijen: Iterable[Sequence[object]],
    *,
    titel: str | None = None,
    rechts: Collection[int] = (),
    vet: Iterable[int] = (),
) -> str:
    """An HTML ``<table>``: header ``koppen``, body ``rijen``; the columns whose index is in
    ``rechts`` are right-aligned (amounts), rows whose index is in ``vet`` are bold (totals).

    >>> print(html_tabel(["regel", "2024"], [["<b>", "1"]], titel="A & B", rechts=[1]))
    <table><caption>A &amp; B</caption><thead><tr><th>regel</th><th style="text-align:right">2024</th></tr></thead><tbody><tr><td>&lt;b&gt;</td><td style="text-align:right">1</td></tr></tbody></table>
    """
    vette = set(vet)

    def cel(tag: str, index: int, waarde: object, rij_vet: bool) -> str:
        stijl = ' style="text-align:right"' if index in rechts else ""
        tekst = html.escape("" if waarde is None else str(waarde))
        if rij_vet:
            tekst = f"<strong>{tekst}</strong>"
        return f"<{tag}{stijl}>{tekst}</{tag}>"

    delen = ["<table>"]
    if titel is not None:
        delen.append(f"<caption>{html.escape(titel)}</caption>")
    delen.append("<thead><tr>")
    delen.extend(cel("th", i, kop, False) for i, kop in enumerate(koppen))
    delen.append("</tr></thead><tbody>")
    for nummer, rij in enumerate(rijen):
        delen.append("<tr>")
        delen.extend(cel("td", i, waarde, nummer in vette) for i, waarde in enumerate(rij))
        delen.append("</tr>")
    delen.append("</tbody></table>")
    return "".join(delen)
