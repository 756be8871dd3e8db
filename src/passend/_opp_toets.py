"""De toetsen van een OPP (rules.md OPP-02 … OPP-06, OVR-01): op tijd, volledig, afgestemd met
de ouders, elk schooljaar geëvalueerd, de leerling gehoord, en de symbiose vastgelegd.

Het OPP-record, wanneer een OPP verplicht is en de termijnen die ervoor lopen staan in
:mod:`passend._opp`; :mod:`passend._toets` voegt deze toetsen samen met die van de andere
procedures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from passend._beleid import Beleid, OppTermijnVanaf
from passend._bronnen import (
    BESLUIT_OPP_INHOUD,
    WEC_24,
    WEC_41A,
    WEC_41A_INSTEMMING,
    WET_POSITIE_OUDERS_LEERLINGEN,
    WPO_15,
    WPO_40A,
    WPO_40A_INSTEMMING,
    WVO_2_44,
    WVO_SYMBIOSE,
    voor_wetten,
)
from passend._fouten import NietBekend
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender
from passend._leeftijd import leeftijd
from passend._opp import (
    ATW_GROOTSTE_VERSCHUIVING,
    ATW_MARGE,
    Instemmer,
    Opp,
    huidig_opp,
    later_ontstaan,
    opp_start,
    opp_vereist,
)
from passend._partijen import Leerling, School, Schoolsoort
from passend._waarden import plus

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = ["GEBREKSOORTEN", "aandachtspunten", "gebreken"]

#: Instemming met het handelingsdeel is verplicht voor OPP's die vanaf deze dag zijn
#: vastgesteld (OPP-04).
INSTEMMING_VANAF: Final = dt.date(2017, 8, 1)
#: Hoorrecht van de leerling bij het opstellen, bijstellen en evalueren van het OPP vanaf deze
#: dag (OPP-06, OQ 9).
HOORRECHT_VANAF: Final = dt.date(2025, 8, 1)
#: OVR-01: ten hoogste 60 % van het programma mag op de andere school worden gevolgd.
SYMBIOSE_MAXIMUM_PROCENT: Final = 60

_P = GpoReden.PROCEDURE_NIET_GEVOLGD
_INHOUD = (WPO_40A, WEC_41A, WVO_2_44, BESLUIT_OPP_INHOUD)
_INSTEMMING = (WPO_40A_INSTEMMING, WEC_41A_INSTEMMING, WVO_2_44)

#: Elke code die deze module meldt, met de artikelen en de GPO-categorie (juridische analyse van
#: KBA Nijmegen voor de Geschillencommissie passend onderwijs, 2024).
GEBREKSOORTEN: Final[dict[GebrekCode, Gebreksoort]] = {
    GebrekCode.OPP_TE_LAAT: Gebreksoort(
        omschrijving="Het OPP is niet binnen zes weken na de inschrijving vastgesteld (of, "
        "volgens beleid, na de start van de extra ondersteuning).",
        grondslag=(WPO_40A.met_lid("1"), WEC_41A, WVO_2_44),
        gpo_reden=GpoReden.OPP_ONTBREEKT_OF_TE_LAAT,
    ),
    GebrekCode.OPP_UITSTROOMBESTEMMING_ONTBREEKT: Gebreksoort(
        omschrijving="Het OPP noemt geen te verwachten uitstroombestemming.",
        grondslag=_INHOUD,
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_ONDERBOUWING_ONTBREEKT: Gebreksoort(
        omschrijving="De onderbouwing mist de belemmerende of de bevorderende factoren.",
        grondslag=_INHOUD,
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_HANDELINGSDEEL_ONTBREEKT: Gebreksoort(
        omschrijving="Het OPP heeft geen handelingsdeel met de ondersteuning en begeleiding.",
        grondslag=_INHOUD,
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_GEEN_OOGO: Gebreksoort(
        omschrijving="Het OPP is vastgesteld zonder voorafgaand op overeenstemming gericht "
        "overleg (OOGO) met de ouders.",
        grondslag=(WPO_40A, WEC_41A, WVO_2_44),
        gpo_reden=GpoReden.OUDERS_NIET_TIJDIG_BETROKKEN,
    ),
    GebrekCode.OPP_GEEN_INSTEMMING: Gebreksoort(
        omschrijving="Het handelingsdeel heeft geen instemming van de ouders (of de "
        "meerderjarige, handelingsbekwame vso-leerling); verplicht sinds 2017-08-01.",
        grondslag=_INSTEMMING,
        gpo_reden=_P,
    ),
    GebrekCode.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD: Gebreksoort(
        omschrijving="De leerling stemde zelf in, maar is geen meerderjarige vso-leerling.",
        grondslag=_INSTEMMING,
        gpo_reden=_P,
    ),
    GebrekCode.OPP_NIET_GEEVALUEERD: Gebreksoort(
        omschrijving="Het OPP is een heel schooljaar niet geëvalueerd.",
        grondslag=(WPO_40A, WEC_41A, WVO_2_44),
        gpo_reden=_P,
    ),
    GebrekCode.OPP_LEERLING_NIET_GEHOORD: Gebreksoort(
        omschrijving="De leerling is niet gehoord bij het opstellen, aanpassen of evalueren van "
        "het OPP (hoorrecht, sinds 2025-08-01).",
        grondslag=(WET_POSITIE_OUDERS_LEERLINGEN, WPO_40A, WEC_41A, WVO_2_44),
        gpo_reden=_P,
    ),
    GebrekCode.OPP_SYMBIOSE_ONVOLLEDIG: Gebreksoort(
        omschrijving="Het OPP mist bij symbiose de duur, de inhoud, de omvang of de "
        "ondertekening door beide bevoegde gezagen.",
        grondslag=(WPO_15, WEC_24, WVO_SYMBIOSE),
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_SYMBIOSE_TE_OMVANGRIJK: Gebreksoort(
        omschrijving="Meer dan 60 % van het programma wordt op de andere school gevolgd.",
        grondslag=(WPO_15, WEC_24, WVO_SYMBIOSE),
        gpo_reden=_P,
    ),
}


def _gebrek(code: GebrekCode, uitleg: str, school: School) -> Gebrek:
    """A defect citing only the sector law of ``school`` (the catalogue cites all three)."""
    soort = GEBREKSOORTEN[code]
    return Gebrek(
        code=code,
        grondslag=voor_wetten(soort.grondslag, frozenset({school.soort.wet})),
        uitleg=uitleg,
        gpo_reden=soort.gpo_reden,
    )


def _te_laat(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    start = opp_start(dossier, op, beleid)
    if start is None:
        return
    vastgesteld = sorted(o.vastgesteld_op for o in dossier.opps if o.school == start.school)
    # In time by the nominal end, or still before it: no calendar needed (so an old dossier
    # does not need the Atw days of its year).
    eerste = vastgesteld[0] if vastgesteld else op
    # The statute is the norm: a policy that counts from the start of the support does not
    # excuse an OPP late by the six weeks after the inschrijving (the uitleg names it).
    nominaal = start.wettelijk_nominaal_einde
    if eerste <= nominaal:
        return
    try:
        termijn = start.termijn(kalender, beleid)
        einde, uitleg = termijn.wettelijk_einde, termijn.uitleg
        if termijn.beleid is not None and eerste <= termijn.einde:
            uitleg += (
                f" Volgens beleid '{termijn.beleid}' liep de termijn tot "
                f"{termijn.einde.isoformat()}; wettelijk is het OPP te laat."
            )
    except NietBekend:
        # Past the margin it is late unless that year's KB days made a longer run of days off
        # than any year with a known list (ATW_MARGE, tested).
        if eerste <= plus(nominaal, ATW_MARGE):
            raise
        einde = nominaal
        uitleg = (
            "Het einde is zonder de Algemene termijnenwet berekend: de bij Koninklijk Besluit "
            f"gelijkgestelde dagen van {einde.year} zijn niet bekend. {eerste.isoformat()} ligt "
            f"{(eerste - einde).days} dagen na dat einde; in de jaren waarvan die dagen wel "
            "bekend zijn, verschuift de Algemene termijnenwet een einde hooguit "
            f"{ATW_GROOTSTE_VERSCHUIVING} dagen."
        )
    if eerste <= einde:
        return
    school, uiterlijk = start.school.naam, f"Dat moest uiterlijk op {einde.isoformat()}"
    if vastgesteld:
        tekst = f"{school} stelde het OPP vast op {eerste.isoformat()}. {uiterlijk}."
    else:
        tekst = f"{school} heeft op {op.isoformat()} nog geen OPP vastgesteld. {uiterlijk}."
    yield _gebrek(GebrekCode.OPP_TE_LAAT, f"{tekst} {uitleg}", start.school)


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Twee punten om zelf te beoordelen (OPP-01, OPP-02).

    Een behoefte waarop het dossier wijst maar die het niet bevestigt
    (:class:`~passend.OppVereist` met ``zeker=False``): stel haar vast, lees haar nooit als
    "geen OPP nodig". En, onder de wettelijke standaard, een OPP dat nodig is voor een behoefte
    die meer dan zes weken na de inschrijving bleek: de wet noemt alleen de inschrijving
    (OQ 8), dus passend stelt geen uiterste datum.

    Grondslag:
        WPO art. 40a lid 1, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01, OPP-02, rules.md OQ 8).
    """
    oordeel = opp_vereist(dossier, op)
    if not oordeel.zeker and oordeel.school is not None:
        yield Aandachtspunt(
            onderwerp="OPP: ondersteuningsbehoefte niet vastgesteld",
            uitleg=f"{oordeel.uitleg} Stel vast of de leerling extra ondersteuning nodig heeft; "
            f"is dat zo, dan stelt {oordeel.school.naam} een OPP vast.",
            grondslag=oordeel.grondslag,
            gpo_reden=GpoReden.ONDERZOEK_ONVOLDOENDE,
        )
    later = later_ontstaan(dossier, op)
    if beleid.opp_termijn_vanaf is not OppTermijnVanaf.INSCHRIJVING or later is None:
        return
    inschrijving, blijk = later
    school = inschrijving.school
    if any(o.school == school for o in dossier.opps):
        return
    soort = GEBREKSOORTEN[GebrekCode.OPP_TE_LAAT]
    yield Aandachtspunt(
        onderwerp="OPP nodig, geen wettelijke termijn",
        uitleg=f"De leerling staat sinds {inschrijving.ingeschreven_op.isoformat()} ingeschreven "
        f"op {school.naam}. Sinds {blijk.sinds.isoformat()} blijkt daar een behoefte aan extra "
        f"ondersteuning, uit {blijk.tekst}. Dan is een OPP nodig. De wet zegt: uiterlijk zes "
        "weken na de inschrijving. Voor een behoefte die later ontstond, noemt de wet geen "
        "termijn (open vraag 8); passend rekent daarom geen einde uit. Stel het OPP zo spoedig "
        "mogelijk vast. Telt in uw regio zes weken na de start van de extra ondersteuning, kies "
        "dan Beleid(opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING).",
        grondslag=voor_wetten(soort.grondslag, frozenset({school.soort.wet})),
        gpo_reden=soort.gpo_reden,
    )


