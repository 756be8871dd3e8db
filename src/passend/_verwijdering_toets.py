"""De toetsen van een verwijdering: :func:`gebreken` en :func:`aandachtspunten` van deze module
zijn haar bijdrage aan ``passend.toets`` en ``passend.aandachtspunten`` (rules.md VER-01 …
VER-04, VER-07).

De stappen vóór het besluit (horen, overleg met de Inspectie, een andere school die bereid is
toe te laten) worden beoordeeld naar :attr:`Verwijdering.beslisdag`: het besluit, of de eerste
dag waarop een leerling zonder besluit buiten school werd gehouden. Zolang er alleen een
voornemen is, zijn het nog geen gebreken maar herinneringen, gedateerd naar
``besluit_gepland_op`` als de school die dag noemde (VER-07).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid
from passend._bronnen import (
    AWB_3_46,
    AWB_4_8,
    GPO_FEITELIJKE_VERWIJDERING,
    INRICHTINGSBESLUIT_WVO_14,
    LPW_3,
    LPW_EINDE,
    MELDING_VERWIJDERING_PO_SO,
    UITVOERINGSBESLUIT_WVO_VERWIJDERING,
    WEC_40_MEERDERJARIGE,
    WEC_40_VERWIJDEREN,
    WEC_61,
    WEC_61_HOREN,
    WPO_40_VERWIJDEREN,
    WPO_63_HOREN,
    WPO_63_MOTIVERING,
    WVO_8_15_HOREN,
    WVO_8_15_INSPECTIE,
    WVO_8_15_MOTIVERING,
    WVO_8_15_OUDERS_HOREN,
    WVO_8_15_VERWIJDEREN,
    Bron,
)
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import leeftijd
from passend._partijen import Bestuurssoort
from passend._verwijdering import Gehoorde, Verwijdering, andere_school_ontbreekt

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = ["GEBREKSOORTEN", "aandachtspunten", "gebreken"]

_PO_WEC = ("WPO", "WEC")
#: Op deze dag maakte het Inrichtingsbesluit WVO plaats voor de WVO 2020 (rules.md caveat 3).
WVO_2020_VANAF = dt.date(2021, 8, 1)
#: Vanaf deze dag regelt WVO 2020 art. 8.15 lid 3 het horen van de VO-leerling (Stb. 2024, 109).
WVO_8_15_HOREN_VANAF = dt.date(2024, 8, 1)

_NIET_VERWIJDEREN = {
    "WPO": WPO_40_VERWIJDEREN,
    "WEC": WEC_40_VERWIJDEREN,
    "WVO 2020": WVO_8_15_VERWIJDEREN,
}
_MOTIVERING_BIJZONDER = {
    "WPO": WPO_63_MOTIVERING,
    "WEC": attrs.evolve(WEC_61, regel="BES-04"),
    # KBA Nijmegen analysis: WVO 2020 art. 8.15 asks a "deugdelijke motivering" (VER-03).
    "WVO 2020": WVO_8_15_MOTIVERING,
}
#: Hearing the parents at a bijzondere school (VER-03); an openbare school: Awb 4:8.
_OUDERS_HOREN_BIJZONDER = {
    "WPO": WPO_63_HOREN,
    "WEC": WEC_61_HOREN,
    "WVO 2020": WVO_8_15_OUDERS_HOREN,
}
_LEERLING_HOREN_VO = (
    INRICHTINGSBESLUIT_WVO_14,
    UITVOERINGSBESLUIT_WVO_VERWIJDERING,
    WVO_8_15_HOREN,
)


def _leerling_horen_vo(dag: dt.date) -> Bron:
    """Where the rule to hear the VO pupil stood on ``dag`` (VER-03 as corrected): it applies
    in every year, only its place changed."""
    if dag < WVO_2020_VANAF:
        return INRICHTINGSBESLUIT_WVO_14
    if dag < WVO_8_15_HOREN_VANAF:
        return UITVOERINGSBESLUIT_WVO_VERWIJDERING
    return WVO_8_15_HOREN


_C = GebrekCode
_P = GpoReden
GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD: Gebreksoort(
        omschrijving="PO en (V)SO: de groepsleraar is vóór het verwijderingsbesluit niet gehoord.",
        grondslag=(WPO_40_VERWIJDEREN, WEC_40_VERWIJDEREN),
        gpo_reden=_P.LEERKRACHT_NIET_GEHOORD,
    ),
    _C.VERWIJDERING_OUDERS_NIET_GEHOORD: Gebreksoort(
        omschrijving="De ouders zijn vóór het verwijderingsbesluit niet gehoord (in het vo als "
        "de leerling jonger is dan 18 jaar; een meerderjarige (v)so-leerling: zie "
        "verwijdering_leerling_niet_gehoord).",
        grondslag=(
            WPO_40_VERWIJDEREN,
            WEC_40_VERWIJDEREN,
            *_OUDERS_HOREN_BIJZONDER.values(),
            AWB_4_8,
        ),
        gpo_reden=_P.OUDERS_NIET_GEHOORD,
    ),
    _C.VERWIJDERING_LEERLING_NIET_GEHOORD: Gebreksoort(
        omschrijving="De leerling is vóór het verwijderingsbesluit niet gehoord: in het vo bij "
        "elk besluit (tot 2021 Inrichtingsbesluit WVO, daarna WVO 2020, sinds 2024 art. 8.15); "
        "in het (v)so de meerderjarige leerling, in plaats van de ouders.",
        grondslag=(*_LEERLING_HOREN_VO, WEC_40_MEERDERJARIGE),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD: Gebreksoort(
        omschrijving="Vo, leerplichtige leerling (vastgelegd of af te leiden uit de "
        "geboortedatum): vóór het definitieve besluit is niet met de Inspectie overlegd.",
        grondslag=(WVO_8_15_INSPECTIE, LPW_3, LPW_EINDE),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD: Gebreksoort(
        omschrijving="Vo: de Inspectie is niet schriftelijk over de definitieve verwijdering "
        "geïnformeerd.",
        grondslag=(WVO_8_15_INSPECTIE,),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_ZONDER_ANDERE_SCHOOL: Gebreksoort(
        omschrijving="Verwijderd zonder dat vóór het besluit een andere school bereid was de "
        "leerling toe te laten; bij een S(B)O-, (V)SO- of PrO-school: met een passende TLV. In "
        "het vo geldt dit voor een leerplichtige leerling.",
        grondslag=(WPO_40_VERWIJDEREN, WEC_40_VERWIJDEREN, WVO_8_15_VERWIJDEREN),
        gpo_reden=_P.TE_WEINIG_INSPANNING,
    ),
    _C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: Gebreksoort(
        omschrijving="Het verwijderingsbesluit is niet schriftelijk en met redenen omkleed "
        "bekendgemaakt (niet vastgelegd is een aandachtspunt, geen gebrek).",
        grondslag=(*_MOTIVERING_BIJZONDER.values(), AWB_3_46),
        gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
    ),
    _C.VERWIJDERING_ZONDER_BESLUIT: Gebreksoort(
        omschrijving="De leerling wordt buiten de school gehouden zonder verwijderingsbesluit "
        "(feitelijke verwijdering); de Geschillencommissie beoordeelt dat als een verwijdering.",
        grondslag=(
            WPO_40_VERWIJDEREN,
            WEC_40_VERWIJDEREN,
            WVO_8_15_VERWIJDEREN,
            GPO_FEITELIJKE_VERWIJDERING,
        ),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_VOORNEMEN_NIET_GEMOTIVEERD: Gebreksoort(
        omschrijving="Het voornemen tot verwijdering is meegedeeld zonder de redenen, zodat het "
        "horen er niet over kon gaan.",
        grondslag=(
            WPO_40_VERWIJDEREN,
            WEC_40_VERWIJDEREN,
            WVO_8_15_VERWIJDEREN,
            AWB_4_8,
            GPO_FEITELIJKE_VERWIJDERING,
        ),
        gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
    ),
}
#: What a reminder asks to do, per step due before the decision.
_TAKEN = {
    _C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD: "groepsleraar horen",
    _C.VERWIJDERING_OUDERS_NIET_GEHOORD: "ouders horen",
    _C.VERWIJDERING_LEERLING_NIET_GEHOORD: "leerling horen",
    _C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD: "overleg met de Inspectie",
    _C.VERWIJDERING_ZONDER_ANDERE_SCHOOL: "andere school die de leerling wil toelaten",
}


def _gebrek(code: GebrekCode, uitleg: str, *grondslag: Bron) -> Gebrek:
    return Gebrek(
        code=code, grondslag=grondslag, uitleg=uitleg, gpo_reden=GEBREKSOORTEN[code].gpo_reden
    )


def _bijzonder(v: Verwijdering) -> bool:
    return v.school.bestuur.soort is Bestuurssoort.BIJZONDER


def _wanneer(v: Verwijdering) -> str:
    """By when a step before the decision is due, as words for an explanation."""
    if v.besluit_op is not None:
        return f"vóór het besluit van {dagnaam(v.besluit_op)}"
    if v.feitelijk_sinds is not None:
        return f"vóór de leerling op {dagnaam(v.feitelijk_sinds)} buiten de school werd gehouden"
    if v.besluit_gepland_op is not None:
        return (
            f"(nog te doen vóór het besluit, dat de school op {dagnaam(v.besluit_gepland_op)} "
            "wil nemen)"
        )
    return "(nog te doen vóór het besluit; de beoogde datum is niet vastgelegd)"


def _gehoord(v: Verwijdering, wie: Gehoorde) -> bool:
    dag = v.beslisdag
    return any(g.wie is wie and (dag is None or g.op <= dag) for g in v.gehoord)


def leerplicht(v: Verwijdering, dag: dt.date) -> tuple[bool | None, str]:
    """Of de leerling op ``dag`` onder de Leerplichtwet valt, en waar dat is gelezen.

    Een vastgelegd ``leerplichtig`` wordt gebruikt zoals het is (bijvoorbeeld bij een
    vrijstelling). Anders beslist de geboortedatum waar dat kan: de leerplicht loopt ten minste
    tot de zestiende verjaardag (twaalf volledige schooljaren eindigen niet eerder), en vanaf 18
    gelden leerplicht noch kwalificatieplicht. Bij 16 en 17 hangt het af van de schooljaren en
    de kwalificatieplicht, dus is het antwoord ``None`` (onbekend).

    Grondslag:
        Leerplichtwet 1969 art. 3 (begin), art. 4 en 4a (einde; artikelnummers niet
        geverifieerd, inhoud geverifieerd via secundaire bronnen), VER-01.
    """
    if v.leerplichtig is not None:
        return v.leerplichtig, "zo staat het in het dossier"
    jaren = leeftijd(v.leerling, dag)
    afgeleid = (
        f"afgeleid uit de geboortedatum ({dagnaam(v.leerling.geboortedatum)}): de leerling is "
        f"op {dagnaam(dag)} {jaren} jaar"
    )
    if jaren < 16:
        return True, f"{afgeleid}, en de leerplicht loopt in elk geval tot de zestiende verjaardag"
    if jaren >= 18:
        return False, f"{afgeleid}; vanaf 18 jaar geldt geen leerplicht of kwalificatieplicht"
    return None, afgeleid


def _leerplicht_bronnen(v: Verwijdering) -> tuple[Bron, ...]:
    return () if v.leerplichtig is not None else (LPW_3, LPW_EINDE)


def _horen(v: Verwijdering, op: dt.date) -> Iterator[Gebrek]:
    """Who must be heard before the decision (VER-03).

    PO and (V)SO: the groepsleraar and the ouders; an adult (v)so pupil is heard instead of the
    parents (hearing either counts: handelingsbekwaamheid is for the school to judge). VO: the
    pupil in every year, and the ouders while the pupil is under 18. A hearing after the
    decision does not count.

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18 (the KBA Nijmegen analysis reads the hearings
        into these);
        parents: WPO art. 63 lid 2, WEC art. 61, WVO 2020 art. 8.15 (Inrichtingsbesluit WVO
        art. 14 before 2021-08-01) for bijzonder and Awb art. 4:8 for openbaar onderwijs
        (rules.md OQ 5); VO pupil: Inrichtingsbesluit WVO art. 14, WVO 2020 and its
        Uitvoeringsbesluit, from 2024-08-01 WVO 2020 art. 8.15 lid 3 (VER-03 as corrected).
    """
    wet = v.school.soort.wet
    peil = v.beslisdag or op
    volwassen = leeftijd(v.leerling, peil) >= 18
    ouders_bron = _OUDERS_HOREN_BIJZONDER[wet]
    if wet == "WVO 2020" and peil < WVO_2020_VANAF:
        ouders_bron = INRICHTINGSBESLUIT_WVO_14
    ouders: tuple[Bron, ...] = (ouders_bron if _bijzonder(v) else AWB_4_8,)
    if wet in _PO_WEC:
        if not _gehoord(v, Gehoorde.LEERKRACHT):
            yield _gebrek(
                _C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD,
                f"De groepsleraar van de leerling is niet gehoord {_wanneer(v)}. De wet vraagt "
                "dat het bevoegd gezag de groepsleraar hoort voordat het over verwijdering "
                "beslist.",
                _NIET_VERWIJDEREN[wet],
            )
        if wet == "WEC" and volwassen:
            if not (_gehoord(v, Gehoorde.LEERLING) or _gehoord(v, Gehoorde.OUDERS)):
                yield _gebrek(
                    _C.VERWIJDERING_LEERLING_NIET_GEHOORD,
                    f"De leerling is meerderjarig en niet gehoord {_wanneer(v)}, en de ouders "
                    "ook niet. Een meerderjarige, handelingsbekwame leerling wordt zelf gehoord, "
                    "in plaats van de ouders; is de leerling niet handelingsbekwaam, dan worden "
                    "de ouders gehoord.",
                    WEC_40_MEERDERJARIGE,
                )
            return
        ouders = (_NIET_VERWIJDEREN[wet], *ouders)
    else:
        if not _gehoord(v, Gehoorde.LEERLING):
            bron = _leerling_horen_vo(peil)
            yield _gebrek(
                _C.VERWIJDERING_LEERLING_NIET_GEHOORD,
                f"De leerling is niet gehoord {_wanneer(v)}. Een vo-school hoort de leerling "
                f"zelf voordat zij over verwijdering beslist; op die dag stond die regel in: "
                f"{bron}.",
                bron,
            )
        if volwassen:
            return  # an adult pupil speaks for himself
    if not _gehoord(v, Gehoorde.OUDERS):
        yield _gebrek(
            _C.VERWIJDERING_OUDERS_NIET_GEHOORD,
            f"De ouders zijn niet gehoord {_wanneer(v)}. Zij moeten hun kant kunnen vertellen "
            "voordat over verwijdering wordt beslist.",
            *ouders,
        )


def _inspectie_overleg(v: Verwijdering, op: dt.date) -> Iterator[Gebrek]:
    """VO, leerplichtige pupil: consult the Inspectie before the decision (VER-03).

    Grondslag:
        WVO 2020 art. 8.15 (article per the KBA Nijmegen analysis; lid not known); Leerplichtwet
        1969 where leerplicht is read from the birth date.
    """
    if v.school.soort.wet in _PO_WEC:
        return
    dag = v.beslisdag
    leerplichtig, waar = leerplicht(v, dag or op)
    overleg = v.inspectie_overleg_op
    if leerplichtig and (overleg is None or (dag is not None and overleg > dag)):
        yield _gebrek(
            _C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD,
            f"Er is niet met de Inspectie overlegd {_wanneer(v)}. De leerling is leerplichtig "
            f"({waar}); dan overlegt de school met de Inspectie hoe de leerling onderwijs kan "
            "blijven volgen.",
            WVO_8_15_INSPECTIE,
            *_leerplicht_bronnen(v),
        )


def _andere_school(v: Verwijdering, dossier: Dossier, op: dt.date) -> Iterator[Gebrek]:
    """Not final before another school is willing to admit (VER-01).

    In VO this holds for a leerplichtige pupil: recorded, or read from the birth date
    (:func:`leerplicht`); an unknown leerplicht is reported by :func:`aandachtspunten`.

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 lid 2 (lid numbers per a
        source document, unverified); Leerplichtwet 1969 where leerplicht is read from the birth
        date.
    """
    wet = v.school.soort.wet
    dag = v.beslisdag
    leerplichtig, waar = leerplicht(v, dag or op)
    if wet not in _PO_WEC and not leerplichtig:
        return
    moment = "het besluit" if v.besluit_op is not None else "de feitelijke verwijdering"
    reden = andere_school_ontbreekt(
        v.andere_school, v.andere_school_bereid_op, dag, dossier.tlvs, moment=moment
    )
    if reden is None:
        return
    uitleg = (
        f"De verwijdering is pas definitief als een andere school bereid is de leerling toe "
        f"te laten; {reden}. De school houdt de regie bij het zoeken."
    )
    if dag is None:
        uitleg += f" Dat moet {_wanneer(v)}."
    if wet in _PO_WEC:
        yield _gebrek(_C.VERWIJDERING_ZONDER_ANDERE_SCHOOL, uitleg, _NIET_VERWIJDEREN[wet])
    else:
        yield _gebrek(
            _C.VERWIJDERING_ZONDER_ANDERE_SCHOOL,
            f"{uitleg} In het vo geldt dit voor een leerplichtige leerling, en deze leerling is "
            f"leerplichtig ({waar}).",
            _NIET_VERWIJDEREN[wet],
            *_leerplicht_bronnen(v),
        )


def _voor_het_besluit(v: Verwijdering, dossier: Dossier, op: dt.date) -> Iterator[Gebrek]:
    """The steps due before the decision that are missing (VER-01, VER-03)."""
    yield from _horen(v, op)
    yield from _inspectie_overleg(v, op)
    yield from _andere_school(v, dossier, op)


def _na_het_besluit(v: Verwijdering) -> Iterator[Gebrek]:
    """VO: inform the Inspectie of the decision (VER-04); the decision in writing with reasons
    (VER-03), where the dossier records that it was not.

    Grondslag:
        WVO 2020 art. 8.15 (Inspectie, article per the KBA Nijmegen analysis); motivering:
        bijzonder WPO art. 63 lid 2, WEC art. 61, WVO 2020 art. 8.15; openbaar Awb art. 3:46.
    """
    besluit = v.besluit_op
    if besluit is None:
        return
    if v.school.soort.wet not in _PO_WEC and v.inspectie_gemeld_op is None:
        yield _gebrek(
            _C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD,
            f"De Inspectie is niet schriftelijk en met redenen geïnformeerd over het "
            f"verwijderingsbesluit van {dagnaam(besluit)}.",
            WVO_8_15_INSPECTIE,
        )
    if v.gemotiveerd is False:
        yield _gebrek(
            _C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD,
            f"Het besluit van {dagnaam(besluit)} is niet schriftelijk en met redenen "
            "bekendgemaakt. Ouders (en in het vo de leerling) moeten kunnen lezen waarom.",
            _MOTIVERING_BIJZONDER[v.school.soort.wet] if _bijzonder(v) else AWB_3_46,
        )


def _voornemen_en_feitelijk(v: Verwijdering) -> Iterator[Gebrek]:
    """An intention without its reasons; a pupil kept out of school without a decision (VER-07).

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15; Awb art. 4:8 (openbaar);
        practice of the Geschillencommissie passend onderwijs (KBA Nijmegen analysis § 2.2).
    """
    sector = _NIET_VERWIJDEREN[v.school.soort.wet]
    if v.voornemen_gemotiveerd is False:
        yield _gebrek(
            _C.VERWIJDERING_VOORNEMEN_NIET_GEMOTIVEERD,
            "Het voornemen om de leerling te verwijderen is meegedeeld zonder de redenen. Het "
            "horen gaat over die redenen; zonder redenen kunnen de ouders (en in het vo de "
            "leerling) er niet op reageren.",
            sector,
            *(() if _bijzonder(v) else (AWB_4_8,)),
            GPO_FEITELIJKE_VERWIJDERING,
        )
    sinds = v.feitelijk_sinds
    if sinds is not None and (v.besluit_op is None or sinds < v.besluit_op):
        tot = f" tot het besluit van {dagnaam(v.besluit_op)}" if v.besluit_op else ""
        yield _gebrek(
            _C.VERWIJDERING_ZONDER_BESLUIT,
            f"De leerling wordt sinds {dagnaam(sinds)}{tot} buiten de school gehouden zonder "
            "verwijderingsbesluit. De Geschillencommissie passend onderwijs ziet dat als een "
            "verwijdering, waarvoor de hele procedure geldt: horen, een andere school, een "
            "schriftelijk en gemotiveerd besluit.",
            sector,
            GPO_FEITELIJKE_VERWIJDERING,
        )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De procedurele gebreken van elke verwijdering in het dossier (zoals het er op ``op`` bij
    lag).

    De stappen vóór het besluit zijn gebreken zodra het besluit is genomen, of zodra de
    leerling zonder besluit buiten school wordt gehouden; zolang er alleen een voornemen is,
    zijn het herinneringen (:func:`aandachtspunten`).

    Grondslag:
        WPO art. 40 lid 11, 63; WEC art. 40 lid 18, 61; WVO 2020 art. 8.15; Awb art. 3:46, 4:8;
        Leerplichtwet 1969 (VER-01 … VER-04, VER-07).
    """
    for v in dossier.verwijderingen:
        if v.beslisdag is not None:
            yield from _voor_het_besluit(v, dossier, op)
        yield from _na_het_besluit(v)
        yield from _voornemen_en_feitelijk(v)


