"""Verwijdering, schorsing and bezwaar: the records of a removal procedure and its checks
(rules.md §6-7).

The records are facts as a school records them. The module-level functions :func:`gebreken`
and :func:`aandachtspunten` are this module's contributions to ``passend.toets`` and
``passend.aandachtspunten``; the bezwaar and its terms live in ``_bezwaar``, the schorsing in
``_schorsing``.

A de-facto exclusion (the pupil is kept at home without a verwijderingsbesluit) leaves the
zorgplicht with the school (VER-01); ``passend.zorgplicht`` judges that, not this module.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid
from passend._bezwaar import Bezwaar
from passend._bronnen import (
    AWB_3_46,
    AWB_4_8,
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
from passend._fouten import TegenstrijdigDossier
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import leeftijd
from passend._partijen import Bestuurssoort, Leerling, School, Schoolsoort
from passend._schorsing import Schorsing
from passend._tlv import TlvCategorie, TlvUitkomst
from passend._waarden import (
    als_gehoord,
    controleer_datum,
    elk_een,
    is_bool,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    is_type_of_none,
    niet_voor,
    tot_en_met,
)

if TYPE_CHECKING:
    from passend._dossier import Dossier
    from passend._tlv import Tlv

__all__ = ["Bezwaar", "Gehoord", "Gehoorde", "Schorsing", "Verwijdering"]


class Gehoorde(enum.Enum):
    """Who was heard before a decision (VER-03)."""

    OUDERS = "ouders"
    #: The groepsleraar or the teachers concerned.
    LEERKRACHT = "leerkracht"
    LEERLING = "leerling"


@attrs.frozen(kw_only=True)
class Gehoord:
    """A hearing: who was heard, and on which day."""

    wie: Gehoorde = attrs.field(validator=is_enum(Gehoorde))
    op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class Verwijdering:
    """A (proposed) removal of a pupil from a school.

    ``besluit_op`` is None while the removal is only intended. ``andere_school`` with
    ``andere_school_bereid_op``: the school that is willing to admit (VER-01).
    ``gemotiveerd``: the decision was made known in writing and with reasons.
    ``leerplichtig``: whether the pupil falls under the Leerplichtwet (VO only: decides the
    Inspectie-overleg and VER-01); None when not recorded, which ``passend.aandachtspunten``
    reports instead of guessing. ``voorgenomen_op``: the day the intention to remove was
    recorded; from then on the verwijdering is known (see :meth:`stand_op`).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    besluit_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gehoord: tuple[Gehoord, ...] = attrs.field(
        default=(), converter=als_gehoord, validator=elk_een(Gehoord)
    )
    inspectie_overleg_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    andere_school: School | None = attrs.field(default=None, validator=is_type_of_none(School))
    andere_school_bereid_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gemotiveerd: bool = attrs.field(default=False, validator=is_bool)
    bezwaar: Bezwaar | None = attrs.field(default=None, validator=is_type_of_none(Bezwaar))
    leerplichtig: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    voorgenomen_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @voorgenomen_op.validator
    def _check_voornemen(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.besluit_op is not None and value > self.besluit_op:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt na het besluit ({self.besluit_op.isoformat()})"
            )

    @bezwaar.validator
    def _check_bezwaar(
        self, attribute: attrs.Attribute[Bezwaar | None], value: Bezwaar | None
    ) -> None:
        if value is None:
            return
        if self.besluit_op is None:
            raise TegenstrijdigDossier(
                attribute.name, value.ontvangen_op, "bezwaar zonder verwijderingsbesluit"
            )
        niet_voor("besluit_op", "het besluit")(self, attribute, value.ontvangen_op)

    def _eerste_datum(self) -> dt.date | None:
        """The earliest dated fact of this removal, or None when it records no date at all."""
        data = [
            d
            for d in (
                self.voorgenomen_op,
                self.besluit_op,
                self.inspectie_overleg_op,
                self.inspectie_gemeld_op,
                self.andere_school_bereid_op,
                *(g.op for g in self.gehoord),
            )
            if d is not None
        ]
        return min(data, default=None)

    def stand_op(self, op: dt.date) -> Verwijdering | None:
        """This removal as known on ``op``: steps after ``op`` left out.

        A removal is known from its first dated fact: ``voorgenomen_op`` or any recorded step,
        whichever is earliest; before that day this gives None. A record without any date (an
        intention of which not even the day it was recorded is known) cannot be placed in time:
        it counts as known on every ``op``, and ``passend.aandachtspunten`` asks for
        ``voorgenomen_op``. The answer never depends on facts after ``op``.
        """
        bekend_vanaf = self._eerste_datum()
        if bekend_vanaf is not None and bekend_vanaf > controleer_datum("op", op):
            return None
        return attrs.evolve(
            self,
            voorgenomen_op=tot_en_met(self.voorgenomen_op, op),
            besluit_op=tot_en_met(self.besluit_op, op),
            gehoord=[g for g in self.gehoord if g.op <= op],
            inspectie_overleg_op=tot_en_met(self.inspectie_overleg_op, op),
            inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op),
            andere_school_bereid_op=tot_en_met(self.andere_school_bereid_op, op),
            bezwaar=self.bezwaar.stand_op(op) if self.bezwaar else None,
        )


