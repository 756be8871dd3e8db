"""Thuiszitters: leerplichtige pupils without a school, or enrolled and out of school longer than
the national definition allows (rules.md PL-07).

The national definition, as the ondersteuningsplan Zuid-Kennemerland quotes it (§ 5.1.3): "een
leerplichtige jongere van 5 tot 18 jaar, die ingeschreven staat op een school of instelling en
die zonder geldige reden meer dan 4 weken verzuimt en hierbij niet beschikt over een vrijstelling
van leerplicht"; *langdurig* is more than three months (Thuiszitterspact, 13 June 2016). Its
numbers are the parameters of :class:`Thuiszitterdefinitie`; whether "4 weken" are calendar or
school weeks is open (A11): passend counts calendar days (28) and says so.

A pupil is *out of school* when absent without valid reason (:class:`Verzuim`), kept at home
without a decision (``Verwijdering.feitelijk_sinds``, VER-07) or geschorst. Periods that touch
or overlap make one run; the run containing the peildatum counts. Whether a schorsing is
"zonder geldige reden" is not settled; passend counts it and names it as an aandachtspunt.
A vrijstelling is not recorded in passend, so every answer asks about it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from passend._beleid import Beleid, beleid_of_standaard
from passend._bronnen import LPW_3, Bron, Zekerheid
from passend._fouten import BuitenBereik, OngeldigeInvoer
from passend._gebreken import Aandachtspunt
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import leerplichtig_vanaf, verjaardag
from passend._partijen import Leerling, Regio, School
from passend._waarden import (
    als_bronnen,
    controleer_datum,
    controleer_optie,
    controleer_reeks,
    controleer_soort,
    elk_een,
    is_bool,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    is_type_of_none,
    niet_leeg,
    niet_voor,
    plus,
    tot_en_met,
    vervang,
)
from passend._weergave import Reeks, Weergave

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "LANDELIJKE_DEFINITIE",
    "Thuiszitsoort",
    "Thuiszitter",
    "Thuiszitterdefinitie",
    "Thuiszitters",
    "Verzuim",
    "thuiszitters",
]

#: The definition quoted by the ondersteuningsplan Zuid-Kennemerland 2024-2028 § 5.1.3.
DEFINITIE_BRON = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 5.1.3 (landelijke definitie thuiszitter)",
    zekerheid=Zekerheid.SEED,
    regel="PL-07",
)
#: Thuiszitterspact of 13 June 2016: no child at home longer than three months without an offer.
THUISZITTERSPACT = Bron(
    wet="Thuiszitterspact (OCW, VWS, V&J, VNG, PO-Raad, VO-raad)",
    artikel="13 juni 2016",
    bwb_id=None,
    geldig_vanaf=dt.date(2016, 6, 13),
    regel="PL-07",
)
#: The school reports ongeoorloofd verzuim; Lpw art. 21a was not seen (A11).
LPW_VERZUIM = Bron(
    wet="Leerplichtwet 1969",
    artikel="art. 21a (melding verzuim; inhoud niet gezien)",
    zekerheid=Zekerheid.ONGEVERIFIEERD,
    regel="PL-07",
)


def _geheel(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise OngeldigeInvoer(attribute.name, value, "verwacht een geheel getal ≥ 1")


@attrs.frozen(kw_only=True)
class Thuiszitterdefinitie(Weergave):
    """The numbers of a thuiszitter definition, with their source.

    ``verzuim_dagen``: a pupil is a thuiszitter from the day after this many days out of school
    (4 weeks = 28 calendar days, A11). ``langdurig_maanden``: *langdurig* after this many
    months. ``tot_leeftijd``: the definition covers pupils up to this birthday.
    """

    naam: str = attrs.field(validator=niet_leeg)
    verzuim_dagen: int = attrs.field(validator=_geheel)
    langdurig_maanden: int = attrs.field(validator=_geheel)
    tot_leeftijd: int = attrs.field(validator=_geheel)
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))


#: The national definition (PL-07): more than 4 weeks (28 calendar days), langdurig after
#: three months, from the start of leerplicht up to 18.
LANDELIJKE_DEFINITIE = Thuiszitterdefinitie(
    naam="landelijke definitie (kalenderweken)",
    verzuim_dagen=28,
    langdurig_maanden=3,
    tot_leeftijd=18,
    grondslag=(DEFINITIE_BRON, THUISZITTERSPACT),
)


@attrs.frozen(kw_only=True)
class Verzuim(Weergave):
    """The pupil is absent from ``school`` from ``sinds`` up to ``terug_op`` (the first day back;
    None: still absent). ``geoorloofd``: with a valid reason; None when not recorded."""

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    sinds: dt.date = attrs.field(validator=is_datum)
    terug_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("sinds", "het begin van het verzuim")]
    )
    geoorloofd: bool | None = attrs.field(default=None, validator=is_bool_of_none)

    def stand_op(self, op: dt.date) -> Verzuim | None:
        """This absence as known on ``op``: None before it began; a later return left out."""
        if self.sinds > controleer_datum("op", op):
            return None
        return vervang(self, terug_op=tot_en_met(self.terug_op, op))


class Thuiszitsoort(enum.Enum):
    """Why a pupil counts as a thuiszitter."""

    ZONDER_SCHOOL = "leerplichtig en nergens ingeschreven"
    BUITEN_SCHOOL = "ingeschreven, maar langer dan de definitie toestaat niet op school"


@attrs.frozen(kw_only=True)
class Thuiszitter(Weergave):
    """One thuiszitter on ``op``: since when out of school, from when a thuiszitter by the
    definition, and why. ``zeker`` is False when a fact the definition needs is not recorded
    (see ``uitleg``)."""

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    op: dt.date = attrs.field(validator=is_datum)
    soort: Thuiszitsoort = attrs.field(validator=is_enum(Thuiszitsoort))
    school: School | None = attrs.field(validator=is_type_of_none(School))
    sinds: dt.date = attrs.field(validator=is_datum)
    thuiszitter_vanaf: dt.date = attrs.field(validator=is_datum)
    langdurig: bool = attrs.field(validator=is_bool)
    zeker: bool = attrs.field(validator=is_bool)
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    uitleg: str = attrs.field(validator=niet_leeg)


class Thuiszitters(Reeks[Thuiszitter]):
    """Wat :func:`thuiszitters` geeft: een rij per thuiszitter, als tabel en als rijen."""

    __slots__ = ()
    titel = "Thuiszitters"
    leeg = "Geen thuiszitters."


@attrs.frozen
class _Periode:
    begin: dt.date
    einde: dt.date  # last day out, inclusive
    reden: str
    zeker: bool


def _perioden(stand: Dossier, school: School, op: dt.date) -> list[_Periode]:
    """The periods ``stand`` shows the pupil out of ``school``, up to ``op``."""
    uit: list[_Periode] = []
    for v in stand.verzuim:
        if v.school == school and v.geoorloofd is not True:
            einde = op if v.terug_op is None else plus(v.terug_op, -dt.timedelta(days=1))
            reden = (
                "verzuim zonder geldige reden"
                if v.geoorloofd is False
                else "verzuim waarvan niet is vastgelegd of er een geldige reden is"
            )
            uit.append(_Periode(v.sinds, einde, reden, v.geoorloofd is False))
    for s in stand.schorsingen:
        if s.school == school:
            uit.append(_Periode(s.begin, min(s.einde, op), "schorsing", False))
    for w in stand.verwijderingen:
        if w.school == school and w.feitelijk_sinds is not None:
            uit.append(_Periode(w.feitelijk_sinds, op, "thuis gehouden zonder besluit", True))
    return [p for p in uit if p.begin <= p.einde]


def _run(perioden: list[_Periode], op: dt.date) -> list[_Periode]:
    """The periods of the unbroken run out of school that contains ``op`` (touching counts)."""
    if not any(p.begin <= op <= p.einde for p in perioden):
        return []
    begin, run = op, []
    veranderd = True
    while veranderd:
        veranderd = False
        for p in perioden:
            if p not in run and begin - p.einde <= dt.timedelta(days=1) and p.begin <= op:
                run.append(p)
                if p.begin < begin:
                    begin, veranderd = p.begin, True
    return sorted(run, key=lambda p: p.begin)


def _regio(stand: Dossier) -> Regio | None:
    regio = [i.school.regio for i in stand.inschrijvingen if i.school.regio is not None]
    return regio[-1] if regio else None


def _leerplicht(
    stand: Dossier, op: dt.date, kal: Kalender, bel: Beleid, definitie: Thuiszitterdefinitie
) -> tuple[dt.date | None, str | None]:
    """(first day of leerplicht, or None when not leerplichtig on ``op``; a note when the answer
    is open). Without a known region the three regions are tried: only an answer all three give
    counts (the region decides only where the month after the fifth birthday is a holiday)."""
    ll = stand.leerling
    if op >= verjaardag(ll, definitie.tot_leeftijd, beleid=bel):
        return None, None
    regio = _regio(stand)
    regios = list(Regio) if regio is None else [regio]
    try:
        starts = {leerplichtig_vanaf(ll, r, kalender=kal, beleid=bel).datum for r in regios}
    except BuitenBereik:
        # The calendar lacks the school holidays of that year. Leerplicht starts on the first
        # of the month after the fifth birthday or after the holidays that follow it, and no
        # holiday lasts three months (VAK-02); in between the answer is open.
        eerste = plus(verjaardag(ll, 5, beleid=bel).replace(day=1), relativedelta(months=1))
        if op < eerste:
            return None, None
        if op >= plus(eerste, relativedelta(months=3)):
            return eerste, None
        return None, (
            f"Of {ll.id} op {dagnaam(op)} leerplichtig is, hangt af van schoolvakanties die "
            "de kalender niet kent. Ga het na."
        )
    if all(op >= d for d in starts):
        return max(starts), None
    if any(op >= d for d in starts):
        return None, (
            f"Of {ll.id} op {dagnaam(op)} leerplichtig is, hangt af van de regio van de "
            "schoolvakanties, en die blijkt niet uit het dossier. Ga het na."
        )
    return None, None


def _oordeel(
    stand: Dossier, op: dt.date, kal: Kalender, bel: Beleid, definitie: Thuiszitterdefinitie
) -> tuple[Thuiszitter | None, str | None]:
    """The thuiszitter on ``op`` (or None) and a note when the dossier leaves it open."""
    vanaf, twijfel = _leerplicht(stand, op, kal, bel, definitie)
    if vanaf is None:
        return None, twijfel
    ll = stand.leerling
    lopend = [i for i in stand.inschrijvingen if i.ingeschreven(op)]
    vrijstelling = " Een vrijstelling van de leerplicht legt passend niet vast: ga na of er een is."
    grondslag = (*definitie.grondslag, LPW_3)
    if not lopend:
        uitgeschreven = [
            i.uitgeschreven_op for i in stand.inschrijvingen if i.uitgeschreven_op is not None
        ]
        sinds = max([vanaf, *uitgeschreven])
        waarom = (
            "het dossier toont geen inschrijving"
            if not stand.inschrijvingen
            else (f"uitgeschreven sinds {dagnaam(sinds)}")
            if sinds > vanaf
            else "niet ingeschreven sinds het begin van de leerplicht"
        )
        return Thuiszitter(
            leerling=ll,
            op=op,
            soort=Thuiszitsoort.ZONDER_SCHOOL,
            school=None,
            sinds=sinds,
            thuiszitter_vanaf=sinds,
            langdurig=op >= plus(sinds, relativedelta(months=definitie.langdurig_maanden)),
            zeker=bool(stand.inschrijvingen),
            grondslag=grondslag,
            uitleg=f"{ll.id} is leerplichtig sinds {dagnaam(vanaf)} en staat op {dagnaam(op)} "
            f"nergens ingeschreven ({waarom}).{vrijstelling}",
        ), None
    inschrijving = max(lopend, key=lambda i: i.ingeschreven_op)
    run = _run(_perioden(stand, inschrijving.school, op), op)
    if not run:
        return None, twijfel
    sinds = max(run[0].begin, vanaf)
    grens = plus(sinds, dt.timedelta(days=definitie.verzuim_dagen))
    if op < grens:
        return None, twijfel
    redenen = "; ".join(f"{p.reden} {dagnaam(p.begin)} – {dagnaam(p.einde)}" for p in run)
    open_ = [p.reden for p in run if not p.zeker]
    noot = (
        f" Niet zeker: {', '.join(dict.fromkeys(open_))} telt alleen als het verzuim zonder "
        "geldige reden is; ga dat na."
        if open_
        else ""
    )
    return Thuiszitter(
        leerling=ll,
        op=op,
        soort=Thuiszitsoort.BUITEN_SCHOOL,
        school=inschrijving.school,
        sinds=sinds,
        thuiszitter_vanaf=grens,
        langdurig=op >= plus(sinds, relativedelta(months=definitie.langdurig_maanden)),
        zeker=not open_,
        grondslag=grondslag,
        uitleg=f"{ll.id} staat ingeschreven bij {inschrijving.school.naam} "
        f"({inschrijving.school.brin}) maar is sinds {dagnaam(sinds)} niet op school ({redenen}): "
        f"meer dan {definitie.verzuim_dagen} dagen, dus thuiszitter vanaf {dagnaam(grens)} "
        f"({definitie.naam}).{noot}{vrijstelling}",
    ), None


def thuiszitters(
    dossiers: Iterable[Dossier],
    op: dt.date,
    *,
    definitie: Thuiszitterdefinitie = LANDELIJKE_DEFINITIE,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Thuiszitters:
    """The thuiszitters among ``dossiers`` on ``op``, longest out first.

    A leerplichtige pupil (from the first day of leerplicht, :func:`~passend.leerplichtig_vanaf`,
    up to the 18th birthday) counts when enrolled nowhere on ``op``, or when enrolled but out of
    school for more than ``definitie.verzuim_dagen`` days in a row. Each dossier is read as it
    stood on ``op``.

    Grondslag:
        Landelijke definitie thuiszitter as quoted in the ondersteuningsplan Zuid-Kennemerland
        2024-2028 § 5.1.3; Thuiszitterspact 13 June 2016; Leerplichtwet 1969 art. 3 (PL-07).
    """
    from passend._dossier import Dossier  # here: _dossier imports this module

    dossiers = controleer_reeks("dossiers", dossiers, Dossier)
    controleer_datum("op", op)
    controleer_soort("definitie", definitie, Thuiszitterdefinitie)
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    bel = beleid_of_standaard(beleid)
    gevonden = [
        t
        for d in dossiers
        if (t := _oordeel(d.stand_op(op), op, kal, bel, definitie)[0]) is not None
    ]
    return Thuiszitters(sorted(gevonden, key=lambda t: (t.sinds, t.leerling.id)))


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """The pupil is a thuiszitter on ``op``, or whether it is leerplichtig cannot be told.
    Only for a dossier that records an enrolment: without one, nothing shows the pupil at home.

    Grondslag:
        As :func:`thuiszitters` (PL-07); the school reports verzuim (Leerplichtwet 1969 art. 21a,
        content not seen, A11).
    """
    if not dossier.inschrijvingen:
        # A dossier without any enrolment may simply be partial: no evidence of being at home.
        return
    gevonden, twijfel = _oordeel(dossier, op, kalender, beleid, LANDELIJKE_DEFINITIE)
    if gevonden is not None:
        yield Aandachtspunt(
            onderwerp="Langdurig thuiszitter" if gevonden.langdurig else "Thuiszitter",
            uitleg=f"{gevonden.uitleg} Meld het verzuim aan leerplicht en het "
            "samenwerkingsverband en zoek met hen een plek.",
            grondslag=(*gevonden.grondslag, LPW_VERZUIM),
        )
    if twijfel is not None:
        yield Aandachtspunt(
            onderwerp="Leerplicht niet vast te stellen", uitleg=twijfel, grondslag=(LPW_3,)
        )
