"""Controles, mijlpalen en punten om te beoordelen van de overstap po→vo (rules.md PV-01 …
PV-08).

``toets`` meldt wat de wet eist en wat volgens het dossier niet is gedaan: het voorlopig en
definitief schooladvies op tijd, de heroverweging na een hoger toetsadvies, nooit een lager
advies, het onderwijskundig rapport als de leerling vertrekt, en een besluit van de vo-school
dat het schooladvies volgt (PV-03). Open normen en de regionale afspraken van Zuid-Kennemerland
zijn :class:`~passend.Aandachtspunt`\\ en, nooit gebreken (PV-07).

Een dossier is een overstapdossier voor een schooljaar als het een overstaprecord van dat jaar
bevat, of een aanmelding in het vo die binnenkwam terwijl de leerling op een basisschool stond
ingeschreven; de uitleg zegt welke.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from passend._aanmelding import Aanmelding, loopt
from passend._beleid import Beleid, beleid_of_standaard
from passend._bronnen import Bron
from passend._fouten import NietBekend
from passend._gebreken import Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender, dagnaam
from passend._overstap import (
    WEC_OKR,
    WPO_HEROVERWEGING,
    WPO_OKR,
    WPO_SCHOOLADVIES,
    WVO_SCHOOLADVIES_LEIDEND,
    Adviessoort,
    Brugklasgrond,
    Overstapkalender,
    Overstapmoment,
    Regime,
    Schooladvies,
    overstapkalender,
    schooljaar,
)
from passend._partijen import Schoolsoort, Sector
from passend._waarden import controleer_soort, plus
from passend.termijnen import Termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "GEBREKSOORTEN",
    "gebreken",
    "overstapjaren",
    "termijnen",
    "vo_beslistermijn",
]

_C = GebrekCode
PO_SCHOLEN = (Schoolsoort.BAO, Schoolsoort.SBO, Schoolsoort.SO)
#: Schools that must draw up an OKR when a pupil leaves: WPO art. 42, WEC art. 43 (PV-03).
_OKR_PLICHTIG = {Schoolsoort.BAO: WPO_OKR, Schoolsoort.SBO: WPO_OKR, Schoolsoort.SO: WEC_OKR}
_OKR_PLICHTIG[Schoolsoort.VSO] = WEC_OKR

GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.VOORLOPIG_ADVIES_ONTBREEKT: Gebreksoort(
        omschrijving="Geen voorlopig schooladvies aan het einde van het venster (10 - 31 januari).",
        grondslag=(WPO_SCHOOLADVIES,),
    ),
    _C.VOORLOPIG_ADVIES_BUITEN_VENSTER: Gebreksoort(
        omschrijving="Het voorlopig schooladvies is buiten het venster (10 - 31 januari) gegeven.",
        grondslag=(WPO_SCHOOLADVIES,),
    ),
    _C.DEFINITIEF_ADVIES_ONTBREEKT: Gebreksoort(
        omschrijving="Geen definitief schooladvies op de uiterste datum (24 maart; onder de "
        "eindtoets: vóór 1 maart), terwijl de leerling niet van de toets was vrijgesteld.",
        grondslag=(WPO_SCHOOLADVIES,),
    ),
    _C.DEFINITIEF_ADVIES_TE_LAAT: Gebreksoort(
        omschrijving="Het definitief schooladvies is na de uiterste datum gegeven.",
        grondslag=(WPO_SCHOOLADVIES,),
    ),
    _C.HEROVERWEGING_ONTBREEKT: Gebreksoort(
        omschrijving="Het toetsadvies was hoger dan het schooladvies, maar het advies is niet "
        "heroverwogen (en ook niet verhoogd).",
        grondslag=(WPO_HEROVERWEGING,),
    ),
    _C.SCHOOLADVIES_VERLAAGD: Gebreksoort(
        omschrijving="Het schooladvies is na het voorlopig advies verlaagd; heroverwegen gaat "
        "nooit omlaag.",
        grondslag=(WPO_HEROVERWEGING,),
    ),
    _C.HEROVERWEGING_ZONDER_REDENEN: Gebreksoort(
        omschrijving="Het advies is na een hoger toetsadvies niet (volledig) verhoogd zonder "
        "vastgelegde redenen.",
        grondslag=(WPO_HEROVERWEGING,),
    ),
    _C.OKR_ONTBREEKT: Gebreksoort(
        omschrijving="De leerling verliet de school zonder onderwijskundig rapport voor de "
        "ontvangende school.",
        grondslag=(WPO_OKR, WEC_OKR),
    ),
    _C.VO_BESLUIT_OP_TOETSADVIES: Gebreksoort(
        omschrijving="De vo-school besliste over toelating of brugklas op het toetsadvies; het "
        "schooladvies is leidend.",
        grondslag=(WVO_SCHOOLADVIES_LEIDEND,),
        gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VO_PLAATSING_ONDER_SCHOOLADVIES: Gebreksoort(
        omschrijving="De vo-school plaatste de leerling lager dan het definitief schooladvies.",
        grondslag=(WVO_SCHOOLADVIES_LEIDEND,),
        gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
    ),
}


def _gebrek(code: GebrekCode, uitleg: str, *extra: Bron) -> Gebrek:
    soort = GEBREKSOORTEN[code]
    return Gebrek(
        code=code, grondslag=(*soort.grondslag, *extra), uitleg=uitleg, gpo_reden=soort.gpo_reden
    )


# --- Which school years are overstap years -------------------------------------------------


def vo_aanmeldingen(stand: Dossier) -> list[Aanmelding]:
    """Aanmeldingen bij vo, PrO en VSO die binnenkwamen terwijl de leerling op een basisschool
    stond ingeschreven."""
    return [
        a
        for a in stand.aanmeldingen
        if a.school.soort.sector is Sector.VO
        and any(
            i.school.soort in PO_SCHOLEN and i.ingeschreven(a.ontvangen_op)
            for i in stand.inschrijvingen
        )
    ]


def overstapjaren(stand: Dossier) -> dict[str, str]:
    """Schooljaar → waaraan het dossier de overstap in dat jaar laat zien."""
    jaren: dict[str, str] = {}
    feiten = [
        *((r.gegeven_op, "schooladvies") for r in stand.schooladviezen),
        *((r.ontvangen_op, "doorstroomtoets") for r in stand.doorstroomtoetsen),
        *((r.op, "heroverweging") for r in stand.heroverwegingen),
        *((r.op, r.soort.value) for r in stand.mdos),
        *((r.bekend_op, "loting") for r in stand.lotingen),
        *((r.op, "brugklasbesluit") for r in stand.brugklasbesluiten),
        *((r.aangevraagd_op, "lwoo-aanvraag") for r in stand.lwoo_aanwijzingen),
        *((a.ontvangen_op, f"aanmelding bij {a.school.naam}") for a in vo_aanmeldingen(stand)),
    ]
    for d, wat in sorted(feiten):
        jaren.setdefault(schooljaar(d), f"{wat} van {dagnaam(d)}")
    return jaren


def kalender_of_none(jaar: str) -> Overstapkalender | None:
    try:
        return overstapkalender(jaar)
    except NietBekend:
        return None


def moment_of_none(kal: Overstapkalender, naam: str) -> Overstapmoment | None:
    try:
        return kal.moment(naam)
    except NietBekend:
        return None


def _in_jaar(
    adviezen: tuple[Schooladvies, ...], jaar: str, soort: Adviessoort
) -> list[Schooladvies]:
    return [a for a in adviezen if schooljaar(a.gegeven_op) == jaar and a.soort is soort]


# --- toets ---------------------------------------------------------------------------------


def _advies_gebreken(
    stand: Dossier, jaar: str, kal: Overstapkalender, op: dt.date
) -> Iterator[Gebrek]:
    """Voorlopig advies in its window, definitief advies on time (PV-01)."""
    voorlopig = _in_jaar(stand.schooladviezen, jaar, Adviessoort.VOORLOPIG)
    definitief = _in_jaar(stand.schooladviezen, jaar, Adviessoort.DEFINITIEF)
    toetsen = [t for t in stand.doorstroomtoetsen if schooljaar(t.ontvangen_op) == jaar]
    vrijgesteld = any(t.vrijgesteld for t in toetsen)
    naam = "voorlopig schooladvies" if kal.regime is Regime.DOORSTROOMTOETS else None
    if naam and (vm := moment_of_none(kal, naam)) is not None:
        if not voorlopig and op > vm.tot:
            yield _gebrek(
                _C.VOORLOPIG_ADVIES_ONTBREEKT,
                f"Schooljaar {jaar}: op {dagnaam(op)} is geen voorlopig schooladvies vastgelegd; "
                f"het venster liep tot en met {dagnaam(vm.tot)}.",
                *vm.grondslag,
            )
        for v in voorlopig:
            if not (vm.van or vm.tot) <= v.gegeven_op <= vm.tot:
                yield _gebrek(
                    _C.VOORLOPIG_ADVIES_BUITEN_VENSTER,
                    f"Het voorlopig schooladvies is op {dagnaam(v.gegeven_op)} gegeven, buiten het "
                    f"venster van {dagnaam(vm.van or vm.tot)} tot en met {dagnaam(vm.tot)}.",
                    *vm.grondslag,
                )
    dnaam = "definitief schooladvies" if kal.regime is Regime.DOORSTROOMTOETS else "schooladvies"
    if (dm := moment_of_none(kal, dnaam)) is None:
        return
    if not definitief and op > dm.tot and not vrijgesteld:
        yield _gebrek(
            _C.DEFINITIEF_ADVIES_ONTBREEKT,
            f"Schooljaar {jaar}: op {dagnaam(op)} is geen definitief schooladvies vastgelegd; "
            f"het moest er uiterlijk {dagnaam(dm.tot)} zijn. Een vrijstelling van de toets is "
            "niet vastgelegd.",
            *dm.grondslag,
        )
    for d in definitief:
        if d.gegeven_op > dm.tot:
            yield _gebrek(
                _C.DEFINITIEF_ADVIES_TE_LAAT,
                f"Het definitief schooladvies is op {dagnaam(d.gegeven_op)} gegeven, na de "
                f"uiterste datum {dagnaam(dm.tot)}.",
                *dm.grondslag,
            )


def _heroverweging_gebreken(
    stand: Dossier, jaar: str, kal: Overstapkalender, op: dt.date
) -> Iterator[Gebrek]:
    """Never lower; a higher toetsadvies is reconsidered; not raising needs reasons (PV-02)."""
    doorstroom = kal.regime is Regime.DOORSTROOMTOETS
    eerste = Adviessoort.VOORLOPIG if doorstroom else Adviessoort.DEFINITIEF
    basis = max(
        _in_jaar(stand.schooladviezen, jaar, eerste), key=lambda a: a.gegeven_op, default=None
    )
    if basis is None:
        return
    definitief = [
        d for d in _in_jaar(stand.schooladviezen, jaar, Adviessoort.DEFINITIEF) if d is not basis
    ]
    heroverwegingen = [h for h in stand.heroverwegingen if schooljaar(h.op) == jaar]
    for wat, d, niveau in (
        *(("het definitief advies", d.gegeven_op, d.niveau) for d in definitief),
        *(("de heroverweging", h.op, h.niveau) for h in heroverwegingen),
    ):
        if niveau < basis.niveau:
            yield _gebrek(
                _C.SCHOOLADVIES_VERLAAGD,
                f"Het advies was {basis.niveau.value} ({dagnaam(basis.gegeven_op)}); "
                f"{wat} van {dagnaam(d)} is {niveau.value}. Een advies gaat nooit omlaag.",
            )
    toets = max(
        (t for t in stand.doorstroomtoetsen if schooljaar(t.ontvangen_op) == jaar),
        key=lambda t: t.ontvangen_op,
        default=None,
    )
    if toets is None or toets.toetsadvies is None or toets.toetsadvies <= basis.niveau:
        return
    hoger = toets.toetsadvies
    if not heroverwegingen:
        verhoogd = any(d.niveau >= hoger for d in definitief)
        dm = moment_of_none(kal, "definitief schooladvies") if doorstroom else None
        verstreken = definitief or (dm is not None and op > dm.tot)
        if doorstroom and not verhoogd and verstreken:
            yield _gebrek(
                _C.HEROVERWEGING_ONTBREEKT,
                f"Het toetsadvies ({hoger.value}, ontvangen {dagnaam(toets.ontvangen_op)}) is "
                f"hoger dan het voorlopig advies ({basis.niveau.value}); een heroverweging is "
                "niet vastgelegd en het definitief advies is niet verhoogd.",
            )
        return
    for h in heroverwegingen:
        if doorstroom and h.niveau < hoger and h.redenen is None:
            yield _gebrek(
                _C.HEROVERWEGING_ZONDER_REDENEN,
                f"Na het toetsadvies {hoger.value} is het advies op {dagnaam(h.op)} "
                f"{h.niveau.value} geworden, zonder vastgelegde redenen om niet (volledig) te "
                "verhogen.",
            )


class _EersteElders:
    """For each enrolment, the first enrolment at another school that began on or after its first
    day: the earliest, and on the same day the first in the dossier. Built once per question;
    looking for it through all enrolments for each one made ``toets`` quadratic."""

    __slots__ = ("dagen", "inschrijvingen", "volgende_school")

    def __init__(self, inschrijvingen: Sequence[Inschrijving]) -> None:
        # Sorted by first day; the sort is stable, so the dossier decides between equal days.
        self.inschrijvingen = sorted(inschrijvingen, key=lambda i: i.ingeschreven_op)
        self.dagen = [i.ingeschreven_op for i in self.inschrijvingen]
        # volgende_school[k]: the first position after k with another school than at k.
        self.volgende_school = [len(self.inschrijvingen)] * len(self.inschrijvingen)
        for k in reversed(range(len(self.inschrijvingen) - 1)):
            anders = self.inschrijvingen[k + 1].school != self.inschrijvingen[k].school
            self.volgende_school[k] = k + 1 if anders else self.volgende_school[k + 1]

    def na(self, oud: Inschrijving) -> Inschrijving | None:
        # The first enrolment from ``oud``'s first day on; ``oud`` itself is one of them.
        k = bisect.bisect_left(self.dagen, oud.ingeschreven_op)
        if self.inschrijvingen[k].school == oud.school:
            k = self.volgende_school[k]
        return self.inschrijvingen[k] if k < len(self.inschrijvingen) else None


def _okr_gebreken(stand: Dossier) -> Iterator[Gebrek]:
    """A pupil who left a WPO or WEC school for another school has an OKR from it (PV-03)."""
    met_rapport = {r.school for r in stand.onderwijskundige_rapporten}
    elders = _EersteElders(stand.inschrijvingen)
    for oud in stand.inschrijvingen:
        if oud.uitgeschreven_op is None or oud.school.soort not in _OKR_PLICHTIG:
            continue
        naar = elders.na(oud)
        if naar is not None and oud.school not in met_rapport:
            yield _gebrek(
                _C.OKR_ONTBREEKT,
                f"De leerling verliet {oud.school.naam} op {dagnaam(oud.uitgeschreven_op)} en staat "
                f"sinds {dagnaam(naar.ingeschreven_op)} ingeschreven bij {naar.school.naam}; er is "
                f"geen onderwijskundig rapport van {oud.school.naam} vastgelegd.",
            )


def _definitief_advies(stand: Dossier, op: dt.date) -> Schooladvies | None:
    return max(
        (
            a
            for a in stand.schooladviezen
            if a.soort is Adviessoort.DEFINITIEF and a.gegeven_op <= op
        ),
        key=lambda a: a.gegeven_op,
        default=None,
    )


def _brugklas_gebreken(stand: Dossier) -> Iterator[Gebrek]:
    """The schooladvies is leidend in the first VO year; PrO and VSO excepted (PV-03, PV-06)."""
    for b in stand.brugklasbesluiten:
        if b.school.soort is not Schoolsoort.VO:
            continue
        if b.grond is Brugklasgrond.TOETSADVIES:
            wat = "weigerde" if b.niveau is None else f"plaatste in {b.niveau.value}"
            yield _gebrek(
                _C.VO_BESLUIT_OP_TOETSADVIES,
                f"{b.school.naam} {wat} op {dagnaam(b.op)} op grond van het toetsadvies; het "
                "schooladvies is leidend en de school mag niet op het toetsadvies weigeren.",
            )
        advies = _definitief_advies(stand, b.op)
        if b.niveau is not None and advies is not None and b.niveau < advies.niveau.ondergrens:
            yield _gebrek(
                _C.VO_PLAATSING_ONDER_SCHOOLADVIES,
                f"{b.school.naam} plaatste de leerling op {dagnaam(b.op)} in {b.niveau.value}, "
                f"lager dan het definitief schooladvies {advies.niveau.value} van "
                f"{dagnaam(advies.gegeven_op)}. Hoger plaatsen mag, lager niet.",
            )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De wettelijke gebreken van de overstap in het dossier (zoals het er op ``op`` voor stond).

    Een schooljaar zonder nagekeken datums wordt niet op die datums beoordeeld: het wordt een
    aandachtspunt (:func:`aandachtspunten`), nooit stil goedgekeurd.

    Grondslag:
        WPO (Wet doorstroomtoetsen po) schooladvies en heroverweging (PV-01, PV-02); WPO
        art. 42, WEC art. 43 (OKR, PV-03); WVO 2020 toelating op het schooladvies (PV-03).
    """
    for jaar in overstapjaren(dossier):
        kal = kalender_of_none(jaar)
        if kal is not None:
            yield from _advies_gebreken(dossier, jaar, kal, op)
            yield from _heroverweging_gebreken(dossier, jaar, kal, op)
    yield from _okr_gebreken(dossier)
    yield from _brugklas_gebreken(dossier)