# --- Checks (toets, aandachtspunten, lopende termijnen) ---------------------------------------

_PO_WEC = ("WPO", "WEC")
#: From this day a VO school hears the pupil before a verwijdering (Reparatiewet OCW 2024).
HOORRECHT_LEERLING_VO = dt.date(2024, 8, 1)

_NIET_VERWIJDEREN = {
    "WPO": WPO_40_VERWIJDEREN,
    "WEC": WEC_40_VERWIJDEREN,
    "WVO 2020": WVO_8_15_VERWIJDEREN,
}
_MOTIVERING_BIJZONDER = {
    "WPO": WPO_63_MOTIVERING,
    "WEC": attrs.evolve(WEC_61, regel="BES-04"),
    # Seed 003: WVO 2020 art. 8.15 asks a "deugdelijke motivering" (VER-03).
    "WVO 2020": WVO_8_15_MOTIVERING,
}
#: Hearing the parents at a bijzondere school (VER-03); an openbare school: Awb 4:8.
_OUDERS_HOREN_BIJZONDER = {
    "WPO": WPO_63_HOREN,
    "WEC": WEC_61_HOREN,
    "WVO 2020": WVO_8_15_OUDERS_HOREN,
}
#: TLV categories that give access to each kind of specialised school (TLV-04).
_TLV_VOOR: dict[Schoolsoort, frozenset[TlvCategorie]] = {
    Schoolsoort.SBO: frozenset({TlvCategorie.SBO}),
    Schoolsoort.SO: frozenset({TlvCategorie.SO_LAAG, TlvCategorie.SO_MIDDEN, TlvCategorie.SO_HOOG}),
    Schoolsoort.VSO: frozenset(
        {TlvCategorie.VSO_LAAG, TlvCategorie.VSO_MIDDEN, TlvCategorie.VSO_HOOG}
    ),
    Schoolsoort.PRO: frozenset({TlvCategorie.PRO}),
}

