"""Een dossier door de tijd: alle antwoorden op één dag (:func:`overzicht`) en over alle dagen
(:func:`tijdlijn`), als tabel, als rijen voor pandas en als SVG-figuur.

Hier wordt niets nieuws beslist. De tijdlijn stelt de publieke vragen —
:func:`~passend.zorgplicht`, :func:`~passend.lopende_termijnen` en :func:`~passend.toets` — op
elke dag waarop het antwoord kan veranderen, en schrijft op wat die zeggen: zij leest zoals de
wet.

Grondslag: geen eigen — elke periode, termijn en elk gebrek draagt de bronnen van de vraag die
het opleverde.
"""

from __future__ import annotations

import collections
import datetime as dt
import enum
import heapq
import html
from collections.abc import Iterator
from typing import Any

import attrs

from passend._beleid import Beleid, beleid_of_standaard
from passend._bronnen import Bron
from passend._dossier import Dossier, LopendeTermijnen, lopende_termijnen
from passend._fouten import PassendError
from passend._gebreken import Aandachtspunt, Aandachtspunten, Gebrek, Gebreken
from passend._kalender import Kalender
from passend._leeftijd import verjaardag
from passend._partijen import Leerling
from passend._toets import aandachtspunten, catalogus, toets
from passend._waarden import (
    als_aandachtspunten,
    als_bronnen,
    als_gebreken,
    als_termijnen,
    als_tijdlijnregels,
    controleer_datum,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst,
    is_type,
    niet_leeg,
    plus,
)
from passend._weergave import Weergave, html_cel, html_tabel, rij, tekst
from passend._zorgplicht import Zorgplichtoordeel, zorgplicht
from passend.termijnen import Termijn

__all__ = [
    "Overzicht",
    "Tijdlijn",
    "Tijdlijnregel",
    "Tijdlijnsoort",
    "laatste_feit",
    "overzicht",
    "tijdlijn",
]


# --- one day -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Overzicht:
    """Alle antwoorden over één dossier op één dag: de zorgplicht, de lopende termijnen, de
    procedurele gebreken en de aandachtspunten.

    Dit schrijft ``passend dossier --json``; :func:`passend.json.loads` leest het terug.
    """

    #: De leerling van het dossier.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De peildatum van alle antwoorden.
    op: dt.date = attrs.field(validator=is_datum)
    #: De naam van het gebruikte beleid.
    beleid: str = attrs.field(validator=niet_leeg)
    #: Wie op ``op`` de zorgplicht draagt (:func:`~passend.zorgplicht`).
    zorgplicht: Zorgplichtoordeel = attrs.field(validator=is_type(Zorgplichtoordeel))
    #: De termijnen die op ``op`` lopen (:func:`~passend.lopende_termijnen`).
    lopende_termijnen: tuple[Termijn, ...] = attrs.field(
        converter=als_termijnen, validator=elk_een(Termijn)
    )
    #: De procedurele gebreken op ``op`` (:func:`~passend.toets`).
    gebreken: tuple[Gebrek, ...] = attrs.field(converter=als_gebreken, validator=elk_een(Gebrek))
    #: De punten om zelf te beoordelen op ``op`` (:func:`~passend.aandachtspunten`).
    aandachtspunten: tuple[Aandachtspunt, ...] = attrs.field(
        converter=als_aandachtspunten, validator=elk_een(Aandachtspunt)
    )

    def _repr_html_(self) -> str:
        return "".join(
            (
                self.zorgplicht._repr_html_(),
                LopendeTermijnen(self.lopende_termijnen)._repr_html_(),
                Gebreken(self.gebreken)._repr_html_(),
                Aandachtspunten(self.aandachtspunten)._repr_html_(),
            )
        )


