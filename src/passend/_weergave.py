"""Weergave in Jupyter: ``_repr_html_``-tabellen, ge-escapet, zonder IPython te importeren.

Jupyter roept ``_repr_html_`` aan op elk object dat die methode heeft; passend bouwt alleen de
HTML-tekst. Elke cel wordt ge-escapet, zodat een id of naam uit gebruikersgegevens nooit
opmaak kan injecteren.

Eén algemene weergave, gestuurd door de attrs-velden van een waarde, dient elk record en elk
resultaat:

* :class:`Weergave` — een mixin voor attrs-klassen: de waarde toont zich als tabel van haar
  velden.
* :class:`Reeks` — een tuple van records (wat ``toets``, ``aandachtspunten`` en
  ``lopende_termijnen`` geven) dat zich toont als één tabel met een rij per element, en gewone
  rijen geeft voor pandas (``rijen()``). Het vergelijkt en itereert als een gewoon tuple.

Velden die later aan een record worden toegevoegd, verschijnen zonder wijziging hier.

Grondslag: geen — alleen weergave; de getoonde objecten dragen hun eigen bronnen.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import html
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from passend._bronnen import Bron, Zekerheid

__all__ = [
    "Html",
    "Reeks",
    "Weergave",
    "html_record",
    "html_tabel",
    "plat",
    "rij",
    "tekst",
]

T = TypeVar("T")

#: Texts longer than this fold into ``<details>`` in a table cell.
_LANG = 100

#: How a citation's confidence reads for a user; a verified citation needs no remark.
_ZEKERHEID = {
    Zekerheid.BRONDOCUMENT: "volgens brondocument, niet in de wettekst nagekeken",
    Zekerheid.ONGEVERIFIEERD: "onzeker",
}

#: Fields shown last, in this order: the citation, then the explanation.
_ACHTERAAN = ("grondslag", "uitleg")


class Html(str):
    """Opmaak die al veilig is: :func:`html_tabel` voegt haar in zonder te escapen."""

    __slots__ = ()


def html_tabel(
    koppen: Sequence[str],
    rijen: Iterable[Sequence[object]],
    *,
    titel: str | None = None,
    rechts: Collection[int] = (),
    vet: Iterable[int] = (),
) -> str:
    """Een HTML-``<table>``: kop ``koppen``, inhoud ``rijen``; de kolommen waarvan de index in
    ``rechts`` staat, worden rechts uitgelijnd (bedragen), rijen waarvan de index in ``vet``
    staat, worden vet (totalen). Een cel die :class:`Html` is, wordt ingevoegd zoals ze is; elke
    andere cel wordt ge-escapet.

    >>> print(html_tabel(["regel", "2024"], [["<b>", "1"]], titel="A & B", rechts=[1]))
    <table><caption>A &amp; B</caption><thead><tr><th>regel</th><th style="text-align:right">2024</th></tr></thead><tbody><tr><td>&lt;b&gt;</td><td style="text-align:right">1</td></tr></tbody></table>
    """
    vette = set(vet)

    def cel(tag: str, index: int, waarde: object, rij_vet: bool) -> str:
        stijl = ' style="text-align:right"' if index in rechts else ""
        if isinstance(waarde, Html):
            inhoud = str(waarde)
        else:
            inhoud = html.escape("" if waarde is None else str(waarde))
        if rij_vet:
            inhoud = f"<strong>{inhoud}</strong>"
        return f"<{tag}{stijl}>{inhoud}</{tag}>"

    delen = ["<table>"]
    if titel is not None:
        delen.append(f"<caption>{html.escape(titel)}</caption>")
    delen.append("<thead><tr>")
    delen.extend(cel("th", i, kop, False) for i, kop in enumerate(koppen))
    delen.append("</tr></thead><tbody>")
    for nummer, rij_ in enumerate(rijen):
        delen.append("<tr>")
        delen.extend(cel("td", i, waarde, nummer in vette) for i, waarde in enumerate(rij_))
        delen.append("</tr>")
    delen.append("</tbody></table>")
    return "".join(delen)


# --- values as text ------------------------------------------------------------------------


def _label(waarde: Any) -> str | None:
    """The short name of a party: a school by name and BRIN, a pupil only by its id."""
    naam = getattr(waarde, "naam", None)
    brin = getattr(waarde, "brin", None)
    if isinstance(naam, str):
        return f"{naam} ({brin})" if isinstance(brin, str) else naam
    ident = getattr(waarde, "id", None)
    return ident if isinstance(ident, str) else None


def bron_tekst(bron: Bron) -> str:
    """Een bron met haar regelcode en, als ze niet geverifieerd is, hoe zeker ze is.

    >>> b = Bron(wet="WPO", artikel="40", lid="4", zekerheid=Zekerheid.BRONDOCUMENT, regel="BES-04")
    >>> bron_tekst(b)
    'WPO art. 40 lid 4 [BES-04] (volgens brondocument, niet in de wettekst nagekeken)'
    """
    delen = [str(bron)]
    if bron.regel:
        delen.append(f"[{bron.regel}]")
    opmerking = _ZEKERHEID.get(bron.zekerheid)
    if opmerking:
        delen.append(f"({opmerking})")
    return " ".join(delen)


def tekst(waarde: object) -> str:
    """Elke passend-waarde als korte Nederlandse tekst: datums ISO, enums als hun waarde, ja/nee,
    partijen bij naam, een record als zijn ingevulde velden.

    >>> tekst(dt.date(2025, 3, 3)), tekst(True), tekst(None), tekst(())
    ('2025-03-03', 'ja', '—', '—')
    """
    if waarde is None:
        return "—"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    if isinstance(waarde, enum.Enum):
        return str(waarde.value)
    if isinstance(waarde, Bron):
        return bron_tekst(waarde)
    if isinstance(waarde, str | int | decimal.Decimal):
        return str(waarde)
    if isinstance(waarde, Mapping):
        return "; ".join(f"{tekst(k)}: {tekst(v)}" for k, v in waarde.items()) or "—"
    if isinstance(waarde, tuple | list | frozenset | set):
        return "; ".join(tekst(w) for w in waarde) or "—"
    label = _label(waarde)
    if label is not None:
        return label
    if attrs.has(type(waarde)):
        delen = [
            f"{_kop(naam)} {tekst(w)}"
            for naam, w in _velden(waarde)
            if w is not None and w != () and naam not in _ACHTERAAN
        ]
        return f"{type(waarde).__name__}: " + ", ".join(delen)
    return str(waarde)


def plat(waarde: object, *, als_getal: bool = False) -> object:
    """Een waarde als gewoon Python-type voor een DataFrame: datums blijven datums, ``Decimal``
    blijft exact tenzij ``als_getal`` om een ``float`` vraagt; al het andere wordt tekst.

    >>> plat(decimal.Decimal("6634.52")), plat(decimal.Decimal("6634.52"), als_getal=True)
    (Decimal('6634.52'), 6634.52)
    """
    if waarde is None or isinstance(waarde, bool | int | str | dt.date):
        return waarde
    if isinstance(waarde, decimal.Decimal):
        return float(waarde) if als_getal else waarde
    if isinstance(waarde, enum.Enum):
        return waarde.value
    if isinstance(waarde, tuple) and all(isinstance(b, Bron) for b in waarde):
        return "; ".join(str(b) for b in waarde)
    return tekst(waarde)


def _kop(veld: str) -> str:
    return veld.replace("_", " ")


def _velden(waarde: Any) -> list[tuple[str, Any]]:
    """The attrs fields of ``waarde`` as (name, value), the citation and explanation last."""
    namen = [f.name for f in attrs.fields(type(waarde)) if not f.name.startswith("_")]
    namen.sort(key=lambda n: _ACHTERAAN.index(n) if n in _ACHTERAAN else -1)
    return [(naam, getattr(waarde, naam)) for naam in namen]


def rij(waarde: object, *, als_getal: bool = False) -> dict[str, object]:
    """Eén record als gewone rij: veldnaam → waarde volgens :func:`plat`."""
    return {naam: plat(w, als_getal=als_getal) for naam, w in _velden(waarde)}


# --- values as HTML ------------------------------------------------------------------------


def _gevouwen(volledig: str) -> Html:
    """A long text folded: the first words as summary, the whole text on a click."""
    if len(volledig) <= _LANG:
        return Html(html.escape(volledig))
    kort = volledig[:80].rsplit(" ", 1)[0]
    return Html(
        f"<details><summary>{html.escape(kort)} …</summary>{html.escape(volledig)}</details>"
    )


def _bron_html(bron: Bron) -> str:
    inhoud = html.escape(bron_tekst(bron))
    if bron.url is None:
        return inhoud
    return f'<a href="{html.escape(bron.url)}">{inhoud}</a>'


def html_cel(waarde: object) -> Html:
    """Een tabelcel: bronnen met een link naar wetten.overheid.nl, lange teksten ingevouwen."""
    if isinstance(waarde, Bron):
        return Html(_bron_html(waarde))
    if isinstance(waarde, tuple) and waarde and all(isinstance(b, Bron) for b in waarde):
        return Html("<br>".join(_bron_html(b) for b in waarde))
    return _gevouwen(tekst(waarde))


def _titel(waarde: object) -> str:
    soort = type(waarde).__name__
    for veld in ("naam", "code", "onderwerp"):
        naam = getattr(waarde, veld, None)
        if isinstance(naam, str | enum.Enum):
            return f"{soort}: {tekst(naam)}"
    return soort


def html_record(waarde: object) -> str:
    """Een attrs-waarde als tabel van twee kolommen: één rij per veld, in Nederlandse woorden."""
    rijen = [(_kop(naam), html_cel(w)) for naam, w in _velden(waarde)]
    return html_tabel(["", ""], rijen, titel=_titel(waarde))


class Weergave:
    """Mixin voor attrs-klassen: de waarde toont zich in Jupyter als tabel van haar velden;
    ``repr`` blijft gelijk."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return html_record(self)