_C = GebrekCode
_P = GpoReden
GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD: Gebreksoort(
        omschrijving="PO en (V)SO: de groepsleraar is vóór het verwijderingsbesluit niet gehoord.",
        grondslag=(WPO_40_VERWIJDEREN, WEC_40_VERWIJDEREN),
        gpo_reden=_P.LEERKRACHT_NIET_GEHOORD,
    ),
    _C.VERWIJDERING_OUDERS_NIET_GEHOORD: Gebreksoort(
        omschrijving="De ouders zijn vóór het verwijderingsbesluit niet gehoord (in het vo: "
        "als de leerling jonger is dan 18 jaar).",
        grondslag=(
            WPO_40_VERWIJDEREN,
            WEC_40_VERWIJDEREN,
            *_OUDERS_HOREN_BIJZONDER.values(),
            AWB_4_8,
        ),
        gpo_reden=_P.OUDERS_NIET_GEHOORD,
    ),
    _C.VERWIJDERING_LEERLING_NIET_GEHOORD: Gebreksoort(
        omschrijving="Vo, besluit vanaf 1 augustus 2024: de leerling is vóór het "
        "verwijderingsbesluit niet gehoord.",
        grondslag=(WVO_8_15_HOREN,),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD: Gebreksoort(
        omschrijving="Vo, leerplichtige leerling: vóór het definitieve besluit is niet met de "
        "Inspectie overlegd.",
        grondslag=(WVO_8_15_INSPECTIE,),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD: Gebreksoort(
        omschrijving="Vo: de Inspectie is niet schriftelijk over de definitieve verwijdering "
        "geïnformeerd.",
        grondslag=(WVO_8_15_INSPECTIE,),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERWIJDERING_ZONDER_ANDERE_SCHOOL: Gebreksoort(
        omschrijving="Verwijderd (of voorgenomen) zonder dat vóór het besluit een andere school "
        "bereid was de leerling toe te laten; bij een S(B)O-, (V)SO- of PrO-school: met een "
        "passende TLV.",
        grondslag=(WPO_40_VERWIJDEREN, WEC_40_VERWIJDEREN, WVO_8_15_VERWIJDEREN),
        gpo_reden=_P.TE_WEINIG_INSPANNING,
    ),
    _C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: Gebreksoort(
        omschrijving="Het verwijderingsbesluit is niet schriftelijk en met redenen omkleed "
        "bekendgemaakt.",
        grondslag=(*_MOTIVERING_BIJZONDER.values(), AWB_3_46),
        gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
    ),
}


def _gebrek(code: GebrekCode, uitleg: str, *grondslag: Bron) -> Gebrek:
    return Gebrek(
        code=code, grondslag=grondslag, uitleg=uitleg, gpo_reden=GEBREKSOORTEN[code].gpo_reden
    )


def andere_school_ontbreekt(
    andere_school: School | None,
    bereid_op: dt.date | None,
    besluit_op: dt.date | None,
    tlvs: Sequence[Tlv],
) -> str | None:
    """Why no other school was (yet) willing to admit the pupil, or None when one was.

    Willing means: ``bereid_op`` recorded and not after ``besluit_op``; a specialised school
    (S(B)O, (V)SO, PrO) also needs a TLV of a fitting category, afgegeven by then.

    Grondslag:
        WPO art. 40 lid 4 en 11, WEC art. 40 lid 5 en 18, WVO 2020 art. 8.9 lid 2 en 8.15 lid 2
        (BES-04, VER-01; lid numbers SEED).
    """
    if andere_school is None:
        return "er is geen andere school vastgelegd die bereid is de leerling toe te laten"
    if bereid_op is None:
        return f"niet vastgelegd wanneer {andere_school.naam} bereid was de leerling toe te laten"
    if besluit_op is not None and bereid_op > besluit_op:
        return (
            f"{andere_school.naam} was pas op {dagnaam(bereid_op)} bereid, na het besluit "
            f"op {dagnaam(besluit_op)}"
        )
    categorieen = _TLV_VOOR.get(andere_school.soort)
    if categorieen is None:
        return None
    peildatum = besluit_op or bereid_op
    if any(
        t.uitkomst is TlvUitkomst.AFGEGEVEN
        and t.categorie in categorieen
        and t.besluit_op is not None
        and t.besluit_op <= peildatum
        for t in tlvs
    ):
        return None
    return (
        f"{andere_school.naam} is een {andere_school.soort.value}-school, maar er is geen "
        f"passende TLV afgegeven uiterlijk op {dagnaam(peildatum)}"
    )


def _gehoord(v: Verwijdering, wie: Gehoorde) -> bool:
    return any(g.wie is wie and (v.besluit_op is None or g.op <= v.besluit_op) for g in v.gehoord)


def _wanneer(v: Verwijdering) -> str:
    if v.besluit_op is None:
        return "vóór het besluit (nog niet genomen)"
    return f"vóór het besluit van {dagnaam(v.besluit_op)}"


def _bijzonder(v: Verwijdering) -> bool:
    return v.school.bestuur.soort is Bestuurssoort.BIJZONDER


def _horen(v: Verwijdering, op: dt.date) -> Iterator[Gebrek]:
    """Who must be heard before the decision (VER-03).

    PO and (V)SO: the groepsleraar and the ouders. VO: the ouders while the pupil is under 18,
    and for decisions from 2024-08-01 also the pupil (only the pupil's hearing is dated). A
    hearing after the decision does not count.

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18 (seed 003 reads the hearings into these);
        parents: WPO art. 63 lid 2, WEC art. 61, WVO 2020 art. 8.15 for bijzonder and Awb
        art. 4:8 for openbaar onderwijs (rules.md OQ 5); pupil: WVO 2020 art. 8.15 lid 3.
    """
    wet = v.school.soort.wet
    peil = v.besluit_op or op
    ouders: tuple[Bron, ...] = (_OUDERS_HOREN_BIJZONDER[wet] if _bijzonder(v) else AWB_4_8,)
    if wet in _PO_WEC:
        if not _gehoord(v, Gehoorde.LEERKRACHT):
            yield _gebrek(
                _C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD,
                f"De groepsleraar van de leerling is niet gehoord {_wanneer(v)}. De wet vraagt "
                "dat het bevoegd gezag de groepsleraar hoort voordat het over verwijdering "
                "beslist.",
                _NIET_VERWIJDEREN[wet],
            )
        ouders = (_NIET_VERWIJDEREN[wet], *ouders)
    else:
        if peil >= HOORRECHT_LEERLING_VO and not _gehoord(v, Gehoorde.LEERLING):
            yield _gebrek(
                _C.VERWIJDERING_LEERLING_NIET_GEHOORD,
                f"De leerling is niet gehoord {_wanneer(v)}. Sinds 1 augustus 2024 hoort een "
                "vo-school de leerling zelf voordat zij over verwijdering beslist.",
                WVO_8_15_HOREN,
            )
        if leeftijd(v.leerling, peil) >= 18:
            return  # an adult pupil speaks for himself
    if not _gehoord(v, Gehoorde.OUDERS):
        yield _gebrek(
            _C.VERWIJDERING_OUDERS_NIET_GEHOORD,
            f"De ouders zijn niet gehoord {_wanneer(v)}. Zij moeten hun kant kunnen vertellen "
            "voordat over verwijdering wordt beslist.",
            *ouders,
        )


def _andere_school(v: Verwijdering, dossier: Dossier) -> Iterator[Gebrek]:
    """Not final before another school is willing to admit (VER-01).

    In VO this holds for a leerplichtige pupil; whether the pupil is leerplichtig is an input
    (``leerplichtig``), and unknown is reported by :func:`aandachtspunten`.

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 lid 2 (lid numbers SEED).
    """
    wet = v.school.soort.wet
    if wet not in _PO_WEC and not v.leerplichtig:
        return
    reden = andere_school_ontbreekt(
        v.andere_school, v.andere_school_bereid_op, v.besluit_op, dossier.tlvs
    )
    if reden is not None:
        yield _gebrek(
            _C.VERWIJDERING_ZONDER_ANDERE_SCHOOL,
            f"De verwijdering is pas definitief als een andere school bereid is de leerling toe "
            f"te laten; {reden}. De school houdt de regie bij het zoeken.",
            _NIET_VERWIJDEREN[wet],
        )


def _inspectie(v: Verwijdering) -> Iterator[Gebrek]:
    """VO: consult the Inspectie before the decision (leerplichtig), inform it after (VER-03/04).

    Grondslag:
        WVO 2020 art. 8.15 (article per seed 003; lid not known).
    """
    if v.school.soort.wet in _PO_WEC:
        return
    overleg = v.inspectie_overleg_op
    if v.leerplichtig and (
        overleg is None or (v.besluit_op is not None and overleg > v.besluit_op)
    ):
        yield _gebrek(
            _C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD,
            f"Er is niet met de Inspectie overlegd {_wanneer(v)}. Bij een leerplichtige "
            "leerling overlegt de school met de Inspectie hoe de leerling onderwijs kan blijven "
            "volgen.",
            WVO_8_15_INSPECTIE,
        )
    if v.besluit_op is not None and v.inspectie_gemeld_op is None:
        yield _gebrek(
            _C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD,
            f"De Inspectie is niet schriftelijk en met redenen geïnformeerd over het "
            f"verwijderingsbesluit van {dagnaam(v.besluit_op)}.",
            WVO_8_15_INSPECTIE,
        )


def _motivering(v: Verwijdering) -> Iterator[Gebrek]:
    """The decision is made known in writing and with reasons (VER-03).

    Grondslag:
        Bijzonder: WPO art. 63 lid 2, WEC art. 61, WVO 2020 art. 8.15; openbaar: Awb art. 3:46.
    """
    if v.besluit_op is not None and not v.gemotiveerd:
        yield _gebrek(
            _C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD,
            f"Het besluit van {dagnaam(v.besluit_op)} is niet schriftelijk en met redenen "
            "bekendgemaakt. Ouders (en in het vo de leerling) moeten kunnen lezen waarom.",
            _MOTIVERING_BIJZONDER[v.school.soort.wet] if _bijzonder(v) else AWB_3_46,
        )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """The procedural defects of every verwijdering in the dossier.

    ``dossier`` is the dossier as it stood on ``op``. An intended verwijdering (no
    ``besluit_op`` yet) shows the steps still missing before the decision.

    Grondslag:
        WPO art. 40 lid 11, 40c, 43, 63; WEC art. 40 lid 18, 40a, 45, 61; WVO 2020 art. 8.8,
        8.14, 8.15; Awb art. 3:46, 4:8, 7:10 (VER-01 … VER-06, SCH-01, SCH-02).
    """
    for v in dossier.verwijderingen:
        yield from _horen(v, op)
        yield from _inspectie(v)
        yield from _andere_school(v, dossier)
        yield from _motivering(v)


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Open norms of a verwijdering that a person must judge, and facts not recorded.

    Grondslag:
        WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 (VER-01, VER-03); seed 003
        bijlage 2 tabel 1 for the GPO categories.
    """
    for v in dossier.verwijderingen:
        wet = v.school.soort.wet
        bron = _NIET_VERWIJDEREN[wet]
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
        if wet not in _PO_WEC and v.leerplichtig is None:
            yield Aandachtspunt(
                onderwerp="Leerplicht niet vastgelegd",
                uitleg="Leg vast of de leerling leerplichtig is. Bij een leerplichtige leerling "
                "overlegt de school vóór het besluit met de Inspectie en mag zij pas "
                "verwijderen als een andere school bereid is de leerling toe te laten.",
                grondslag=(WVO_8_15_VERWIJDEREN, WVO_8_15_INSPECTIE),
            )