def _leerplicht_onbekend(v: Verwijdering, dossier: Dossier, op: dt.date) -> Aandachtspunt | None:
    """VO: a pupil of 16 or 17 whose leerplicht is not recorded, with what would be missing."""
    dag = v.beslisdag or op
    leerplichtig, waar = leerplicht(v, dag)
    if v.school.soort.wet in _PO_WEC or leerplichtig is not None:
        return None
    als_wel = attrs.evolve(v, leerplichtig=True)
    ontbreekt = [
        _TAKEN[g.code]
        for g in (*_inspectie_overleg(als_wel, op), *_andere_school(als_wel, dossier, op))
    ]
    gevolg = (
        f"Is de leerling leerplichtig, dan ontbreekt nu: {' en '.join(ontbreekt)}."
        if ontbreekt
        else "Het overleg met de Inspectie en een andere school die de leerling wil toelaten "
        "zijn vastgelegd, dus voor deze stappen maakt het niet uit."
    )
    return Aandachtspunt(
        onderwerp="Leerplicht niet vastgelegd",
        uitleg=f"Of de leerling leerplichtig is, volgt niet uit het dossier: {waar}. De volledige "
        "leerplicht eindigt aan het eind van het schooljaar waarin de leerling 16 wordt (of na "
        "twaalf volledige schooljaren); daarna geldt tot 18 jaar de kwalificatieplicht. Leg vast "
        "of de leerling leerplichtig is (leerplichtig). Bij een leerplichtige leerling overlegt "
        "de school vóór het besluit met de Inspectie en verwijdert zij pas als een andere school "
        f"bereid is de leerling toe te laten. {gevolg}",
        grondslag=(WVO_8_15_VERWIJDEREN, WVO_8_15_INSPECTIE, LPW_EINDE),
    )


