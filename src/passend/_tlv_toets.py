"""De toetsen van een TLV-procedure (rules.md TLV-01, TLV-02, Awb 4:8; het ondersteuningsplan
2024-2028 van SWV Zuid-Kennemerland § 6.1.3 als regionaal beleid): wie de TLV aanvroeg, de twee
deskundigen, of de ouders zijn gehoord.

Het TLV-record, de termijnen en het verantwoordelijke SWV staan in :mod:`passend._tlv`;
:mod:`passend._toets` voegt deze toetsen samen met die van de andere procedures.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Final, TypeVar

from passend._beleid import Beleid
from passend._bronnen import (
    AWB_4_8_TLV,
    BESLUIT_DESKUNDIGEN,
    LBT_COLLECTIEF_ADVIES,
    SEED_004_TLV,
    WEC_40,
    WPO_18A,
    WVO_2_47,
    voor_wetten,
)
from passend._gebreken import Gebrek, GebrekCode, Gebreksoort
from passend._kalender import Kalender
from passend._opp_behoefte import Inschrijvingen
from passend._partijen import School, Schoolbestuur, Schoolsoort, Sector
from passend._tlv import (
    BESLUITEN,
    EERSTE_DESKUNDIGEN,
    TWEEDE_DESKUNDIGEN,
    Tlv,
    TlvFormulier,
)

if TYPE_CHECKING:
    from passend._dossier import Dossier

_Sleutel = TypeVar("_Sleutel", bound=Hashable)

__all__ = ["GEBREKSOORTEN", "gebreken"]

# rules.md TLV-02 names the WPO and its Besluit; for an SWV VO the TLV article of the WVO 2020.
_DESKUNDIGEN = (WPO_18A, BESLUIT_DESKUNDIGEN, WVO_2_47)

#: Elke code die deze module meldt. TLV-geschillen gaan naar de LBT en de bestuursrechter, niet
#: naar de Geschillencommissie passend onderwijs (TLV-05), dus geen code heeft een ``gpo_reden``.
GEBREKSOORTEN: Final[dict[GebrekCode, Gebreksoort]] = {
    GebrekCode.TLV_AANVRAGER_ONBEVOEGD: Gebreksoort(
        omschrijving="De TLV is aangevraagd door een ander dan het bevoegd gezag van de school "
        "van inschrijving of, bij een eerste inschrijving, de gespecialiseerde school van "
        "aanmelding.",
        grondslag=(WPO_18A.met_lid("6"), WVO_2_47.met_lid("7"), WEC_40),
    ),
    GebrekCode.TLV_EERSTE_DESKUNDIGE_ONTBREEKT: Gebreksoort(
        omschrijving="Vóór het besluit ontbreekt een individueel, schriftelijk advies van een "
        "orthopedagoog of psycholoog.",
        grondslag=_DESKUNDIGEN,
    ),
    GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT: Gebreksoort(
        omschrijving="Vóór het besluit ontbreekt een tweede individueel, schriftelijk advies van "
        "een andere deskundige (kinder- of jeugdpsycholoog, pedagoog, kinderpsychiater, "
        "maatschappelijk werker of arts).",
        grondslag=_DESKUNDIGEN,
    ),
    GebrekCode.TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK: Gebreksoort(
        omschrijving="Een advies was niet individueel of niet schriftelijk (bijvoorbeeld een "
        "advies van een commissie) en telt daarom niet mee.",
        grondslag=(*_DESKUNDIGEN, LBT_COLLECTIEF_ADVIES),
    ),
    GebrekCode.TLV_OUDERS_NIET_GEHOORD: Gebreksoort(
        omschrijving="De ouders kregen vóór het besluit niet de gelegenheid hun zienswijze te "
        "geven.",
        grondslag=(AWB_4_8_TLV,),
    ),
    GebrekCode.TLV_FORMULIER_PAST_NIET: Gebreksoort(
        omschrijving="Het gebruikte TLV-formulier (A, B of D) past niet bij de situatie van de "
        "leerling (regionaal beleid Zuid-Kennemerland).",
        grondslag=(SEED_004_TLV,),
    ),
    GebrekCode.TLV_TWEEDE_DESKUNDIGE_NIET_ONAFHANKELIJK: Gebreksoort(
        omschrijving="De tweede deskundige is in dienst van de verwijzende of de nieuwe school "
        "(regionaal beleid Zuid-Kennemerland: niet onafhankelijk).",
        grondslag=(SEED_004_TLV,),
    ),
    GebrekCode.TLV_EENZIJDIG_ZONDER_VOORWAARDEN: Gebreksoort(
        omschrijving="Een eenzijdige TLV zonder verwijderingsbesluit, zonder aanbod van "
        "mediation of onderwijsconsulent, of zonder onafhankelijk onderzoek (regionaal beleid "
        "Zuid-Kennemerland).",
        grondslag=(SEED_004_TLV,),
    ),
}


def _wetten(tlv: Tlv) -> frozenset[str]:
    """The laws of the TLV's sector: an SWV PO issues under the WPO, an SWV VO under the WVO
    2020; the WEC (toelating to SO/VSO needs a TLV) applies to both."""
    return frozenset({"WPO" if tlv.swv.sector is Sector.PO else "WVO 2020", "WEC"})


def _gebrek(code: GebrekCode, uitleg: str, tlv: Tlv) -> Gebrek:
    soort = GEBREKSOORTEN[code]
    return Gebrek(
        code=code,
        grondslag=voor_wetten(soort.grondslag, _wetten(tlv)),
        uitleg=uitleg,
        gpo_reden=soort.gpo_reden,
    )


def _aanvrager_gebrek(index: _Index, tlv: Tlv) -> Gebrek | None:
    """TLV-01: the bestuur of the school of inschrijving, or the school of aanmelding."""
    dag = tlv.aangevraagd_op.isoformat()
    inschrijving = index.inschrijvingen.op(tlv.aangevraagd_op)
    if inschrijving is not None:
        if inschrijving.school.bestuur == tlv.aanvrager.bestuur:
            return None
        return _gebrek(
            GebrekCode.TLV_AANVRAGER_ONBEVOEGD,
            f"De leerling stond op {dag} ingeschreven op {inschrijving.school.naam}. Alleen het "
            f"bevoegd gezag van die school mag de TLV aanvragen, niet "
            f"{tlv.aanvrager.bestuur.naam}.",
            tlv,
        )
    doel = tlv.categorie.schoolsoort
    sinds = index.aangemeld_sinds.get(tlv.aanvrager)
    aangemeld = sinds is not None and sinds <= tlv.aangevraagd_op
    if tlv.aanvrager.soort is doel and aangemeld:
        return None
    return _gebrek(
        GebrekCode.TLV_AANVRAGER_ONBEVOEGD,
        f"De leerling stond op {dag} nergens ingeschreven. Dan vraagt de school voor "
        f"{doel.name} waar de leerling is aangemeld de TLV aan; {tlv.aanvrager.naam} is dat "
        "volgens het dossier niet.",
        tlv,
    )


def _advies_gebreken(tlv: Tlv, besluit_op: dt.date) -> Iterator[Gebrek]:
    """TLV-02: two individual written advices of the right professions before the decision."""
    voor_besluit = [a for a in tlv.adviezen if a.datum <= besluit_op]
    for advies in voor_besluit:
        if not advies.telt:
            yield _gebrek(
                GebrekCode.TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK,
                f"Het advies van de {advies.deskundige.value} van {advies.datum.isoformat()} is "
                "niet individueel en schriftelijk gegeven en telt niet mee.",
                tlv,
            )
    beroepen = {a.deskundige for a in voor_besluit if a.telt}
    if not beroepen & EERSTE_DESKUNDIGEN:
        yield _gebrek(
            GebrekCode.TLV_EERSTE_DESKUNDIGE_ONTBREEKT,
            "Vóór het besluit van " + besluit_op.isoformat() + " adviseerde geen "
            "orthopedagoog of psycholoog individueel en schriftelijk.",
            tlv,
        )
    if not beroepen & TWEEDE_DESKUNDIGEN:
        yield _gebrek(
            GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT,
            "Vóór het besluit van " + besluit_op.isoformat() + " adviseerde geen tweede "
            "deskundige met een andere functie (kinder- of jeugdpsycholoog, pedagoog, "
            "kinderpsychiater, maatschappelijk werker of arts).",
            tlv,
        )


def _zuid_kennemerland(index: _Index, tlv: Tlv) -> Iterator[Gebrek]:
    """Ondersteuningsplan ZK § 6.1.3: forms A, B, D, an independent second deskundige,
    eenzijdige TLV."""
    if tlv.besluit_op is not None:
        tweede = [
            a
            for a in tlv.adviezen
            if a.telt and a.deskundige in TWEEDE_DESKUNDIGEN and a.datum <= tlv.besluit_op
        ]
        if tweede and all(a.in_dienst_van_school for a in tweede):
            yield _gebrek(
                GebrekCode.TLV_TWEEDE_DESKUNDIGE_NIET_ONAFHANKELIJK,
                f"De tweede deskundige ({tweede[0].deskundige.value}) is in dienst van de "
                "verwijzende of de nieuwe school; in Zuid-Kennemerland moet die onafhankelijk "
                "zijn.",
                tlv,
            )
    inschrijving = index.inschrijvingen.op(tlv.aangevraagd_op)
    soort = None if inschrijving is None else inschrijving.school.soort
    formulier = tlv.formulier
    past = {
        TlvFormulier.A: soort is Schoolsoort.BAO,
        TlvFormulier.B: soort in (Schoolsoort.SBO, Schoolsoort.SO),
        TlvFormulier.D: not _eerder_op_school(index, tlv),
    }
    if formulier is not None and not past[formulier]:
        yield _gebrek(
            GebrekCode.TLV_FORMULIER_PAST_NIET,
            f"Formulier {formulier.value} past niet: op {tlv.aangevraagd_op.isoformat()} "
            + (
                f"stond de leerling ingeschreven op {inschrijving.school.naam} "
                f"({inschrijving.school.soort.name})"
                if inschrijving is not None
                else "stond de leerling nergens ingeschreven"
            )
            + ".",
            tlv,
        )
    if not tlv.eenzijdig:
        return
    ontbreekt = []
    besluit = index.verwijderingsbesluit_sinds.get(tlv.aanvrager.bestuur)
    if besluit is None or besluit > tlv.aangevraagd_op:
        ontbreekt.append("een verwijderingsbesluit van het aanvragende schoolbestuur")
    if not tlv.bemiddeling:
        ontbreekt.append("mediation of de onderwijsconsulenten (of de weigering daarvan)")
    if tlv.besluit_op is not None and (
        tlv.onafhankelijk_onderzoek_op is None or tlv.onafhankelijk_onderzoek_op > tlv.besluit_op
    ):
        ontbreekt.append("een onafhankelijk onderzoek vóór het besluit")
    if ontbreekt:
        yield _gebrek(
            GebrekCode.TLV_EENZIJDIG_ZONDER_VOORWAARDEN,
            "Eenzijdig aangevraagde TLV; het dossier mist: " + "; ".join(ontbreekt) + ".",
            tlv,
        )


def _eerder_op_school(index: _Index, tlv: Tlv) -> bool:
    """True when the pupil was enrolled at some school before (or on) the day of the request."""
    return index.eerste_inschrijving is not None and index.eerste_inschrijving <= tlv.aangevraagd_op


def _eerste_per(paren: Iterable[tuple[_Sleutel, dt.date]]) -> dict[_Sleutel, dt.date]:
    """The earliest day for each key."""
    eerste: dict[_Sleutel, dt.date] = {}
    for sleutel, dag in paren:
        eerste[sleutel] = min(dag, eerste.get(sleutel, dag))
    return eerste


class _Index:
    """What the TLV checks look up in the rest of the dossier, built once per question (per TLV
    through all enrolments, aanmeldingen or verwijderingen made ``toets`` quadratic). Each part
    is built when a check first reads it: most dossiers have one TLV or none."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier

    @functools.cached_property
    def inschrijvingen(self) -> Inschrijvingen:
        return Inschrijvingen(self.dossier)

    @functools.cached_property
    def eerste_inschrijving(self) -> dt.date | None:
        return min((i.ingeschreven_op for i in self.dossier.inschrijvingen), default=None)

    @functools.cached_property
    def aangemeld_sinds(self) -> dict[School, dt.date]:
        """Per school the first day an aanmelding there was received."""
        return _eerste_per((a.school, a.ontvangen_op) for a in self.dossier.aanmeldingen)

    @functools.cached_property
    def verwijderingsbesluit_sinds(self) -> dict[Schoolbestuur, dt.date]:
        """Per schoolbestuur the first day it decided to remove the pupil."""
        return _eerste_per(
            (v.school.bestuur, v.besluit_op)
            for v in self.dossier.verwijderingen
            if v.besluit_op is not None
        )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De gebreken van elke TLV-procedure in ``dossier`` (zoals het er op ``op`` bij lag).

    Grondslag:
        WPO art. 18a lid 6, WVO 2020 art. 2.47 lid 7 (wie aanvraagt, TLV-01); WPO art. 18a en
        Besluit bekostiging WPO (2014) art. 34.8 (twee deskundigen, TLV-02); Awb art. 4:8
        (ouders gehoord); ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.3 onder
        ``Beleid.tlv_formulieren_zuid_kennemerland``.
    """
    index = _Index(dossier)
    for tlv in dossier.tlvs:
        # Form D lets a mandated jeugdhulpinstelling request for a child that has not been to
        # school yet; where the form does not fit, the statutory requester rule applies.
        voorschools = (
            beleid.tlv_formulieren_zuid_kennemerland
            and tlv.formulier is TlvFormulier.D
            and not _eerder_op_school(index, tlv)
        )
        gebrek = _aanvrager_gebrek(index, tlv)
        if gebrek is not None and not voorschools:
            yield gebrek
        # Tlv guarantees a besluit_op with every uitkomst; the check narrows the type.
        besluit_op = tlv.besluit_op
        if tlv.uitkomst in BESLUITEN and besluit_op is not None:
            yield from _advies_gebreken(tlv, besluit_op)
            if tlv.ouders_gehoord_op is None or tlv.ouders_gehoord_op > besluit_op:
                yield _gebrek(
                    GebrekCode.TLV_OUDERS_NIET_GEHOORD,
                    "Het dossier laat niet zien dat de ouders vóór het besluit van "
                    f"{besluit_op.isoformat()} hun zienswijze konden geven.",
                    tlv,
                )
        if beleid.tlv_formulieren_zuid_kennemerland:
            yield from _zuid_kennemerland(index, tlv)