def _inhoud(opp: Opp) -> Iterator[Gebrek]:
    """OPP-03: uitstroombestemming, onderbouwing and handelingsdeel."""
    van = f"Het OPP van {opp.vastgesteld_op.isoformat()}"
    if not opp.uitstroombestemming.strip():
        yield _gebrek(
            GebrekCode.OPP_UITSTROOMBESTEMMING_ONTBREEKT,
            f"{van} noemt geen uitstroombestemming.",
            opp.school,
        )
    ontbrekend = [
        naam
        for naam, factoren in (
            ("belemmerende", opp.belemmerende_factoren),
            ("bevorderende", opp.bevorderende_factoren),
        )
        if not any(f.strip() for f in factoren)
    ]
    if ontbrekend:
        yield _gebrek(
            GebrekCode.OPP_ONDERBOUWING_ONTBREEKT,
            f"{van} noemt geen {' en geen '.join(ontbrekend)} factoren.",
            opp.school,
        )
    if opp.handelingsdeel is None or not opp.handelingsdeel.ondersteuning.strip():
        yield _gebrek(
            GebrekCode.OPP_HANDELINGSDEEL_ONTBREEKT,
            f"{van} heeft geen handelingsdeel met de ondersteuning die de school biedt.",
            opp.school,
        )