# --- lopende_termijnen ---------------------------------------------------------------------


def _mijlpaal(jaar: str, m: Overstapmoment, uitleg: str) -> Termijn:
    begin = m.van or dt.date(int(jaar[:4]), 8, 1)
    return Termijn(
        naam=f"Overstap {jaar}: {m.naam}",
        begin=begin,
        nominaal_einde=m.tot,
        einde=m.tot,
        grondslag=m.grondslag,
        uitleg=f"{uitleg} Een vaste kalenderdatum: de Algemene termijnenwet verschuift haar niet.",
        atw_toegepast=False,
    )


def vo_beslistermijn(
    aanmelding: Aanmelding, *, kalender: Kalender | None = None, beleid: Beleid | None = None
) -> Termijn:
    """De beslistermijn van een aanmelding in het vo: standaard de wettelijke, of geteld vanaf
    het einde van de centrale aanmeldweek zoals het tijdpad van OCW doet (OQ A2).

    Wettelijk: zes weken na ontvangst, één keer te verlengen met ten hoogste vier, verschoven
    volgens de Atw (PV-04, BES-01). Met ``Beleid.vo_beslistermijn_vanaf_aanmeldweek`` is voor
    een aanmelding die uiterlijk aan het einde van de aanmeldweek binnenkwam het einde de
    laatste dag van die week plus 42 dagen (70 met een verlenging), zoals OCW "uiterlijk 12 mei"
    schrijft; ``wettelijk_einde`` bewaart het wettelijke einde. Het VSO doet niet mee aan de
    aanmeldweek en krijgt dus altijd de wettelijke termijn.

    Grondslag:
        WVO 2020 art. 8.8 lid 2 (BES-01); OCW-tijdpad 2024-2025 (PV-04, OQ A2).

    >>> import datetime as dt
    >>> from passend import (Aanmelding, Bestuurssoort, Beleid, Leerling, Ondersteuningsbehoefte,
    ...     School, Schoolbestuur, Schoolsoort)
    >>> ll = Leerling(id="ll-8", geboortedatum=dt.date(2013, 6, 1))
    >>> vo = School(brin="20VO", naam="Het Lyceum", soort=Schoolsoort.VO,
    ...     bestuur=Schoolbestuur(id="vo", naam="Stichting VO", soort=Bestuurssoort.BIJZONDER))
    >>> a = Aanmelding(leerling=ll, school=vo, ontvangen_op=dt.date(2025, 3, 25),
    ...     ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED)
    >>> vo_beslistermijn(a).einde
    datetime.date(2025, 5, 6)
    >>> vo_beslistermijn(a, beleid=Beleid(vo_beslistermijn_vanaf_aanmeldweek=True)).einde
    datetime.date(2025, 5, 12)
    """
    controleer_soort("aanmelding", aanmelding, Aanmelding)
    bel = beleid_of_standaard(beleid)
    wettelijk = aanmelding.beslistermijn(kalender=kalender, beleid=bel)
    if not bel.vo_beslistermijn_vanaf_aanmeldweek or aanmelding.school.soort not in (
        Schoolsoort.VO,
        Schoolsoort.PRO,
    ):
        return wettelijk
    kal = kalender_of_none(schooljaar(aanmelding.ontvangen_op))
    week = moment_of_none(kal, "centrale aanmeldweek") if kal is not None else None
    if week is None or aanmelding.ontvangen_op > week.tot:
        return wettelijk
    weken = 6 + (min(aanmelding.verlenging.weken, 4) if aanmelding.verlenging else 0)
    einde = plus(week.tot, dt.timedelta(weeks=weken))
    return attrs.evolve(
        wettelijk,
        naam=f"{wettelijk.naam} (OCW-tijdpad: vanaf einde aanmeldweek)",
        begin=plus(week.tot, dt.timedelta(days=1)),
        nominaal_einde=einde,
        einde=einde,
        wettelijk_einde=wettelijk.einde,
        beleid="beslistermijn vo vanaf einde centrale aanmeldweek (OQ A2)",
        atw_toegepast=False,
        grondslag=(*wettelijk.grondslag, *week.grondslag),
        uitleg=f"Volgens het OCW-tijdpad: {weken} weken na het einde van de centrale "
        f"aanmeldweek ({dagnaam(week.tot)}), dus uiterlijk {dagnaam(einde)}. Wettelijk: "
        f"{dagnaam(wettelijk.einde)} ({wettelijk.uitleg})",
    )


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """De mijlpalen van de overstap die in het schooljaar van de leerling nog komen, en met
    ``Beleid.vo_beslistermijn_vanaf_aanmeldweek`` het einde volgens OCW van een beslistermijn
    in het vo.

    Een mijlpaal staat erbij zolang zijn stap niet in het dossier staat: het voorlopig advies,
    de toets en de uitslag, het definitief advies, de aanmeldweek zolang er geen aanmelding in
    het vo is. Datums die voor het jaar niet zijn nagekeken, ontbreken hier en worden genoemd
    door :func:`aandachtspunten`.

    Grondslag:
        WPO (Wet doorstroomtoetsen po), PV-01 en PV-04; elke mijlpaal noemt zijn bron.
    """
    jaar = schooljaar(op)
    kal = kalender_of_none(jaar) if jaar in overstapjaren(dossier) else None
    if kal is not None:
        in_jaar = [a for a in dossier.schooladviezen if schooljaar(a.gegeven_op) == jaar]
        soorten = {a.soort for a in in_jaar}
        getoetst = any(schooljaar(t.ontvangen_op) == jaar for t in dossier.doorstroomtoetsen)
        aangemeld = any(schooljaar(a.ontvangen_op) == jaar for a in vo_aanmeldingen(dossier))
        open_ = {
            "voorlopig schooladvies": Adviessoort.VOORLOPIG not in soorten,
            "doorstroomtoets": not getoetst,
            "eindtoets": not getoetst,
            "toetsuitslag": not getoetst,
            "definitief schooladvies": Adviessoort.DEFINITIEF not in soorten,
            "schooladvies": Adviessoort.DEFINITIEF not in soorten,
            "centrale aanmeldweek": not aangemeld,
        }
        for m in kal.momenten:
            if open_.get(m.naam, False):
                yield _mijlpaal(
                    jaar, m, f"Nog niet in het dossier: {m.naam}, uiterlijk {dagnaam(m.tot)}."
                )
    if beleid.vo_beslistermijn_vanaf_aanmeldweek:
        for a in dossier.aanmeldingen:
            if (
                a.besluit is None
                and a.school.soort.sector is Sector.VO
                and loopt(a, dossier, op, beleid)
            ):
                t = vo_beslistermijn(a, kalender=kalender, beleid=beleid)
                if t.beleid is not None:
                    yield t
