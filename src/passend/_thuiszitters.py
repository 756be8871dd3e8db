"""Thuiszitters: leerplichtige leerlingen zonder school, of ingeschreven en langer niet op
school dan de landelijke definitie toestaat (rules.md PL-07).

De landelijke definitie, zoals het ondersteuningsplan Zuid-Kennemerland haar aanhaalt
(§ 5.1.3): "een leerplichtige jongere van 5 tot 18 jaar, die ingeschreven staat op een school of
instelling en die zonder geldige reden meer dan 4 weken verzuimt en hierbij niet beschikt over
een vrijstelling van leerplicht"; *langdurig* is meer dan drie maanden (Thuiszitterspact,
13 juni 2016). De getallen zijn de parameters van :class:`Thuiszitterdefinitie`; of "4 weken"
kalender- of schoolweken zijn, is open (A11): passend telt kalenderdagen (28) en zegt dat.

Een leerling is *niet op school* bij verzuim zonder geldige reden (:class:`Verzuim`), als hij
zonder besluit thuis wordt gehouden (``Verwijdering.feitelijk_sinds``, VER-07) of als hij is
geschorst. Perioden die aan elkaar grenzen of overlappen, vormen één reeks; de reeks met de
peildatum erin telt. Of een schorsing "zonder geldige reden" is, staat niet vast; passend telt
haar mee en noemt haar als aandachtspunt. Een vrijstelling legt passend niet vast, dus elk
antwoord vraagt ernaar.
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

#: De definitie zoals het ondersteuningsplan Zuid-Kennemerland 2024-2028 § 5.1.3 haar aanhaalt.
DEFINITIE_BRON = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 5.1.3 (landelijke definitie thuiszitter)",
    zekerheid=Zekerheid.BRONDOCUMENT,
    regel="PL-07",
)
#: Thuiszitterspact van 13 juni 2016: geen kind langer dan drie maanden thuis zonder aanbod.
THUISZITTERSPACT = Bron(
    wet="Thuiszitterspact (OCW, VWS, V&J, VNG, PO-Raad, VO-raad)",
    artikel="13 juni 2016",
    bwb_id=None,
    geldig_vanaf=dt.date(2016, 6, 13),
    regel="PL-07",
)
#: De school meldt ongeoorloofd verzuim; Lpw art. 21a is niet ingezien (A11).
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
    """De getallen van een definitie van thuiszitter, met hun bron."""

    #: De naam van de definitie, zoals antwoorden haar noemen.
    naam: str = attrs.field(validator=niet_leeg)
    #: Een leerling is thuiszitter vanaf de dag na zoveel dagen niet op school (4 weken = 28
    #: kalenderdagen, A11).
    verzuim_dagen: int = attrs.field(validator=_geheel)
    #: *Langdurig* thuiszitter na zoveel maanden.
    langdurig_maanden: int = attrs.field(validator=_geheel)
    #: De definitie geldt voor leerlingen tot deze verjaardag (in jaren).
    tot_leeftijd: int = attrs.field(validator=_geheel)
    #: De bronnen van de definitie.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))


#: De landelijke definitie (PL-07): meer dan 4 weken (28 kalenderdagen), langdurig na drie
#: maanden, vanaf het begin van de leerplicht tot 18 jaar.
LANDELIJKE_DEFINITIE = Thuiszitterdefinitie(
    naam="landelijke definitie (kalenderweken)",
    verzuim_dagen=28,
    langdurig_maanden=3,
    tot_leeftijd=18,
    grondslag=(DEFINITIE_BRON, THUISZITTERSPACT),
)


@attrs.frozen(kw_only=True)
class Verzuim(Weergave):
    """De leerling verzuimt op ``school`` vanaf ``sinds`` tot ``terug_op``."""

    #: De verzuimende leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school waar de leerling verzuimt.
    school: School = attrs.field(validator=is_type(School))
    #: De eerste dag van het verzuim.
    sinds: dt.date = attrs.field(validator=is_datum)
    #: De eerste dag weer op school; ``None``: verzuimt nog.
    terug_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("sinds", "het begin van het verzuim")]
    )
    #: Met geldige reden; ``None``: niet vastgelegd.
    geoorloofd: bool | None = attrs.field(default=None, validator=is_bool_of_none)

    def stand_op(self, op: dt.date) -> Verzuim | None:
        """Dit verzuim zoals bekend op ``op``: ``None`` vóór het begin; een latere terugkeer
        valt weg."""
        if self.sinds > controleer_datum("op", op):
            return None
        return vervang(self, terug_op=tot_en_met(self.terug_op, op))


class Thuiszitsoort(enum.Enum):
    """Waarom een leerling als thuiszitter telt."""

    #: Leerplichtig en nergens ingeschreven.
    ZONDER_SCHOOL = "leerplichtig en nergens ingeschreven"
    #: Ingeschreven, maar langer dan de definitie toestaat niet op school.
    BUITEN_SCHOOL = "ingeschreven, maar langer dan de definitie toestaat niet op school"


@attrs.frozen(kw_only=True)
class Thuiszitter(Weergave):
    """Eén thuiszitter op ``op``: sinds wanneer niet op school, vanaf wanneer thuiszitter
    volgens de definitie, en waarom."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De peildatum.
    op: dt.date = attrs.field(validator=is_datum)
    #: Waarom de leerling als thuiszitter telt.
    soort: Thuiszitsoort = attrs.field(validator=is_enum(Thuiszitsoort))
    #: De school van inschrijving; ``None``: nergens ingeschreven.
    school: School | None = attrs.field(validator=is_type_of_none(School))
    #: De eerste dag niet op school (of zonder school).
    sinds: dt.date = attrs.field(validator=is_datum)
    #: De eerste dag waarop de leerling volgens de definitie thuiszitter is.
    thuiszitter_vanaf: dt.date = attrs.field(validator=is_datum)
    #: Langer thuis dan de definitie *langdurig* noemt.
    langdurig: bool = attrs.field(validator=is_bool)
    #: Onwaar als een feit dat de definitie nodig heeft niet is vastgelegd (zie ``uitleg``).
    zeker: bool = attrs.field(validator=is_bool)
    #: De bronnen van het antwoord.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Het antwoord in gewone taal.
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
    """De thuiszitters onder ``dossiers`` op ``op``, wie het langst thuis is eerst.

    Een leerplichtige leerling (vanaf de eerste dag van de leerplicht,
    :func:`~passend.leerplichtig_vanaf`, tot de 18e verjaardag) telt als hij op ``op`` nergens
    staat ingeschreven, of als hij wel is ingeschreven maar meer dan
    ``definitie.verzuim_dagen`` dagen achter elkaar niet op school is. Elk dossier wordt gelezen
    zoals het er op ``op`` bij lag.

    Grondslag:
        Landelijke definitie thuiszitter zoals aangehaald in het ondersteuningsplan
        Zuid-Kennemerland 2024-2028 § 5.1.3; Thuiszitterspact 13 juni 2016; Leerplichtwet 1969
        art. 3 (PL-07).
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
    """De leerling is op ``op`` thuiszitter, of het is niet te zeggen of hij leerplichtig is.
    Alleen voor een dossier met een inschrijving: zonder inschrijving laat niets zien dat de
    leerling thuis zit.

    Grondslag:
        Als bij :func:`thuiszitters` (PL-07); de school meldt verzuim (Leerplichtwet 1969
        art. 21a, inhoud niet ingezien, A11).
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