def _ouders_en_leerling(opp: Opp, leerling: Leerling) -> Iterator[Gebrek]:
    """OPP-04: OOGO and instemming; who may agree."""
    van = f"Het OPP van {opp.vastgesteld_op.isoformat()}"
    if opp.oogo_op is None or opp.oogo_op > opp.vastgesteld_op:
        yield _gebrek(
            GebrekCode.OPP_GEEN_OOGO,
            f"{van} is vastgesteld zonder dat het dossier een OOGO met de ouders op of vóór die "
            "dag laat zien.",
            opp.school,
        )
    if (
        opp.handelingsdeel is not None
        and opp.vastgesteld_op >= INSTEMMING_VANAF
        and opp.instemming_op is None
    ):
        yield _gebrek(
            GebrekCode.OPP_GEEN_INSTEMMING,
            f"{van} heeft een handelingsdeel zonder instemming van de "
            f"{opp.instemming_door.value}. Sinds 2017-08-01 is die instemming nodig; zonder "
            "instemming is het handelingsdeel niet vastgesteld (de school biedt de "
            "ondersteuning wel).",
            opp.school,
        )
    if opp.instemming_door is Instemmer.MEERDERJARIGE_LEERLING:
        dag = opp.instemming_op or opp.vastgesteld_op
        jaren = leeftijd(leerling, dag)
        if opp.school.soort is not Schoolsoort.VSO or jaren < 18:
            yield _gebrek(
                GebrekCode.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD,
                f"De leerling stemde zelf in op {dag.isoformat()}, maar was toen {jaren} jaar "
                f"op een school voor {opp.school.soort.name}. Alleen een meerderjarige, "
                "handelingsbekwame vso-leerling stemt zelf in; anders de ouders.",
                opp.school,
            )