class Reeks(tuple[T, ...], Generic[T]):
    """Een tuple van records dat zich als één tabel toont (een rij per record) en gewone rijen
    geeft.

    Het *is* een tuple: het is gelijk aan, itereert en indexeert als het gewone tuple van
    dezelfde records, dus code voor ``tuple[...]`` blijft werken.
    """

    __slots__ = ()

    #: Bijschrift van de tabel.
    titel: ClassVar[str] = ""
    #: Wat de tabel zegt als er geen records zijn.
    leeg: ClassVar[str] = "Geen."

    def rijen(self, *, als_getal: bool = False) -> list[dict[str, object]]:
        """Gewone rijen voor ``pandas.DataFrame(rijen)``: één dict per record, veld → waarde.

        Datums blijven ``datetime.date``; bedragen blijven ``Decimal``, behalve met
        ``als_getal=True`` (dan ``float``). Enums worden hun waarde, bronnen tekst.
        """
        return [rij(r, als_getal=als_getal) for r in self]

    def _repr_html_(self) -> str:
        if not self:
            return html_tabel([], [[self.leeg]], titel=f"{self.titel} (0)")
        velden = [_velden(r) for r in self]
        # A column that is empty for every record says nothing: leave it out.
        namen = [
            naam
            for i, (naam, _) in enumerate(velden[0])
            if any(v[i][1] not in (None, ()) for v in velden)
        ]
        rijen = [[html_cel(getattr(r, naam)) for naam in namen] for r in self]
        return html_tabel([_kop(n) for n in namen], rijen, titel=f"{self.titel} ({len(self)})")