def overzicht(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Overzicht:
    """De vier antwoorden over ``dossier`` op ``op`` in één waarde.

    Grondslag:
        Elk antwoord noemt zijn eigen artikelen (:func:`~passend.zorgplicht`,
        :func:`~passend.lopende_termijnen`, :func:`~passend.toets`,
        :func:`~passend.aandachtspunten`).

    >>> from passend import Leerling
    >>> leeg = Dossier(leerling=Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1)))
    >>> o = overzicht(leeg, dt.date(2025, 3, 3))
    >>> o.zorgplicht.reden.value, o.gebreken, o.beleid
    ('geen dossier', (), 'wettelijk')
    """
    controleer_soort("dossier", dossier, Dossier)
    controleer_datum("op", op)
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    bel = beleid_of_standaard(beleid)
    return Overzicht(
        leerling=dossier.leerling,
        op=op,
        beleid=bel.naam,
        zorgplicht=zorgplicht(dossier, op, kalender=kal, beleid=bel),
        lopende_termijnen=lopende_termijnen(dossier, op, kalender=kal, beleid=bel),
        gebreken=toets(dossier, op, kalender=kal, beleid=bel),
        aandachtspunten=aandachtspunten(dossier, op, kalender=kal, beleid=bel),
    )


# --- over time -----------------------------------------------------------------------------


class Tijdlijnsoort(enum.Enum):
    """Waar een regel van een :class:`Tijdlijn` over gaat."""

    #: Een gedateerd feit uit een record (aanmelding ontvangen, besluit genomen, ouders gehoord).
    DOSSIER = "dossier"
    #: Een periode waarin het antwoord van :func:`~passend.zorgplicht` gelijk bleef.
    ZORGPLICHT = "zorgplicht"
    #: Een wettelijke termijn, van de eerste tot en met de laatste dag.
    TERMIJN = "termijn"
    #: Een procedureel gebrek, op de eerste dag dat :func:`~passend.toets` het meldt.
    GEBREK = "gebrek"
    #: Een vraag die op die dag niet te beantwoorden was (de reden staat in ``uitleg``).
    ONBEKEND = "onbekend"


_VOLGORDE = {soort: i for i, soort in enumerate(Tijdlijnsoort)}


@attrs.frozen(kw_only=True)
class Tijdlijnregel(Weergave):
    """Eén regel van een tijdlijn: van ``van`` tot en met ``tot``."""

    #: Waar de regel over gaat.
    soort: Tijdlijnsoort = attrs.field(validator=is_enum(Tijdlijnsoort))
    #: De eerste dag.
    van: dt.date = attrs.field(validator=is_datum)
    #: De laatste dag (telt mee); ``None``: de regel gaat over één dag.
    tot: dt.date | None = attrs.field(validator=is_datum_of_none)
    #: Wat er gebeurde of gold, kort.
    omschrijving: str = attrs.field(validator=niet_leeg)
    #: De regels waarop de regel berust; leeg bij een feit uit het dossier.
    grondslag: tuple[Bron, ...] = attrs.field(
        default=(), converter=als_bronnen, validator=elk_een(Bron)
    )
    #: De uitleg in gewone taal; leeg als de omschrijving genoeg zegt.
    uitleg: str = attrs.field(default="", validator=is_tekst)


@attrs.frozen(kw_only=True)
class Tijdlijn:
    """De tijdlijn van één dossier tot en met de peildatum ``op``: de feiten, de zorgplicht per
    periode, de termijnen en de gebreken, op volgorde van datum.

    In Jupyter een figuur boven een tabel; :meth:`svg` geeft alleen de figuur en :meth:`rijen`
    gewone rijen voor pandas.
    """

    #: De leerling van het dossier.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De peildatum: de laatste dag van de tijdlijn.
    op: dt.date = attrs.field(validator=is_datum)
    #: De regels, op volgorde van datum.
    regels: tuple[Tijdlijnregel, ...] = attrs.field(
        converter=als_tijdlijnregels, validator=elk_een(Tijdlijnregel)
    )
    #: Waarom deze peildatum, als die niet is opgegeven (staat boven de tabel).
    toelichting: str = attrs.field(default="", validator=is_tekst)

    def rijen(self, *, als_getal: bool = False) -> list[dict[str, object]]:
        """Gewone rijen voor ``pandas.DataFrame(rijen)``: soort, van, tot, omschrijving,
        grondslag en uitleg per regel (``als_getal`` voor de gelijkvormigheid: er zijn geen
        bedragen)."""
        controleer_soort("als_getal", als_getal, bool)
        return [rij(r, als_getal=als_getal) for r in self.regels]

    def svg(self) -> str:
        """De tijdlijn als SVG-figuur (tekst), gemaakt zonder tekenbibliotheek."""
        return _svg(self)

    def _repr_html_(self) -> str:
        titel = f"Tijdlijn van leerling {self.leerling.id}, stand op {self.op.isoformat()}"
        koppen = ["van", "tot en met", "soort", "omschrijving", "grondslag", "uitleg"]
        rijen = [
            [
                tekst(r.van),
                tekst(r.tot) if r.tot else "",
                r.soort.value,
                r.omschrijving,
                html_cel(r.grondslag) if r.grondslag else "",
                html_cel(r.uitleg),
            ]
            for r in self.regels
        ]
        noot = f"<p>{html.escape(self.toelichting)}</p>" if self.toelichting else ""
        return f"<div>{noot}{self.svg()}{html_tabel(koppen, rijen, titel=titel)}</div>"


def _feiten(waarde: Any, record: str) -> Iterator[tuple[dt.date, str]]:
    """Every date in a record, with a description; nested values (a besluit, a hearing) too.

    Generic over the attrs fields, so a date field added to a record later shows up as well.
    """
    houder = type(waarde).__name__
    kenmerken = ", ".join(
        f"{naam.replace('_', ' ')} {w.value}"
        for naam, w in attrs.asdict(waarde, recurse=False).items()
        if isinstance(w, enum.Enum)
    )
    for veld in attrs.fields(type(waarde)):
        inhoud = getattr(waarde, veld.name)
        for w in inhoud if isinstance(inhoud, tuple) else (inhoud,):
            if isinstance(w, dt.date):
                wat = f"{record}: {veld.name.replace('_', ' ')}"
                if houder not in record:
                    wat = f"{record}: {houder} {veld.name.replace('_', ' ')}"
                yield w, f"{wat} ({kenmerken})" if kenmerken else wat
            elif attrs.has(type(w)) and not isinstance(w, Leerling):
                yield from _feiten(w, record)


def _recordnaam(record: object) -> str:
    for veld in ("school", "swv"):
        partij = getattr(record, veld, None)
        if partij is not None:
            return f"{type(record).__name__} {tekst(partij)}"
    return type(record).__name__


def _alle_feiten(dossier: Dossier) -> list[tuple[dt.date, str]]:
    return sorted({(d, wat) for r in dossier.records() for d, wat in _feiten(r, _recordnaam(r))})


def laatste_feit(dossier: Dossier) -> dt.date | None:
    """De laatste dag waarop het dossier veranderde: de laatste datum waarop een record of een
    stap bekend werd (:meth:`~passend.Dossier.stand_op`). Een geplande datum — het einde van een
    TLV, de laatste dag van een schorsing — telt niet. None voor een dossier zonder records.

    Een ``Dossier`` toont zich in Jupyter als zijn tijdlijn op deze dag: passend leest geen
    klok, en dit is de laatste dag waarover het dossier zelf iets zegt.

    >>> from passend import Leerling
    >>> laatste_feit(Dossier(leerling=Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1))))
    """
    controleer_soort("dossier", dossier, Dossier)
    for dag in sorted({d for d, _ in _alle_feiten(dossier)}, reverse=True):
        # Before the first day of the calendar nothing was known.
        if dag == dt.date.min or dossier.stand_op(dag) != dossier.stand_op(plus(dag, -_DAG)):
            return dag
    return None


#: One day, for the day before and after.
_DAG = dt.timedelta(days=1)


def _dag_erna(dag: dt.date) -> dt.date:
    """The day after ``dag``; on the last day of the calendar that day itself (there is no day
    after it to ask about or to draw)."""
    return dag if dag == dt.date.max else plus(dag, _DAG)


def _zorgplicht_tekst(o: Zorgplichtoordeel) -> str:
    if o.bestuur is None:
        return f"geen zorgplicht ({o.reden.value})"
    school = f", {tekst(o.school)}" if o.school else ""
    return f"{o.bestuur.naam}{school} ({o.reden.value})"


def tijdlijn(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Tijdlijn:
    """De tijdlijn van ``dossier`` vanaf het eerste feit tot en met ``op``.

    De vragen worden gesteld op elke dag waarop hun antwoord kan veranderen: elke datum in het
    dossier en de dag erna, de laatste dag van elke termijn en de dag erna, en elke verjaardag
    van de leerling. Tussen twee zulke dagen verandert niets waar de wet naar kijkt. Een vraag
    die op een dag een :class:`~passend.PassendError` geeft, wordt een regel van soort
    ``onbekend`` met de reden, in plaats van de tijdlijn te breken.

    Grondslag:
        Elke regel noemt de artikelen van de vraag die hem opleverde.

    >>> from passend import Leerling
    >>> leeg = Dossier(leerling=Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1)))
    >>> tijdlijn(leeg, dt.date(2025, 3, 3)).regels
    ()
    """
    controleer_soort("dossier", dossier, Dossier)
    controleer_datum("op", op)
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    bel = beleid_of_standaard(beleid)
    feiten = [(d, wat) for d, wat in _alle_feiten(dossier.stand_op(op)) if d <= op]
    if not feiten:
        return Tijdlijn(leerling=dossier.leerling, op=op, regels=())
    verloop = _Verloop(dossier, feiten[0][0], op, kal, bel)
    verloop.plan(op, *(d for d, _ in feiten), *(_dag_erna(d) for d, _ in feiten))
    # Birthdays after ``op`` do not count (nor those beyond the calendar).
    geboren = dossier.leerling.geboortedatum.year
    jaren = range(1, min(25, op.year - geboren + 1))
    verloop.plan(*(verjaardag(dossier.leerling, n, beleid=bel) for n in jaren))
    while verloop.dagen:
        dag = heapq.heappop(verloop.dagen)
        verloop.zorgplicht(dag)
        verloop.termijnen(dag)
        verloop.gebreken(dag)
    regels = [
        *(
            Tijdlijnregel(soort=Tijdlijnsoort.DOSSIER, van=d, tot=None, omschrijving=w)
            for d, w in feiten
        ),
        *verloop.regels(),
    ]
    regels.sort(key=lambda r: (r.van, _VOLGORDE[r.soort]))
    return Tijdlijn(leerling=dossier.leerling, op=op, regels=tuple(regels))


def _gebreksleutel(g: Gebrek) -> tuple[object, ...]:
    # The uitleg may name the peildatum ("op 2025-04-15 nog niet"): leave it out of the key.
    return (g.code, g.grondslag, g.gpo_reden)


class _Verloop:
    """What the questions said, day by day, while :func:`tijdlijn` walks through the days."""

    def __init__(self, dossier: Dossier, begin: dt.date, op: dt.date, kal: Kalender, bel: Beleid):
        self.dossier, self.begin, self.op, self.kal, self.bel = dossier, begin, op, kal, bel
        self.dagen: list[dt.date] = []  # a heap of the days still to ask about
        self._gezien: set[dt.date] = set()
        self._perioden: list[Tijdlijnregel] = []
        self._periode: tuple[object, Tijdlijnregel] | None = None
        self._termijnen: dict[tuple[str, dt.date], Termijn] = {}
        self._vorige: collections.Counter[tuple[object, ...]] = collections.Counter()
        self._ontstaan: list[tuple[dt.date, Gebrek]] = []
        self._onbekend: dict[str, tuple[dt.date, str]] = {}

    def plan(self, *dagen: dt.date) -> None:
        """Ask about these days too (those between the first fact and ``op``)."""
        for dag in dagen:
            if self.begin <= dag <= self.op and dag not in self._gezien:
                self._gezien.add(dag)
                heapq.heappush(self.dagen, dag)

    def zorgplicht(self, dag: dt.date) -> None:
        """A new period starts on ``dag`` when the answer differs from the day before."""
        try:
            o = zorgplicht(self.dossier, dag, kalender=self.kal, beleid=self.bel)
            sleutel: object = (o.bestuur, o.school, o.reden, o.gedeeld_met)
            omschrijving, grondslag, uitleg = _zorgplicht_tekst(o), o.grondslag, o.uitleg
        except PassendError as fout:
            sleutel, omschrijving, grondslag, uitleg = (
                str(fout),
                "zorgplicht onbekend",
                (),
                str(fout),
            )
        if self._periode is not None:
            if self._periode[0] == sleutel:
                return
            self._sluit(plus(dag, -_DAG))
        regel = Tijdlijnregel(
            soort=Tijdlijnsoort.ZORGPLICHT,
            van=dag,
            tot=None,
            omschrijving=omschrijving,
            grondslag=grondslag,
            uitleg=uitleg,
        )
        self._periode = (sleutel, regel)

    def _sluit(self, tot: dt.date) -> None:
        if self._periode is not None:
            self._perioden.append(attrs.evolve(self._periode[1], tot=tot))

    def termijnen(self, dag: dt.date) -> None:
        """Remember every running term (its latest reading) and ask again when it ends."""
        try:
            lopend = lopende_termijnen(self.dossier, dag, kalender=self.kal, beleid=self.bel)
        except PassendError as fout:
            self._onbekend.setdefault(f"lopende termijnen: {fout}", (dag, "termijnen onbekend"))
            return
        for t in lopend:
            self._termijnen[(t.naam, t.begin)] = t
            self.plan(t.einde, _dag_erna(t.einde))

    def gebreken(self, dag: dt.date) -> None:
        """The defects ``toets`` reports on ``dag`` and did not report the day before."""
        try:
            gebreken = toets(self.dossier, dag, kalender=self.kal, beleid=self.bel)
        except PassendError as fout:
            self._onbekend.setdefault(f"toets: {fout}", (dag, "gebreken onbekend"))
            return
        nu = collections.Counter(_gebreksleutel(g) for g in gebreken)
        nieuw = nu - self._vorige
        for g in gebreken:
            if nieuw[_gebreksleutel(g)] > 0:
                nieuw[_gebreksleutel(g)] -= 1
                self._ontstaan.append((dag, g))
        self._vorige = nu

    def regels(self) -> Iterator[Tijdlijnregel]:
        """The periods, terms, defects and unanswered questions as lines of the timeline."""
        self._sluit(self.op)
        yield from self._perioden
        for t in self._termijnen.values():
            yield Tijdlijnregel(
                soort=Tijdlijnsoort.TERMIJN,
                van=t.begin,
                tot=t.einde,
                omschrijving=f"{t.naam}: uiterlijk {t.einde.isoformat()}",
                grondslag=t.grondslag,
                uitleg=t.uitleg,
            )
        soorten = catalogus()
        for dag, g in self._ontstaan:
            # _vorige holds the defects of the last day asked about: the peildatum itself.
            later = "" if self._vorige[_gebreksleutel(g)] else " Op de peildatum niet meer gemeld."
            yield Tijdlijnregel(
                soort=Tijdlijnsoort.GEBREK,
                van=dag,
                tot=None,
                omschrijving=soorten[g.code].omschrijving if g.code in soorten else g.code.value,
                grondslag=g.grondslag,
                uitleg=g.uitleg + later,
            )
        for bericht, (dag, wat) in self._onbekend.items():
            yield Tijdlijnregel(
                soort=Tijdlijnsoort.ONBEKEND, van=dag, tot=None, omschrijving=wat, uitleg=bericht
            )


def dossier_html(dossier: Dossier) -> str:
    """The HTML a ``Dossier`` shows in Jupyter: its timeline up to :func:`laatste_feit`."""
    op = laatste_feit(dossier)
    if op is None:
        return html_tabel(
            [f"Dossier van leerling {dossier.leerling.id}"], [["Het dossier heeft geen records."]]
        )
    lijn = attrs.evolve(
        tijdlijn(dossier, op),
        toelichting=(
            f"Stand op {op.isoformat()}, de laatste dag waarop het dossier veranderde. "
            "Een andere dag: passend.tijdlijn(dossier, op)."
        ),
    )
    return lijn._repr_html_()


# --- the figure ----------------------------------------------------------------------------

_BREEDTE, _LINKS, _RECHTS, _RIJ, _BOVEN = 960, 110, 40, 20, 28
_KLEUREN = ("#a6cee3", "#fdbf6f", "#b2df8a", "#cab2d6", "#fb9a99", "#ffff99", "#8dd3c7")
_SOORTKLEUR = {
    Tijdlijnsoort.DOSSIER: "#555555",
    Tijdlijnsoort.TERMIJN: "#4e79a7",
    Tijdlijnsoort.GEBREK: "#e15759",
    Tijdlijnsoort.ONBEKEND: "#bab0ac",
}


def _xml(tekst: str) -> str:
    """Text escaped for SVG (XML) content and attributes."""
    return html.escape(tekst, quote=True)


def _svg(lijn: Tijdlijn) -> str:
    """One row for the zorgplicht periods (a colour per bestuur), then one row per other line
    in the order of the table; a dashed line marks the peildatum."""
    perioden = [r for r in lijn.regels if r.soort is Tijdlijnsoort.ZORGPLICHT]
    overige = [r for r in lijn.regels if r.soort is not Tijdlijnsoort.ZORGPLICHT]
    eerste = min((r.van for r in lijn.regels), default=lijn.op)
    laatste = max([lijn.op, *(r.tot for r in lijn.regels if r.tot)])
    dagen = max((laatste - eerste).days + 1, 1)
    schaal = (_BREEDTE - _LINKS - _RECHTS) / dagen

    def x(dag: dt.date) -> float:
        return round(_LINKS + (dag - eerste).days * schaal, 1)

    hoogte = _BOVEN + _RIJ * (len(overige) + 1) + 30
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_BREEDTE}" height="{hoogte}" '
        f'viewBox="0 0 {_BREEDTE} {hoogte}" role="img" font-family="sans-serif" font-size="11">',
        f"<title>{_xml(f'Tijdlijn van leerling {lijn.leerling.id} tot {lijn.op.isoformat()}')}</title>",
        f'<text x="4" y="{_BOVEN + 14}" font-weight="bold">zorgplicht</text>',
    ]
    kleuren: dict[str, str] = {}
    for r in perioden:
        tot = _dag_erna(r.tot or r.van)
        bestuur = r.omschrijving.split(",")[0].split(" (")[0]
        kleur = (
            "#dddddd"
            if r.omschrijving.startswith(("geen", "zorgplicht onbekend"))
            else kleuren.setdefault(bestuur, _KLEUREN[len(kleuren) % len(_KLEUREN)])
        )
        breedte = max(x(tot) - x(r.van), 1)
        delen.append(
            f'<rect x="{x(r.van)}" y="{_BOVEN}" width="{breedte}" height="{_RIJ - 4}" '
            f'fill="{kleur}" stroke="#ffffff">'
            f"<title>{_xml(f'{r.van} – {r.tot}: {r.omschrijving}')}</title></rect>"
        )
        reden = r.omschrijving.rsplit(" (", 1)[-1].rstrip(")")
        for label in (f"{bestuur} ({reden})", bestuur):
            if breedte > 6.5 * len(label):
                delen.append(
                    f'<text x="{x(r.van) + 3}" y="{_BOVEN + 12}" fill="#000000">{_xml(label)}</text>'
                )
                break
    for i, r in enumerate(overige, start=1):
        y = _BOVEN + i * _RIJ
        kleur = _SOORTKLEUR[r.soort]
        delen.append(f'<text x="4" y="{y + 12}" fill="{kleur}">{_xml(r.soort.value)}</text>')
        titel = f"<title>{_xml(f'{r.van}: {r.omschrijving}')}</title>"
        if r.tot is None:
            delen.append(
                f'<circle cx="{x(r.van)}" cy="{y + 8}" r="4" fill="{kleur}">{titel}</circle>'
            )
            eind = x(r.van) + 6
        else:
            breedte = max(x(_dag_erna(r.tot)) - x(r.van), 1)
            delen.append(
                f'<rect x="{x(r.van)}" y="{y + 3}" width="{breedte}" height="{_RIJ - 8}" '
                f'fill="{kleur}" opacity="0.7">{titel}</rect>'
            )
            eind = x(r.van) + breedte + 4
        label = r.omschrijving if len(r.omschrijving) <= 70 else r.omschrijving[:69] + "…"
        if eind + 6 * len(label) <= _BREEDTE:
            delen.append(f'<text x="{eind}" y="{y + 12}">{_xml(label)}</text>')
        else:
            delen.append(
                f'<text x="{x(r.van) - 6}" y="{y + 12}" text-anchor="end">{_xml(label)}</text>'
            )
    as_y = _BOVEN + _RIJ * (len(overige) + 1) + 4
    delen.append(
        f'<line x1="{_LINKS}" y1="{as_y}" x2="{_BREEDTE - _RECHTS}" y2="{as_y}" stroke="#999999"/>'
    )
    for tik in _tikken(eerste, laatste):
        delen.append(
            f'<line x1="{x(tik)}" y1="{as_y}" x2="{x(tik)}" y2="{as_y + 4}" stroke="#999999"/>'
            f'<text x="{x(tik)}" y="{as_y + 16}" text-anchor="middle">{tik:%Y-%m}</text>'
        )
    delen.append(
        f'<line x1="{x(lijn.op)}" y1="{_BOVEN - 6}" x2="{x(lijn.op)}" y2="{as_y}" '
        f'stroke="#333333" stroke-dasharray="4 3"/>'
        f'<text x="{x(lijn.op)}" y="{_BOVEN - 10}" text-anchor="end">peildatum {lijn.op}</text>'
    )
    delen.append("</svg>")
    return "".join(delen)


def _tikken(eerste: dt.date, laatste: dt.date) -> list[dt.date]:
    """First days of the month (or of every quarter or year on a long axis), at most ~12."""
    maanden = (laatste.year - eerste.year) * 12 + laatste.month - eerste.month + 1
    stap = next((s for s in (1, 3, 6, 12, 24, 60) if maanden / s <= 12), 120)
    tikken = []
    jaar, maand = eerste.year, eerste.month
    while (jaar, maand) <= (laatste.year, laatste.month):
        if dt.date(jaar, maand, 1) >= eerste and (jaar * 12 + maand - 1) % stap == 0:
            tikken.append(dt.date(jaar, maand, 1))
        jaar, maand = (jaar + 1, 1) if maand == 12 else (jaar, maand + 1)
    return tikken
