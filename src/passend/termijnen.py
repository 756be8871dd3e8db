"""Wettelijke termijnen van passend onderwijs als echte datums (legal/rules.md §0 en §8).

Afspraken (rules.md T-01, T-02):

* Een termijn van *n* weken na een gebeurtenis telt de dag van de gebeurtenis niet mee: het
  nominale einde is ``gebeurtenis + 7·n dagen``. Termijnen zijn kalenderweken; ze lopen door in
  schoolvakanties.
* Alleen de laatste dag schuift op, naar de eerstvolgende werkdag (Atw art. 1 lid 1). Een
  terug gerekende termijn ("10 weken vóór") schuift nooit op (Atw art. 1 lid 2), en een termijn
  langer dan 12 weken (Atw art. 4) ook niet, tenzij een :class:`~passend.Beleid` dat zegt.
* Als beleid een einde verschuift, bewaart :attr:`Termijn.wettelijk_einde` het wettelijke
  einde.

>>> beslistermijn(dt.date(2025, 3, 3)).einde
datetime.date(2025, 4, 14)
>>> beslistermijn(dt.date(2025, 3, 3), verlenging_weken=4).einde
datetime.date(2025, 5, 12)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from passend._beleid import Beleid, Opschortingsinterval, Verlengingsbasis, beleid_of_standaard
from passend._bronnen import (
    ATW_1,
    ATW_1_TERUGREKENING,
    ATW_4,
    AWB_6_7,
    AWB_6_8,
    AWB_6_9,
    AWB_7_10,
    AWB_7_13,
    GPO_PROCEDURE,
    SEED_001,
    WEC_40,
    WEC_40A,
    WEC_41A,
    WEC_45,
    WEC_61,
    WPO_40,
    WPO_40A,
    WPO_40C,
    WPO_43,
    WPO_63,
    WPO_BESLISTERMIJN,
    WPO_BESLISTERMIJN_12,
    WVO_8_8,
    WVO_8_14,
    Bron,
    Zekerheid,
)
from passend._fouten import NietBekend, OngeldigeInvoer
from passend._kalender import KB_ONZEKERHEID, Kalender, dagnaam
from passend._partijen import Bestuurssoort, Schoolsoort
from passend._waarden import (
    als_bronnen,
    controleer_datum,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_tekst_of_none,
    niet_leeg,
    plus,
)
from passend._weergave import Weergave

__all__ = [
    "Termijn",
    "aanmelden_advies",
    "beslistermijn",
    "beslistermijn_bezwaar",
    "bezwaartermijn",
    "gpo_oordeel_termijn",
    "gpo_termijn",
    "niet_behandelen_termijn",
    "opp_termijn",
    "opschorten",
    "schorsing_maximum",
    "tijdelijke_inschrijving_vanaf",
]

_S = Zekerheid.BRONDOCUMENT
# Articles per sector. Lid numbers are SEED (seed 003), see rules.md caveat 1.
#: De beslistermijn van een aanmelding per sectorwet (BES-01; lidnummers alleen uit de
#: juridische analyse van KBA Nijmegen, niet aan de wettekst getoetst).
BESLIS_AANMELDING = (
    WPO_BESLISTERMIJN,
    WPO_BESLISTERMIJN_12,
    WEC_40.met_lid("7", zekerheid=_S),
    WVO_8_8.met_lid("2"),
)
# AAN-03/AAN-04 name "WVO 2020 art. 8.x" for VO: the exact article is not known.
_WVO_TOELATING = Bron(
    wet="WVO 2020", artikel="hoofdstuk 8 (toelating)", zekerheid=Zekerheid.ONGEVERIFIEERD
)
#: Het besluit een aanmelding niet te behandelen, per sectorwet (AAN-04; leden niet gezien).
NIET_BEHANDELEN = (
    attrs.evolve(WPO_40, regel="AAN-04"),
    attrs.evolve(WEC_40, regel="AAN-04"),
    _WVO_TOELATING,
)
_ADVIES = (WPO_40, WEC_40, _WVO_TOELATING)
_OPP = (
    WPO_40A.met_lid("1"),
    WEC_41A,
    Bron(wet="WVO 2020", artikel="2.44", zekerheid=_S, regel="OPP-02"),
)
_BEZWAAR_BIJZONDER = (
    WPO_63.met_lid("3"),
    WEC_61,
    WVO_8_8.met_lid("4"),
)
_SCHORSING = (WPO_40C, WEC_40A, WVO_8_14)
_GPO_OORDEEL = (WPO_43, WEC_45)


@attrs.frozen(kw_only=True)
class Termijn(Weergave):
    """Een wettelijke termijn als datums, met de grondslag en een uitleg."""

    #: Naam van de termijn (``'Beslistermijn aanmelding'``).
    naam: str = attrs.field(validator=niet_leeg)
    #: Eerste dag die meetelt.
    begin: dt.date = attrs.field(validator=is_datum)
    #: Einde vóór toepassing van de Atw.
    nominaal_einde: dt.date = attrs.field(validator=is_datum)
    #: Laatste dag waarop de handeling nog op tijd is.
    einde: dt.date = attrs.field(validator=is_datum)
    #: De wetsartikelen en andere bronnen van de termijn.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Uitleg in gewone taal: waarvandaan geteld, hoe lang, waarom het einde (niet) schuift.
    uitleg: str = attrs.field(validator=niet_leeg)
    #: Het einde volgens de wet; wijkt alleen af van ``einde`` als een
    #: :class:`~passend.Beleid` het einde verschoof.
    wettelijk_einde: dt.date = attrs.field(validator=is_datum)
    #: Naam van het beleid dat het einde verschoof; None: de wettelijke termijn.
    beleid: str | None = attrs.field(default=None, validator=is_tekst_of_none)
    #: False voor termijnen die de Atw niet verschuift (terug gerekend, > 12 weken, niet
    #: wettelijk).
    atw_toegepast: bool = attrs.field(default=True, validator=is_bool)
    #: Awb 6:9: een bezwaarschrift dat op tijd is gepost, telt nog als het uiterlijk op deze dag
    #: binnenkomt; None: niet van toepassing.
    uiterste_ontvangst: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @wettelijk_einde.default
    def _standaard_wettelijk(self) -> dt.date:
        return self.einde

    @einde.validator
    def _check_volgorde(self, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
        if not self.begin <= self.nominaal_einde <= value:
            raise OngeldigeInvoer(
                attribute.name,
                value,
                f"verwacht begin ({self.begin}) ≤ nominaal_einde ({self.nominaal_einde}) ≤ einde",
            )

    def verstreken(self, op: dt.date) -> bool:
        """True als ``op`` na de laatste dag van de termijn ligt."""
        return controleer_datum("op", op) > self.einde

    def loopt(self, op: dt.date) -> bool:
        """True als ``op`` binnen de termijn ligt (eerste tot en met laatste dag)."""
        return self.begin <= controleer_datum("op", op) <= self.einde


class _Later:
    """An explanation not written yet: its text is made when :attr:`Termijn.uitleg` is read.

    Most terms passend computes are only compared by date (is a decision in time, does a term
    still run); writing their Dutch explanation cost more than computing them.
    """

    __slots__ = ("maak",)

    def __init__(self, maak: Callable[[], str]) -> None:
        self.maak = maak


class _Uitleg:
    """The attribute ``Termijn.uitleg``, over the slot attrs made for it: a :class:`_Later` in
    the slot is turned into its text on every read, so whoever reads the field (``==``,
    ``hash``, ``repr``, pickle, ``attrs.evolve``, JSON) only ever sees a ``str``. The text is
    not kept: nothing in a Termijn changes after it is made."""

    def __init__(self, slot: Any) -> None:
        self.slot = slot
        self.__doc__ = "Uitleg in gewone taal van de termijn, met zijn datums."

    def __get__(self, termijn: Termijn | None, soort: type | None = None) -> Any:
        if termijn is None:
            return self
        waarde = self.slot.__get__(termijn, soort)
        return waarde.maak() if type(waarde) is _Later else waarde

    def __set__(self, termijn: Termijn, waarde: object) -> None:
        self.slot.__set__(termijn, waarde)

    def __delete__(self, termijn: Termijn) -> None:  # pragma: no cover - frozen: never called
        self.slot.__delete__(termijn)


_UITLEG_SLOT = Termijn.__dict__["uitleg"]
setattr(Termijn, "uitleg", _Uitleg(_UITLEG_SLOT))  # noqa: B010 - mypy: uitleg stays a str field
_VELDEN = tuple(a.name for a in attrs.fields(Termijn))


def _termijn(
    *,
    naam: str,
    begin: dt.date,
    nominaal_einde: dt.date,
    einde: dt.date,
    grondslag: tuple[Bron, ...],
    uitleg: str | _Later,
    wettelijk_einde: dt.date | None = None,
    beleid: str | None = None,
    atw_toegepast: bool = True,
    uiterste_ontvangst: dt.date | None = None,
) -> Termijn:
    """A Termijn from values passend computed itself, without running the validators again
    (they cost more than computing the term); ``uitleg`` may be written later (:class:`_Later`)."""
    t: Termijn = object.__new__(Termijn)
    for veld, waarde in (
        ("naam", naam),
        ("begin", begin),
        ("nominaal_einde", nominaal_einde),
        ("einde", einde),
        ("grondslag", grondslag),
        ("uitleg", uitleg),
        ("wettelijk_einde", einde if wettelijk_einde is None else wettelijk_einde),
        ("beleid", beleid),
        ("atw_toegepast", atw_toegepast),
        ("uiterste_ontvangst", uiterste_ontvangst),
    ):
        object.__setattr__(t, veld, waarde)  # frozen: attrs' own __init__ writes this way too
    return t


def _met(termijn: Termijn, **wijzigingen: object) -> Termijn:
    """``attrs.evolve`` for a Termijn passend computed: no validators, and an explanation not
    written yet stays unwritten."""
    kopie: Termijn = object.__new__(Termijn)
    for veld in _VELDEN:
        if veld in wijzigingen:
            waarde = wijzigingen[veld]
        elif veld == "uitleg":
            waarde = _UITLEG_SLOT.__get__(termijn, Termijn)
        else:
            waarde = getattr(termijn, veld)
        object.__setattr__(kopie, veld, waarde)
    return kopie


def _zonder_kb_twijfel(
    bereken: Callable[[Kalender], Termijn], dag: dt.date, kalender: Kalender
) -> tuple[Termijn, bool]:
    """De termijn die ``bereken`` geeft, en of het einde zeker is, om ``dag`` eraan te toetsen.

    Is een KB-lijst waar het einde van afhangt onbekend, dan wordt de termijn berekend alsof dat
    jaar geen gelijkgestelde dagen had (het vroegst mogelijke einde). Dat beslist elke ``dag``
    tot dat einde (op tijd) of meer dan ``KB_ONZEKERHEID`` (een week) erna (te laat); alleen
    daartussen is het antwoord onbekend, en volgt :class:`~passend.NietBekend`.
    """
    try:
        return bereken(kalender), True
    except NietBekend:
        termijn = bereken(kalender.ondergrens())
        if termijn.wettelijk_einde < dag <= plus(termijn.wettelijk_einde, KB_ONZEKERHEID):
            raise
        return termijn, False


def _kalender(kalender: Kalender | None) -> Kalender:
    return controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()


def _beleid(beleid: Beleid | None) -> Beleid:
    return beleid_of_standaard(beleid)


def _per_sector(schoolsoort: Schoolsoort | None, bronnen: tuple[Bron, ...]) -> tuple[Bron, ...]:
    """De bron uit de sectorwet van de school, of alle bronnen als de sector niet is gegeven."""
    soort = controleer_optie("schoolsoort", schoolsoort, Schoolsoort)
    return bronnen if soort is None else tuple(b for b in bronnen if b.wet == soort.wet)


def _intervallen(veld: str, waarde: object) -> list[tuple[dt.date, dt.date]]:
    """Een lijst of tuple van datumparen ``(van, tot)`` (informatieverzoeken, opschortingen)."""
    if not isinstance(waarde, list | tuple) or not all(
        isinstance(paar, tuple) and len(paar) == 2 for paar in waarde
    ):
        raise OngeldigeInvoer(veld, waarde, "verwacht een lijst van paren (van, tot) van datums")
    return [(controleer_datum(veld, van), controleer_datum(veld, tot)) for van, tot in waarde]


def _weken(veld: str, waarde: object, maximum: int) -> int:
    if not isinstance(waarde, int) or isinstance(waarde, bool) or not 0 <= waarde <= maximum:
        raise OngeldigeInvoer(
            veld, waarde, f"verwacht een geheel aantal weken van 0 tot en met {maximum}"
        )
    return waarde


def _einde_zin(kal: Kalender, nominaal: dt.date, einde: dt.date) -> str:
    if einde == nominaal:
        return f"Dat is een werkdag, dus de termijn eindigt op {dagnaam(einde)}."
    reden = kal.vrije_dag(nominaal) or ""
    # Feestdagen are names ("Koningsdag"); weekdays and KB days take an article.
    reden = reden if reden[:1].isupper() else f"een {reden}"
    return (
        f"Die dag is {reden}; volgens de Algemene termijnenwet schuift het "
        f"einde door naar de eerstvolgende werkdag: {dagnaam(einde)}."
    )


def _weektermijn(
    naam: str,
    gebeurtenis: str,
    op: dt.date,
    weken: int,
    grondslag: tuple[Bron, ...],
    kal: Kalender,
    *,
    atw: bool = True,
) -> Termijn:
    """``weken`` weken na de gebeurtenis op ``op``: nominaal einde ``op + 7·weken``, dan de Atw."""
    nominaal = plus(op, dt.timedelta(weeks=weken))
    begin = plus(op, dt.timedelta(days=1))
    einde = kal.atw_einde(nominaal) if atw else nominaal

    def uitleg() -> str:
        tekst = (
            f"{naam}: {weken} weken na {gebeurtenis} op {dagnaam(op)}. De termijn begint op "
            f"{dagnaam(begin)} en eindigt nominaal op {dagnaam(nominaal)}. "
        )
        if atw:
            return tekst + _einde_zin(kal, nominaal, einde)
        return tekst + "De Algemene termijnenwet verschuift dit einde niet."

    return _termijn(
        naam=naam,
        begin=begin,
        nominaal_einde=nominaal,
        einde=einde,
        grondslag=(*grondslag, ATW_1) if atw else grondslag,
        uitleg=_Later(uitleg),
        atw_toegepast=atw,
    )


def _opschortingsdagen(van: dt.date, tot: dt.date, beleid: Beleid) -> int:
    if tot < van:
        raise OngeldigeInvoer("tot", tot, f"de opschorting eindigt vóór haar begin ({van})")
    dagen = (tot - van).days
    return dagen + 1 if beleid.opschorting is Opschortingsinterval.GESLOTEN else dagen


def opschorten(
    termijn: Termijn,
    van: dt.date,
    tot: dt.date,
    *,
    reden: str,
    grondslag: Sequence[Bron] = (),
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Termijn:
    """De termijn opgeschort van ``van`` tot ``tot``: het nominale einde schuift die dagen op.

    Standaard is het interval halfopen, ``[van, tot)``: de dag van het GPO-oordeel zelf telt
    niet mee (``Beleid.opschorting``, rules.md OQ 14). Op het nieuwe einde wordt de Atw opnieuw
    toegepast.

    Grondslag:
        Per geval: WPO art. 43 / WEC art. 45 voor een lopende zaak bij de GPO (VER-05, VER-06);
        "Zorgplicht in schema" (SWV Rijn & Gelderse Vallei, 2022) § 4 voor een regionaal
        informatieverzoek (BES-03).

    >>> t = beslistermijn_bezwaar(dt.date(2026, 3, 11), bestuur_soort=Bestuurssoort.BIJZONDER)
    >>> opschorten(t, dt.date(2026, 3, 18), dt.date(2026, 5, 13), reden="GPO").einde
    datetime.date(2026, 6, 3)
    """
    termijn = controleer_soort("termijn", termijn, Termijn)
    kal, bel = _kalender(kalender), _beleid(beleid)
    controleer_soort("reden", reden, str)
    if not isinstance(grondslag, list | tuple) or not all(isinstance(b, Bron) for b in grondslag):
        raise OngeldigeInvoer("grondslag", grondslag, "verwacht een lijst van Bronnen")
    dagen = _opschortingsdagen(controleer_datum("van", van), controleer_datum("tot", tot), bel)
    nominaal = plus(termijn.nominaal_einde, dt.timedelta(days=dagen))
    einde = kal.atw_einde(nominaal) if termijn.atw_toegepast else nominaal
    uitleg = (
        f"{termijn.uitleg} De termijn is opgeschort ({reden}) van {dagnaam(van)} tot "
        f"{dagnaam(tot)} ({bel.opschorting.value}): {dagen} dagen erbij, nominaal einde "
        f"{dagnaam(nominaal)}. "
    )
    uitleg += _einde_zin(kal, nominaal, einde) if termijn.atw_toegepast else ""
    return attrs.evolve(
        termijn,
        nominaal_einde=nominaal,
        einde=einde,
        wettelijk_einde=einde,
        grondslag=(*termijn.grondslag, *grondslag),
        uitleg=uitleg.rstrip(),
    )


def beslistermijn(
    ontvangen_op: dt.date,
    *,
    verlenging_weken: int = 0,
    verlenging_medegedeeld_op: dt.date | None = None,
    informatieverzoeken: Sequence[tuple[dt.date, dt.date]] = (),
    schoolsoort: Schoolsoort | None = None,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Termijn:
    """De termijn voor het besluit op een aanmelding: 6 weken, eenmaal te verlengen met ≤ 4 weken.

    Een verlenging telt alleen als ze vóór het einde van de 6 weken aan de ouders is meegedeeld
    (``verlenging_medegedeeld_op``; ``None`` betekent dat de aanroeper daarvoor instaat).
    Standaard komt de verlenging bij het *nominale* einde van de 6 weken en wordt de Atw één keer
    toegepast (OQ 12). ``informatieverzoeken`` zijn paren ``(verzocht_op, ontvangen_op)``; de wet
    zet de klok daarvoor niet stil (BES-03) — alleen ``Beleid.informatieverzoek_schort_op`` doet
    dat, en dan bewaart ``wettelijk_einde`` de wettelijke datum.

    Grondslag:
        WPO art. 40 lid 6 en 12, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-01; lidnummers
        alleen uit de juridische analyse van KBA Nijmegen); Atw art. 1;
        "Zorgplicht in schema" (SWV Rijn & Gelderse Vallei, 2022) § 4 voor het regionale beleid
        dat de klok stilzet (BES-03).

    >>> t = beslistermijn(dt.date(2025, 3, 7))  # nominaal einde op Goede Vrijdag (E2)
    >>> t.nominaal_einde, t.einde
    (datetime.date(2025, 4, 18), datetime.date(2025, 4, 22))
    """
    kal, bel = _kalender(kalender), _beleid(beleid)
    ontvangen_op = controleer_datum("ontvangen_op", ontvangen_op)
    weken = _weken("verlenging_weken", verlenging_weken, 4)
    controleer_optie("verlenging_medegedeeld_op", verlenging_medegedeeld_op, dt.date)
    informatieverzoeken = _intervallen("informatieverzoeken", informatieverzoeken)
    bronnen = _per_sector(schoolsoort, BESLIS_AANMELDING)
    zes = _weektermijn("Beslistermijn aanmelding", "ontvangst", ontvangen_op, 6, bronnen, kal)
    termijn = zes
    if weken:
        if verlenging_medegedeeld_op is not None and verlenging_medegedeeld_op > zes.einde:
            laat = verlenging_medegedeeld_op
            termijn = _met(
                zes,
                uitleg=_Later(
                    lambda: (
                        f"{zes.uitleg} De verlenging is pas op {dagnaam(laat)} "
                        "meegedeeld, na afloop van de zes weken: zij telt niet."
                    )
                ),
            )
        else:
            basis = (
                zes.nominaal_einde
                if bel.verlenging_vanaf is Verlengingsbasis.NOMINAAL_EINDE
                else zes.einde
            )
            nominaal = plus(basis, dt.timedelta(weeks=weken))
            einde = kal.atw_einde(nominaal)
            termijn = _met(
                zes,
                nominaal_einde=nominaal,
                einde=einde,
                wettelijk_einde=einde,
                uitleg=_Later(
                    lambda: (
                        f"{zes.uitleg} De termijn is eenmaal verlengd met {weken} weken, "
                        f"gerekend vanaf het {bel.verlenging_vanaf.value} van de zes weken: nominaal "
                        f"{dagnaam(nominaal)}. {_einde_zin(kal, nominaal, einde)}"
                    )
                ),
            )
    if not informatieverzoeken:
        return termijn
    if not bel.informatieverzoek_schort_op:
        zonder = termijn
        return _met(
            termijn,
            uitleg=_Later(
                lambda: (
                    f"{zonder.uitleg} Een verzoek om informatie schort de wettelijke termijn "
                    "niet op; de school kan wel verlengen of besluiten de aanmelding niet te "
                    "behandelen."
                )
            ),
        )
    wettelijk = termijn.einde
    for verzocht, ontvangen in informatieverzoeken:
        termijn = opschorten(
            termijn,
            verzocht,
            ontvangen,
            reden="informatieverzoek, regionaal beleid",
            kalender=kal,
            beleid=bel,
        )
    return attrs.evolve(
        termijn,
        grondslag=(*termijn.grondslag, SEED_001),
        beleid=bel.naam,
        wettelijk_einde=wettelijk,
        uitleg=f"{termijn.uitleg} Dit volgt beleid '{bel.naam}'; de wettelijke termijn eindigt "
        f"op {dagnaam(wettelijk)}.",
    )


def tijdelijke_inschrijving_vanaf(termijn: Termijn) -> dt.date:
    """Eerste dag van het recht op tijdelijke inschrijving als er niet op tijd is besloten.

    Alleen als de leerling niet op een andere school staat ingeschreven, en in het PO niet vóór
    4 jaar (BES-02); die voorwaarden beoordeelt ``passend.zorgplicht``.

    Grondslag:
        WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-02).

    >>> tijdelijke_inschrijving_vanaf(beslistermijn(dt.date(2025, 3, 3)))
    datetime.date(2025, 4, 15)
    """
    return plus(controleer_soort("termijn", termijn, Termijn).einde, dt.timedelta(days=1))


def niet_behandelen_termijn(
    na: dt.date,
    *,
    schoolsoort: Schoolsoort | None = None,
    kalender: Kalender | None = None,
) -> Termijn:
    """Termijn om ouders te laten weten dat de aanmelding niet wordt behandeld: 4 weken.

    ``na`` is de dag waarop de gevraagde informatie binnenkwam, of de dag waarop de termijn die
    de school daarvoor stelde ongebruikt afliep, wat van toepassing is (AAN-04).

    Grondslag:
        WPO art. 40, WEC art. 40, WVO 2020 hoofdstuk 8 (AAN-04; leden niet gezien); Atw art. 1.
    """
    return _weektermijn(
        "Termijn besluit niet behandelen",
        "aanvulling of afloop van de gestelde termijn",
        controleer_datum("na", na),
        4,
        _per_sector(schoolsoort, NIET_BEHANDELEN),
        _kalender(kalender),
    )


def opp_termijn(
    ingeschreven_op: dt.date,
    *,
    schoolsoort: Schoolsoort | None = None,
    kalender: Kalender | None = None,
) -> Termijn:
    """Het OPP moet binnen 6 weken na inschrijving zijn vastgesteld (E9: 2025-09-01 → 10-13).

    Geef voor een leerling wiens ondersteuningsbehoefte later ontstaat de dag waarop die behoefte
    is vastgesteld (een vastgelegde keuze van het startmoment, rules.md OQ 8).

    Grondslag:
        WPO art. 40a lid 1, WEC art. 41a, WVO 2020 art. 2.44 (alleen uit de brondocumenten,
        onbevestigd); Atw art. 1.
    """
    return _weektermijn(
        "Termijn ontwikkelingsperspectief",
        "inschrijving",
        controleer_datum("ingeschreven_op", ingeschreven_op),
        6,
        _per_sector(schoolsoort, _OPP),
        _kalender(kalender),
    )


def bezwaartermijn(
    bekendgemaakt_op: dt.date,
    *,
    bestuur_soort: Bestuurssoort,
    schoolsoort: Schoolsoort | None = None,
    kalender: Kalender | None = None,
) -> Termijn:
    """Termijn voor bezwaar: 6 weken vanaf de dag na de bekendmaking.

    ``OPENBAAR`` — elk bestuursorgaan, ook een SWV dat over een TLV beslist — volgt de Awb;
    een bezwaarschrift dat op tijd is gepost en binnen een week na het einde binnenkomt, telt nog
    (Awb 6:9, ``uiterste_ontvangst``; die week schuift niet door de Atw). ``BIJZONDER`` volgt de
    sectorwet (bezwaar bij het bevoegd gezag na de mededeling).

    Grondslag:
        Awb art. 6:7, 6:8 lid 1, 6:9 (T-06); WPO art. 63 lid 3, WEC art. 61, WVO 2020 art. 8.8
        lid 4 (VER-05); Atw art. 1.

    >>> bezwaartermijn(dt.date(2026, 3, 16), bestuur_soort=Bestuurssoort.OPENBAAR).einde
    datetime.date(2026, 4, 28)
    """
    kal, bronnen = _kalender(kalender), _per_sector(schoolsoort, _BEZWAAR_BIJZONDER)
    op = controleer_datum("bekendgemaakt_op", bekendgemaakt_op)
    if controleer_soort("bestuur_soort", bestuur_soort, Bestuurssoort) is Bestuurssoort.OPENBAAR:
        termijn = _weektermijn(
            "Bezwaartermijn (Awb)", "bekendmaking", op, 6, (AWB_6_7, AWB_6_8, AWB_6_9), kal
        )
        post = plus(termijn.einde, dt.timedelta(weeks=1))
        return attrs.evolve(
            termijn,
            uiterste_ontvangst=post,
            uitleg=f"{termijn.uitleg} Een bezwaarschrift dat op tijd is gepost, telt nog als het "
            f"uiterlijk op {dagnaam(post)} binnenkomt (Awb art. 6:9).",
        )
    return _weektermijn(
        "Bezwaartermijn (bijzonder onderwijs)",
        "mededeling van het besluit",
        op,
        6,
        bronnen,
        kal,
    )


def beslistermijn_bezwaar(
    bezwaar_ontvangen_op: dt.date,
    *,
    bestuur_soort: Bestuurssoort,
    bezwaartermijn_einde: dt.date | None = None,
    adviescommissie: bool = False,
    verdaging_weken: int = 0,
    opschortingen: Sequence[tuple[dt.date, dt.date]] = (),
    schoolsoort: Schoolsoort | None = None,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Termijn:
    """Termijn voor de beslissing op bezwaar.

    * ``BIJZONDER``: 4 weken na ontvangst van het bezwaar (ouders eerst gehoord).
    * ``OPENBAAR`` (Awb 7:10): 6 weken, of 12 met een adviescommissie in de zin van 7:13
      (``adviescommissie``), gerekend vanaf de dag na afloop van de bezwaartermijn
      (``bezwaartermijn_einde`` is verplicht), plus hoogstens 6 weken verdaging. Een totaal boven
      12 weken schuift standaard niet door de Atw (Atw art. 4, OQ 13).

    ``opschortingen`` zijn intervallen ``(van, tot)``, bijvoorbeeld een zaak bij de GPO van
    indiening tot oordeel; hun dagen komen erbij vóór de Atw (E13).

    Grondslag:
        WPO art. 63 lid 3, WEC art. 61, WVO 2020 art. 8.8 lid 4 (VER-05); Awb art. 7:10, 7:13
        (T-06); WPO art. 43 / WEC art. 45 voor de opschorting door de GPO (VER-06); Atw art. 1
        en 4.

    >>> beslistermijn_bezwaar(dt.date(2026, 3, 11), bestuur_soort=Bestuurssoort.BIJZONDER).einde
    datetime.date(2026, 4, 8)
    """
    kal, bel = _kalender(kalender), _beleid(beleid)
    ontvangen = controleer_datum("bezwaar_ontvangen_op", bezwaar_ontvangen_op)
    controleer_optie("bezwaartermijn_einde", bezwaartermijn_einde, dt.date)
    controleer_soort("adviescommissie", adviescommissie, bool)
    _weken("verdaging_weken", verdaging_weken, 6)
    opschortingen = _intervallen("opschortingen", opschortingen)
    if controleer_soort("bestuur_soort", bestuur_soort, Bestuurssoort) is Bestuurssoort.BIJZONDER:
        if verdaging_weken:
            raise OngeldigeInvoer(
                "verdaging_weken",
                verdaging_weken,
                "de sectorwet kent geen verdaging van de beslissing op bezwaar (bijzonder onderwijs)",
            )
        termijn = _weektermijn(
            "Beslistermijn bezwaar (bijzonder onderwijs)",
            "ontvangst van het bezwaar",
            ontvangen,
            4,
            _per_sector(schoolsoort, _BEZWAAR_BIJZONDER),
            kal,
        )
    else:
        if bezwaartermijn_einde is None:
            raise NietBekend(
                "bezwaartermijn_einde",
                None,
                "Awb art. 7:10 rekent vanaf de dag na afloop van de bezwaartermijn; geef die op",
            )
        weken = (12 if adviescommissie else 6) + _weken("verdaging_weken", verdaging_weken, 6)
        atw = weken <= 12 or bel.atw_bij_termijn_boven_12_weken
        bronnen = (AWB_7_10, AWB_7_13) if adviescommissie else (AWB_7_10,)
        termijn = _weektermijn(
            "Beslistermijn bezwaar (Awb)",
            "afloop van de bezwaartermijn",
            bezwaartermijn_einde,
            weken,
            bronnen if atw else (*bronnen, ATW_4),
            kal,
            atw=atw,
        )
        if verdaging_weken:
            termijn = attrs.evolve(
                termijn, uitleg=f"{termijn.uitleg} Inclusief {verdaging_weken} weken verdaging."
            )
    for van, tot in opschortingen:
        termijn = opschorten(
            termijn,
            van,
            tot,
            reden="geschil aanhangig bij de Geschillencommissie passend onderwijs",
            grondslag=_per_sector(schoolsoort, _GPO_OORDEEL) or (WPO_43,),
            kalender=kal,
            beleid=bel,
        )
    return termijn


def gpo_termijn(besluit_op: dt.date) -> Termijn:
    """Termijn om een geschil voor te leggen aan de Geschillencommissie passend onderwijs: 6 weken.

    Een zachte termijn: een later verzoek kan met redenen, en een wettelijke grondslag voor de
    6 weken is niet gezien, dus de Atw wordt niet toegepast (rules.md §8).

    Grondslag:
        Procedure van de Geschillencommissie passend onderwijs (VER-06).
    """
    return _weektermijn(
        "Termijn verzoek Geschillencommissie passend onderwijs",
        "het besluit of het ontstaan van het geschil",
        controleer_datum("besluit_op", besluit_op),
        6,
        (GPO_PROCEDURE,),
        Kalender.standaard(),
        atw=False,
    )


def gpo_oordeel_termijn(ingediend_op: dt.date) -> Termijn:
    """Termijn voor het oordeel van de GPO: 10 weken, vakanties meegeteld, na volledige indiening.

    De termijn bindt de commissie, geen partij; rules.md §8 geeft er geen Atw-verschuiving voor,
    dus het nominale einde wordt gegeven.

    Grondslag:
        WPO art. 43, WEC art. 45 (VER-06).
    """
    return _weektermijn(
        "Termijn oordeel Geschillencommissie passend onderwijs",
        "volledige indiening",
        controleer_datum("ingediend_op", ingediend_op),
        10,
        _GPO_OORDEEL,
        Kalender.standaard(),
        atw=False,
    )


def schorsing_maximum(begin: dt.date, *, schoolsoort: Schoolsoort | None = None) -> Termijn:
    """De laatste dag die een schorsing vanaf ``begin`` mag duren: één week = 7 kalenderdagen.

    "Ten hoogste één week" wordt gelezen als zeven kalenderdagen, de eerste meegeteld (SCH-01; de
    eenheid is een interpretatie, rules.md OQ 20). Een maximale duur, dus geen Atw.

    Grondslag:
        WPO art. 40c, WEC art. 40a, WVO 2020 art. 8.14 (SCH-01, SCH-02).

    >>> schorsing_maximum(dt.date(2026, 3, 9)).einde
    datetime.date(2026, 3, 15)
    """
    begin = controleer_datum("begin", begin)
    einde = plus(begin, dt.timedelta(days=6))
    return Termijn(
        naam="Maximale duur schorsing",
        begin=begin,
        nominaal_einde=einde,
        einde=einde,
        grondslag=_per_sector(schoolsoort, _SCHORSING),
        uitleg=f"Een schorsing duurt ten hoogste één week: vanaf {dagnaam(begin)} tot en met "
        f"{dagnaam(einde)}.",
        atw_toegepast=False,
    )


def aanmelden_advies(gewenste_start: dt.date, *, schoolsoort: Schoolsoort | None = None) -> Termijn:
    """Advies: meld ten minste 10 weken vóór de gewenste start aan (terug gerekend).

    Alleen een advies — een latere aanmelding is geldig — en een terug gerekende termijn schuift
    nooit door de Atw (art. 1 lid 2). ``einde`` is de laatste geadviseerde dag van aanmelding.

    Grondslag:
        WPO art. 40, WEC art. 40, WVO 2020 hoofdstuk 8 (AAN-03); Atw art. 1 lid 2.

    >>> aanmelden_advies(dt.date(2025, 9, 1)).einde
    datetime.date(2025, 6, 23)
    """
    start = controleer_datum("gewenste_start", gewenste_start)
    uiterlijk = plus(start, -dt.timedelta(weeks=10))
    return Termijn(
        naam="Advies: aanmelden uiterlijk 10 weken vóór de gewenste start",
        begin=uiterlijk,
        nominaal_einde=uiterlijk,
        einde=uiterlijk,
        grondslag=(*_per_sector(schoolsoort, _ADVIES), ATW_1_TERUGREKENING),
        uitleg=f"Meld zo mogelijk uiterlijk op {dagnaam(uiterlijk)} aan: tien weken vóór de "
        f"gewenste start op {dagnaam(start)}. Dit is een advies; een latere aanmelding is geldig. "
        "Een terug gerekende termijn schuift niet door de Algemene termijnenwet.",
        atw_toegepast=False,
    )