def _niet_vastgelegd(v: Verwijdering, op: dt.date) -> Iterator[Aandachtspunt]:
    """Facts the dossier does not record (motivering, reasons of the intention), an adult
    (v)so pupil heard only through the parents, and the PO/SO melding without a checked
    article (VER-03, VER-04, VER-07)."""
    wet = v.school.soort.wet
    sector = _NIET_VERWIJDEREN[wet]
    if v.besluit_op is not None and v.gemotiveerd is None:
        yield Aandachtspunt(
            onderwerp="Motivering van het besluit niet vastgelegd",
            uitleg=f"Het dossier zegt niet of het besluit van {dagnaam(v.besluit_op)} "
            "schriftelijk en met redenen is bekendgemaakt. Ga na of dat gebeurde en leg het vast "
            "(gemotiveerd).",
            grondslag=(_MOTIVERING_BIJZONDER[wet] if _bijzonder(v) else AWB_3_46,),
            gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
        )
    if v.voornemen_gemotiveerd is None:
        yield Aandachtspunt(
            onderwerp="Redenen van het voornemen niet vastgelegd",
            uitleg="Het dossier zegt niet of het voornemen tot verwijdering met de redenen aan de "
            "ouders (en in het vo aan de leerling) is meegedeeld. Het horen gaat over die "
            "redenen. Leg het vast (voornemen_gemotiveerd).",
            grondslag=(sector, GPO_FEITELIJKE_VERWIJDERING),
            gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
        )
    dag = v.beslisdag
    if (
        wet == "WEC"
        and leeftijd(v.leerling, dag or op) >= 18
        and _gehoord(v, Gehoorde.OUDERS)
        and not _gehoord(v, Gehoorde.LEERLING)
    ):
        yield Aandachtspunt(
            onderwerp="Meerderjarige leerling niet zelf gehoord",
            uitleg="De leerling is meerderjarig en alleen de ouders zijn gehoord. Is de leerling "
            "handelingsbekwaam, dan moest de school de leerling zelf horen, in plaats van de "
            "ouders. Ga na of de leerling handelingsbekwaam is.",
            grondslag=(WEC_40_MEERDERJARIGE,),
            gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
        )
    if v.besluit_op is not None and wet in _PO_WEC:
        yield Aandachtspunt(
            onderwerp="Melding van de verwijdering (po en (v)so)",
            uitleg="Een gemeentelijke leerplichtpagina zegt dat de school een verwijdering meldt "
            "aan de Inspectie en aan de leerplichtambtenaar. passend heeft daarvoor geen artikel "
            "in de WPO of de WEC gevonden en toetst het daarom niet. Ga na of de melding is "
            "gedaan.",
            grondslag=(MELDING_VERWIJDERING_PO_SO,),
        )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Open normen van een verwijdering die iemand moet beoordelen, feiten die niet zijn
    vastgelegd, en de stappen die vóór het besluit nog moeten gebeuren zolang er alleen een
    voornemen is.

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 (VER-01, VER-03, VER-04,
        VER-07); juridische analyse van KBA Nijmegen voor de Geschillencommissie passend
        onderwijs (2024), bijlage 2 tabel 1, voor de GPO-categorieën.
    """
    for v in dossier.verwijderingen:
        bron = _NIET_VERWIJDEREN[v.school.soort.wet]
        if v._eerste_datum() is None:
            yield Aandachtspunt(
                onderwerp="Datum voornemen tot verwijdering niet vastgelegd",
                uitleg="Het dossier zegt niet sinds wanneer de school de leerling wil "
                "verwijderen. Leg die datum vast (voorgenomen_op); zonder datum telt het "
                "voornemen op elke peildatum mee, ook op dagen waarop het er nog niet was.",
                grondslag=(bron,),
            )
        yield Aandachtspunt(
            onderwerp="Evenredigheid van de verwijdering",
            uitleg="Ga na of de reden voor verwijdering goed is onderzocht en onderbouwd, en of "
            "verwijdering in verhouding staat tot wat er is gebeurd. Dat oordeel kan deze "
            "bibliotheek niet geven.",
            grondslag=(bron,),
            gpo_reden=_P.VERWIJDERING_ONVOLDOENDE_GEMOTIVEERD,
        )
        yield Aandachtspunt(
            onderwerp="Onderzoek naar de ondersteuningsbehoefte",
            uitleg="Ga na of de ondersteuningsbehoefte van de leerling actueel is onderzocht, en "
            "door de school zelf; een verouderd onderzoek is een veelvoorkomende reden waarom de "
            "Geschillencommissie ouders gelijk geeft.",
            grondslag=(bron,),
            gpo_reden=_P.ONDERZOEK_VEROUDERD,
        )
        if v.beslisdag is None:
            # VER-07: not yet defects, reminders with the day they are due by.
            for stap in _voor_het_besluit(v, dossier, op):
                yield Aandachtspunt(
                    onderwerp=f"Nog te doen vóór het besluit: {_TAKEN[stap.code]}",
                    uitleg=stap.uitleg,
                    grondslag=stap.grondslag,
                    gpo_reden=stap.gpo_reden,
                )
        if (onbekend := _leerplicht_onbekend(v, dossier, op)) is not None:
            yield onbekend
        yield from _niet_vastgelegd(v, op)
