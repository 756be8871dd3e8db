"""Sphinx directives that render tables straight from passend's data, so the docs cannot
drift from the code.

``.. bronnentabel::`` lists every named :class:`passend.Bron` of ``passend._bronnen`` with its
rule id and its confidence in the words the Regelcatalogus uses (never the internal labels). ``.. gebrekentabel::`` lists every :class:`passend.GebrekCode` of
``passend._toets.catalogus()`` with its description, articles and GPO category.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from passend_regelcatalogus import ZEKERHEID_WOORDEN
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from passend import _bronnen, _toets


def tabel(koppen: list[str], rijen: list[list[nodes.Node | str]]) -> nodes.table:
    """A docutils table with a header row; cells are text or ready-made nodes."""
    groep = nodes.tgroup(cols=len(koppen))
    groep += [nodes.colspec(colwidth=1) for _ in koppen]

    def rij(cellen: list[nodes.Node | str]) -> nodes.row:
        r = nodes.row()
        for cel in cellen:
            entry = nodes.entry()
            entry += nodes.paragraph(
                "", "", cel if isinstance(cel, nodes.Node) else nodes.Text(cel)
            )
            r += entry
        return r

    kop = nodes.thead()
    kop += rij(list(koppen))
    lijf = nodes.tbody()
    lijf += [rij(r) for r in rijen]
    groep += [kop, lijf]
    resultaat = nodes.table()
    resultaat += groep
    return resultaat


class Bronnentabel(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        rijen: list[list[nodes.Node | str]] = []
        for naam, bron in vars(_bronnen).items():
            if not isinstance(bron, _bronnen.Bron) or naam.startswith("_"):
                continue
            tekst: nodes.Node | str = str(bron)
            if bron.url:
                tekst = nodes.reference("", str(bron), refuri=bron.url)
            rijen.append([tekst, bron.regel or "—", ZEKERHEID_WOORDEN[bron.zekerheid]])
        return [tabel(["Bron", "Regel", "Zekerheid"], rijen)]


def _bronnen_cel(bronnen: tuple[_bronnen.Bron, ...]) -> nodes.Node:
    """The citations of one row, each linked to wetten.overheid.nl when it has a BWB-id."""
    cel = nodes.inline()
    for i, bron in enumerate(bronnen):
        if i:
            cel += nodes.Text("; ")
        cel += (
            nodes.reference("", str(bron), refuri=bron.url) if bron.url else nodes.Text(str(bron))
        )
    return cel


class Gebrekentabel(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        rijen: list[list[nodes.Node | str]] = [
            [
                nodes.literal("", code.value),
                soort.omschrijving,
                _bronnen_cel(soort.grondslag),
                soort.gpo_reden.value if soort.gpo_reden else "—",
            ]
            for code, soort in _toets.catalogus().items()
        ]
        return [
            tabel(["Code", "Gebrek", "Grondslag", "GPO-categorie (analyse voor de GPO)"], rijen)
        ]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("bronnentabel", Bronnentabel)
    app.add_directive("gebrekentabel", Gebrekentabel)
    return {"parallel_read_safe": True, "version": "1"}