def _hoorrecht(opp: Opp) -> Iterator[Gebrek]:
    """OPP-06: from 2025-08-01 the pupil is heard on drawing up, adjusting and evaluating."""
    momenten = [("opgesteld", opp.vastgesteld_op)]
    momenten += [("aangepast", d) for d in opp.aanpassingen]
    momenten += [("geëvalueerd", d) for d in opp.evaluaties]
    for wat, dag in sorted(momenten, key=lambda m: m[1]):
        if dag < HOORRECHT_VANAF:
            continue
        if wat == "opgesteld":
            gehoord = opp.leerling_gehoord_op is not None and opp.leerling_gehoord_op <= dag
        else:
            gehoord = dag in opp.leerling_gehoord_bij
        if not gehoord:
            yield _gebrek(
                GebrekCode.OPP_LEERLING_NIET_GEHOORD,
                f"Het OPP is op {dag.isoformat()} {wat} zonder dat het dossier laat zien dat "
                "de leerling zijn of haar mening kon geven (hoorrecht sinds 2025-08-01).",
                opp.school,
            )


def _symbiose(opp: Opp) -> Iterator[Gebrek]:
    """OVR-01: duration, content, volume and both signatures; at most 60 %."""
    s = opp.symbiose
    if s is None:
        return
    ontbrekend = [
        naam
        for naam, mist in (
            ("de einddatum (duur)", s.einde is None),
            ("de inhoud", not s.inhoud.strip()),
            ("de omvang", s.omvang_procent is None),
            ("de ondertekening door beide bevoegde gezagen", s.ondertekend_op is None),
        )
        if mist
    ]
    if ontbrekend:
        yield _gebrek(
            GebrekCode.OPP_SYMBIOSE_ONVOLLEDIG,
            f"De symbiose met {s.andere_school.naam} in het OPP mist: {', '.join(ontbrekend)}.",
            opp.school,
        )
    if s.omvang_procent is not None and s.omvang_procent > SYMBIOSE_MAXIMUM_PROCENT:
        yield _gebrek(
            GebrekCode.OPP_SYMBIOSE_TE_OMVANGRIJK,
            f"De leerling volgt {s.omvang_procent} % van het programma op "
            f"{s.andere_school.naam}; ten hoogste {SYMBIOSE_MAXIMUM_PROCENT} % mag.",
            opp.school,
        )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De gebreken van de OPP's in ``dossier`` (zoals het er op ``op`` bij lag).

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01 … OPP-05); Besluit bekostiging
        WPO (2014) art. 34.7 (contents, OPP-03); Wet versterking positie ouders en leerlingen
        (hoorrecht, OPP-06); WPO art. 15, WEC art. 24 (symbiose, OVR-01).
    """
    yield from _te_laat(dossier, op, kalender, beleid)
    for opp in sorted(dossier.opps, key=lambda o: (o.vastgesteld_op, o.school.brin)):
        yield from _inhoud(opp)
        yield from _ouders_en_leerling(opp, dossier.leerling)
        yield from _hoorrecht(opp)
        yield from _symbiose(opp)
    huidig = huidig_opp(dossier, op)
    if huidig is not None and op > huidig.volgende_evaluatie_uiterlijk():
        laatste = max((huidig.vastgesteld_op, *huidig.evaluaties))
        yield _gebrek(
            GebrekCode.OPP_NIET_GEEVALUEERD,
            f"Het OPP van {huidig.school.naam} is sinds {laatste.isoformat()} niet geëvalueerd; "
            f"dat moest uiterlijk op {huidig.volgende_evaluatie_uiterlijk().isoformat()} "
            "(ten minste eens per schooljaar).",
            huidig.school,
        )
