"""Bezwaar tegen een verwijdering of een weigering van toelating, en het geschil bij de
Geschillencommissie passend onderwijs (rules.md VER-05, VER-06, T-06).

Het record :class:`Bezwaar` en wat deze module bijdraagt aan ``passend.toets``,
``passend.aandachtspunten`` en ``passend.lopende_termijnen``. De route hangt af van het
bevoegd gezag: bijzonder onderwijs volgt de sectorwet (bezwaar binnen 6 weken, ouders gehoord,
besluit binnen 4 weken na ontvangst); openbaar onderwijs de Awb (6 weken met de postweek van
art. 6:9, ouders gehoord tenzij art. 7:3 geldt, besluit 6 of 12 weken na de bezwaartermijn).
Zolang een zaak bij de GPO loopt, staat de beslistermijn stil en wacht de school het oordeel
af. De GPO behandelt elke verwijdering, en een weigering van toelating van een leerling die
extra ondersteuning nodig heeft (VER-06).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import attrs

# A module object, not names: _aanmelding imports this module for its Toelatingsbesluit.
from passend import _aanmelding
from passend._beleid import Beleid
from passend._bronnen import (
    AWB_6_11,
    AWB_7_2,
    AWB_7_3,
    AWB_7_10,
    GPO_PROCEDURE,
    WEC_45,
    WEC_61,
    WPO_43,
    WPO_63,
    WVO_8_8_BEZWAAR,
    Bron,
)
from passend._fouten import NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import KB_ONZEKERHEID, Kalender, dagnaam
from passend._partijen import Bestuurssoort, School
from passend._waarden import (
    controleer_datum,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_enum,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave
from passend.termijnen import (
    Termijn,
    beslistermijn_bezwaar,
    bezwaartermijn,
    gpo_oordeel_termijn,
    gpo_termijn,
)

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = ["AfzienVanHoren", "Bezwaar"]


class AfzienVanHoren(enum.Enum):
    """De gevallen van Awb art. 7:3 waarin een openbare school op een bezwaar mag beslissen
    zonder de ouders te horen. Of het geval zich voordeed, beoordeelt een mens."""

    #: Het bezwaar is kennelijk niet-ontvankelijk (Awb art. 7:3 onder a).
    KENNELIJK_NIET_ONTVANKELIJK = "het bezwaar is kennelijk niet-ontvankelijk"
    #: Het bezwaar is kennelijk ongegrond (onder b).
    KENNELIJK_ONGEGROND = "het bezwaar is kennelijk ongegrond"
    #: De ouders verklaarden niet gehoord te willen worden (onder c).
    AFSTAND = "de ouders hebben verklaard niet gehoord te willen worden"
    #: De ouders zeiden niet binnen de gestelde redelijke termijn dat zij gehoord willen worden
    #: (onder d).
    GEEN_REACTIE = (
        "de ouders hebben niet binnen de gestelde redelijke termijn gezegd dat zij gehoord "
        "willen worden"
    )
    #: Aan het bezwaar wordt volledig tegemoetgekomen, zonder nadeel voor anderen (onder e).
    VOLLEDIG_TEGEMOETGEKOMEN = (
        "aan het bezwaar wordt volledig tegemoetgekomen, zonder nadeel voor anderen"
    )


@attrs.frozen(kw_only=True)
class Bezwaar(Weergave):
    """Een bezwaar tegen een besluit (een verwijdering of een weigering van toelating), en een
    geschil daarover bij de GPO."""

    #: De dag waarop het bezwaar is ontvangen.
    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    #: De dag van de beslissing op het bezwaar; ``None``: nog niet beslist.
    beslist_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    #: De dag waarop het geschil bij de GPO is ingediend; vanaf dan staat de beslistermijn op
    #: het bezwaar stil (VER-05, VER-06). ``None``: geen zaak bij de GPO.
    gpo_ingediend_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De dag van het oordeel van de GPO; daarna loopt de beslistermijn weer. ``None``: (nog)
    #: geen oordeel.
    gpo_oordeel_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("gpo_ingediend_op", "de indiening bij de GPO")],
    )
    #: De dag waarop het bevoegd gezag de ouders over het bezwaar hoorde (bijzonder: sectorwet;
    #: openbaar: Awb 7:2); ``None``: niet gehoord of niet vastgelegd.
    ouders_gehoord_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    #: Een openbare school vroeg advies aan een commissie in de zin van Awb 7:13 (termijn van
    #: 12 weken).
    adviescommissie: bool = attrs.field(default=False, validator=is_bool)
    #: Awb 7:10 lid 3 (openbaar): de dag waarop de ouders hoorden dat de beslissing met
    #: ``verdaging_weken`` is verdaagd; ``None``: niet verdaagd. De sectorwet van het bijzonder
    #: onderwijs kent geen verdaging.
    verdaagd_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    #: Met hoeveel weken de beslissing is verdaagd (0 tot en met 6; 0: niet verdaagd).
    verdaging_weken: int = attrs.field(default=0)
    #: De dag waarop de ouders het bezwaarschrift op de post deden (Awb 6:9); ``None``:
    #: onbekend.
    verzonden_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Het geval van Awb 7:3 waarop een openbare school steunde om zonder horen van de ouders
    #: te beslissen; ``None``: geen.
    afgezien_van_horen: AfzienVanHoren | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_enum(AfzienVanHoren))
    )

    @verzonden_op.validator
    def _check_verzonden(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and value > self.ontvangen_op:
            raise TegenstrijdigDossier(
                attribute.name,
                value,
                f"ligt na de ontvangst van het bezwaar ({self.ontvangen_op.isoformat()})",
            )

    @verdaging_weken.validator
    def _check_verdaging(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 6:
            raise OngeldigeInvoer(
                attribute.name, value, "verwacht 0 tot en met 6 weken (Awb art. 7:10 lid 3)"
            )
        if (value > 0) != (self.verdaagd_op is not None):
            raise TegenstrijdigDossier(
                attribute.name, value, "een verdaging hoort bij de dag waarop zij is meegedeeld"
            )

    def stand_op(self, op: dt.date) -> Bezwaar | None:
        """Dit bezwaar zoals bekend op ``op``: ``None`` vóór de ontvangst; latere feiten vallen
        weg."""
        if self.ontvangen_op > controleer_datum("op", op):
            return None
        return vervang(
            self,
            beslist_op=tot_en_met(self.beslist_op, op),
            gpo_ingediend_op=tot_en_met(self.gpo_ingediend_op, op),
            gpo_oordeel_op=tot_en_met(self.gpo_oordeel_op, op),
            ouders_gehoord_op=tot_en_met(self.ouders_gehoord_op, op),
            verdaagd_op=tot_en_met(self.verdaagd_op, op),
            verdaging_weken=self.verdaging_weken if tot_en_met(self.verdaagd_op, op) else 0,
            # Leaving out the hearing is part of the decision: not known before it.
            afgezien_van_horen=self.afgezien_van_horen if tot_en_met(self.beslist_op, op) else None,
        )


_BEZWAAR_BIJZONDER = {
    "WPO": WPO_63.met_lid("3"),
    "WEC": WEC_61,
    "WVO 2020": WVO_8_8_BEZWAAR,
}
_GPO = {"WPO": WPO_43, "WEC": WEC_45, "WVO 2020": GPO_PROCEDURE}
_C = GebrekCode
_P = GpoReden
GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.BEZWAAR_OUDERS_NIET_GEHOORD: Gebreksoort(
        omschrijving="Op het bezwaar is beslist zonder de ouders te horen (bijzonder onderwijs: "
        "sectorwet; openbaar onderwijs: Awb art. 7:2, tenzij een geval van art. 7:3 is "
        "vastgelegd).",
        grondslag=(*_BEZWAAR_BIJZONDER.values(), AWB_7_2),
        gpo_reden=_P.OUDERS_NIET_GEHOORD,
    ),
    _C.BEZWAAR_BESLIST_VOOR_GPO_OORDEEL: Gebreksoort(
        omschrijving="Op het bezwaar is beslist terwijl het geschil nog bij de "
        "Geschillencommissie passend onderwijs lag.",
        grondslag=(WPO_43, WEC_45, GPO_PROCEDURE),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.BEZWAAR_BESLISSING_TE_LAAT: Gebreksoort(
        omschrijving="Niet binnen de beslistermijn op het bezwaar beslist (bijzonder: 4 weken na "
        "ontvangst; openbaar: Awb 7:10), met opschorting tijdens een GPO-procedure.",
        grondslag=(*_BEZWAAR_BIJZONDER.values(), AWB_7_10, WPO_43, WEC_45),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
}


class Bezwaarbaar(NamedTuple):
    """Een besluit waartegen ouders bezwaar kunnen maken: een verwijdering of een weigering van
    toelating (VER-05).

    ``gpo``: de Geschillencommissie passend onderwijs is bevoegd (VER-06): bij elke
    verwijdering, en bij een weigering tenzij de leerling geen extra ondersteuning nodig heeft.
    """

    school: School
    besluit_op: dt.date
    bezwaar: Bezwaar | None
    gpo: bool


def besluiten(dossier: Dossier) -> Iterator[Bezwaarbaar]:
    """Elk besluit in het dossier waartegen ouders bezwaar kunnen maken: een
    verwijderingsbesluit, en een besluit om een aanmelding te weigeren of niet te behandelen
    (reikwijdte VER-05, toegevoegd 2026-11-30)."""
    for v in dossier.verwijderingen:
        if v.besluit_op is not None:
            yield Bezwaarbaar(v.school, v.besluit_op, v.bezwaar, gpo=True)
    for a in dossier.aanmeldingen:
        b = a.besluit
        if b is not None and b.uitkomst is not _aanmelding.Toelatingsuitkomst.TOEGELATEN:
            geen = a.ondersteuningsbehoefte is _aanmelding.Ondersteuningsbehoefte.GEEN
            yield Bezwaarbaar(a.school, b.datum, b.bezwaar, gpo=not geen)


def _gebrek(code: GebrekCode, uitleg: str, *grondslag: Bron) -> Gebrek:
    return Gebrek(
        code=code, grondslag=grondslag, uitleg=uitleg, gpo_reden=GEBREKSOORTEN[code].gpo_reden
    )


def _openbaar(school: School) -> bool:
    return school.bestuur.soort is Bestuurssoort.OPENBAAR


def beslistermijn_op_bezwaar(
    school: School, b: Bezwaar, besluit: dt.date, kal: Kalender, bel: Beleid
) -> Termijn:
    """De beslistermijn op bezwaar ``b`` tegen het besluit van ``besluit`` van ``school``.

    Een zaak bij de GPO die is ingediend terwijl de termijn nog liep, schort die op van
    indiening tot oordeel (standaard halfopen, ``Beleid.opschorting``); een zaak die na het
    einde van de termijn is ingediend, laat haar niet herleven. Een verdaging door een openbare
    school (Awb 7:10 lid 3) telt als zij vóór het einde van de termijn is meegedeeld; een
    bijzondere school kan niet verdagen, dus daar verandert zij niets.

    Grondslag:
        WPO art. 63 lid 3, WEC art. 61, WVO 2020 art. 8.8 lid 4 (bijzonder); Awb art. 7:10,
        7:13 (openbaar); WPO art. 43, WEC art. 45 (opschorting door de GPO; VER-05, VER-06).
    """
    soort = school.bestuur.soort
    einde_bezwaar = (
        bezwaartermijn(besluit, bestuur_soort=soort, kalender=kal).einde
        if _openbaar(school)
        else None
    )

    def termijn(opschortingen: list[tuple[dt.date, dt.date]], verdaging: int = 0) -> Termijn:
        return beslistermijn_bezwaar(
            b.ontvangen_op,
            bestuur_soort=soort,
            bezwaartermijn_einde=einde_bezwaar,
            adviescommissie=b.adviescommissie,
            verdaging_weken=verdaging,
            opschortingen=opschortingen,
            schoolsoort=school.soort,
            kalender=kal,
            beleid=bel,
        )

    basis, verdaging = termijn([]), 0
    # Awb 7:10 lid 3: a verdaging counts when it was told before the term ended (openbaar).
    if _openbaar(school) and b.verdaagd_op and b.verdaagd_op <= basis.einde:
        verdaging = b.verdaging_weken
        basis = termijn([], verdaging)
    # Only a term still running can be suspended.
    if b.gpo_ingediend_op and b.gpo_oordeel_op and b.gpo_ingediend_op <= basis.einde:
        return termijn([(b.gpo_ingediend_op, b.gpo_oordeel_op)], verdaging)
    return basis


def _zeker_op_tijd(p: Bezwaarbaar, b: Bezwaar, op: dt.date, kal: Kalender, bel: Beleid) -> bool:
    """True when the decision on ``b`` is in time whatever the unknown KB lists say.

    The Atw only moves the end of a term later, and every extra KB day can only move it further.
    So the term computed as if the unknown years had no KB days is a lower bound of the real
    term: a decision on or before its end (or no decision yet on such an ``op``) is in time
    without knowing the KB lists (rules.md T-04). Past that bound the real KB list is needed,
    and an unknown year raises :class:`~passend.NietBekend`.
    """
    vroegst = beslistermijn_op_bezwaar(p.school, b, p.besluit_op, kal.ondergrens(), bel).einde
    return (b.beslist_op or op) <= vroegst


def _horen(p: Bezwaarbaar, b: Bezwaar) -> Iterator[Gebrek]:
    """The parents heard before the decision on the bezwaar (VER-05).

    Grondslag:
        Bijzonder: WPO art. 63 lid 3, WEC art. 61, WVO 2020 art. 8.8 lid 4; openbaar: Awb
        art. 7:2 lid 1, except in a case of art. 7:3 (an aandachtspunt).
    """
    beslist = b.beslist_op
    if beslist is None or (b.ouders_gehoord_op is not None and b.ouders_gehoord_op <= beslist):
        return
    uitleg = f"Op het bezwaar is op {dagnaam(beslist)} beslist zonder de ouders eerst te horen."
    if not _openbaar(p.school):
        if b.afgezien_van_horen is not None:
            uitleg += " De uitzonderingen van Awb art. 7:3 gelden niet voor een bijzondere school."
        yield _gebrek(
            _C.BEZWAAR_OUDERS_NIET_GEHOORD,
            f"{uitleg} Bij een bijzondere school hoort het bevoegd gezag de ouders over hun "
            "bezwaar.",
            _BEZWAAR_BIJZONDER[p.school.soort.wet],
        )
    elif b.afgezien_van_horen is None:
        yield _gebrek(
            _C.BEZWAAR_OUDERS_NIET_GEHOORD,
            f"{uitleg} Een openbare school stelt de ouders in de gelegenheid gehoord te worden, "
            "behalve in een geval van Awb art. 7:3; zo'n geval is niet vastgelegd "
            "(afgezien_van_horen).",
            AWB_7_2,
        )


def _gebreken(p: Bezwaarbaar, op: dt.date, kal: Kalender, bel: Beleid) -> Iterator[Gebrek]:
    """The defects in handling a bezwaar against the decision ``p`` (VER-05, VER-06)."""
    b = p.bezwaar
    if b is None:
        return
    yield from _horen(p, b)
    if (
        b.beslist_op is not None
        and b.gpo_ingediend_op is not None
        and b.gpo_ingediend_op <= b.beslist_op
        and (b.gpo_oordeel_op is None or b.beslist_op < b.gpo_oordeel_op)
    ):
        yield _gebrek(
            _C.BEZWAAR_BESLIST_VOOR_GPO_OORDEEL,
            f"Het geschil lag sinds {dagnaam(b.gpo_ingediend_op)} bij de Geschillencommissie "
            f"passend onderwijs, maar op het bezwaar is al op {dagnaam(b.beslist_op)} beslist. "
            "Het bevoegd gezag wacht het oordeel af.",
            _GPO[p.school.soort.wet],
        )
    if _zeker_op_tijd(p, b, op, kal, bel):
        return
    termijn = beslistermijn_op_bezwaar(p.school, b, p.besluit_op, kal, bel)
    ingediend = b.gpo_ingediend_op
    if ingediend is not None and b.gpo_oordeel_op is None and ingediend <= termijn.einde:
        return  # the decision term rests while the GPO case is pending
    beslist = b.beslist_op
    if (beslist is not None and beslist > termijn.einde) or (
        beslist is None and op > termijn.einde
    ):
        wanneer = f"pas op {dagnaam(beslist)}" if beslist else f"op {dagnaam(op)} nog niet"
        yield _gebrek(
            _C.BEZWAAR_BESLISSING_TE_LAAT,
            f"Op het bezwaar (ontvangen {dagnaam(b.ontvangen_op)}) is {wanneer} beslist; de "
            f"termijn eindigde op {dagnaam(termijn.einde)}. {termijn.uitleg}",
            *termijn.grondslag,
        )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De gebreken in de behandeling van elk bezwaar in het dossier (zoals het er op ``op`` bij
    lag): tegen een verwijdering en tegen een weigering van toelating.

    Grondslag:
        WPO art. 43, 63 lid 3; WEC art. 45, 61; WVO 2020 art. 8.8 lid 4; Awb art. 7:2, 7:10
        (VER-05, VER-06).
    """
    for p in besluiten(dossier):
        yield from _gebreken(p, op, kalender, beleid)


def _te_laat(p: Bezwaarbaar, b: Bezwaar, kal: Kalender) -> Aandachtspunt | None:
    """A bezwaar received after the term (T-06, VER-05): not for the school to repair, but the
    bezwaar is niet-ontvankelijk unless the lateness is excusable, which a person judges.

    Openbaar: in time if received by the end of the term, or posted by then and received within
    a week after it (Awb 6:9, ``verzonden_op``); bijzonder: received within six weeks after the
    mededeling (WPO 63 lid 3). Where a KB list is unknown, only what holds whatever it says is
    answered; in between :class:`~passend.NietBekend` is raised.
    """

    def termijn(k: Kalender) -> Termijn:
        soort, schoolsoort = p.school.bestuur.soort, p.school.soort
        return bezwaartermijn(
            p.besluit_op, bestuur_soort=soort, schoolsoort=schoolsoort, kalender=k
        )

    try:
        t, marge = termijn(kal), dt.timedelta(0)
    except NietBekend:
        t, marge = termijn(kal.ondergrens()), KB_ONZEKERHEID
    ontvangen, verzonden = b.ontvangen_op, b.verzonden_op
    post = t.uiterste_ontvangst
    if ontvangen <= t.einde:
        return None
    if ontvangen <= (post or t.einde) + marge:
        if marge:
            termijn(kal)  # the unknown KB list decides: raises NietBekend
        if post is not None and verzonden is None:
            return Aandachtspunt(
                onderwerp="Niet vastgelegd wanneer het bezwaar is verzonden",
                uitleg=f"Het bezwaar kwam binnen op {dagnaam(ontvangen)}, na het einde van de "
                f"bezwaartermijn op {dagnaam(t.einde)} maar uiterlijk op {dagnaam(post)}. Het is "
                "op tijd als het vóór het einde van de termijn is gepost (Awb art. 6:9). Leg vast "
                "wanneer het is verzonden (verzonden_op).",
                grondslag=t.grondslag,
            )
        if post is not None and verzonden is not None and verzonden <= t.einde:
            return None
    na = f" Het is op {dagnaam(verzonden)} verzonden." if post and verzonden else ""
    regel = (
        f" Een op tijd gepost bezwaarschrift telt nog als het uiterlijk op {dagnaam(post)} "
        "binnenkomt (Awb art. 6:9)."
        if post
        else ""
    )
    return Aandachtspunt(
        onderwerp="Bezwaar te laat ontvangen",
        uitleg=f"Het bezwaar kwam binnen op {dagnaam(ontvangen)}; de bezwaartermijn eindigde op "
        f"{dagnaam(t.einde)}.{regel}{na} Een te laat bezwaar is niet-ontvankelijk, tenzij de "
        "ouders redelijkerwijs niet kan worden verweten dat zij te laat waren (Awb art. 6:11). "
        "Dat oordeel is aan het bevoegd gezag.",
        grondslag=(*t.grondslag, AWB_6_11) if post else t.grondslag,
    )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Punten van een bezwaar om zelf te beoordelen: een bezwaar dat na de termijn binnenkwam
    (Awb 6:7-6:9, WPO 63 lid 3; verschoonbaar of niet, Awb 6:11), en een beslissing zonder
    horen die steunt op een geval van Awb art. 7:3.

    Grondslag:
        Awb art. 6:7, 6:8, 6:9, 6:11, 7:3; WPO art. 63 lid 3, WEC art. 61, WVO 2020 art. 8.8
        lid 4 (T-06, VER-05).
    """
    for p in besluiten(dossier):
        b = p.bezwaar
        if b is None:
            continue
        if (laat := _te_laat(p, b, kalender)) is not None:
            yield laat
        beslist, grond = b.beslist_op, b.afgezien_van_horen
        gehoord = b.ouders_gehoord_op
        if (
            _openbaar(p.school)
            and beslist is not None
            and grond is not None
            and (gehoord is None or gehoord > beslist)
        ):
            yield Aandachtspunt(
                onderwerp="Beslist zonder de ouders te horen",
                uitleg=f"Op {dagnaam(beslist)} is op het bezwaar beslist zonder de ouders te "
                f"horen, omdat {grond.value} (Awb art. 7:3). Ga na of dat echt zo was: de rechter "
                "past deze uitzonderingen beperkt toe, en zonder zo'n geval moest de school de "
                "ouders horen (Awb art. 7:2).",
                grondslag=(AWB_7_3, AWB_7_2),
                gpo_reden=_P.OUDERS_NIET_GEHOORD,
            )


def _termijnen(p: Bezwaarbaar, kal: Kalender, bel: Beleid) -> Iterator[Termijn]:
    b = p.bezwaar
    if b is None:
        yield bezwaartermijn(
            p.besluit_op,
            bestuur_soort=p.school.bestuur.soort,
            schoolsoort=p.school.soort,
            kalender=kal,
        )
    if p.gpo and (b is None or b.gpo_ingediend_op is None):
        yield gpo_termijn(p.besluit_op)
    if b is not None and b.beslist_op is None:
        if b.gpo_ingediend_op is not None and b.gpo_oordeel_op is None:
            yield gpo_oordeel_termijn(b.gpo_ingediend_op)
        else:
            yield beslistermijn_op_bezwaar(p.school, b, p.besluit_op, kal, bel)


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """Termijnen van een besluit waartegen ouders bezwaar kunnen maken, van het bezwaar en van
    de zaak bij de GPO.

    Na een verwijderingsbesluit of een weigering van toelating: de bezwaartermijn (tot er een
    bezwaar is ontvangen) en, als de GPO bevoegd is, de GPO-termijn (tot er een zaak is
    ingediend); na een bezwaar: de beslistermijn daarop, die stilstaat zolang de zaak bij de GPO
    loopt (dan wordt de eigen termijn van 10 weken van de GPO getoond). Voor een leerling die
    zonder besluit buiten school wordt gehouden, kan men naar de GPO vanaf de dag dat dat begon
    (VER-07). ``lopende_termijnen`` houdt de termijnen over die op ``op`` lopen.

    Grondslag:
        WPO art. 43, 63 lid 3; WEC art. 45, 61; WVO 2020 art. 8.8 lid 4; Awb art. 6:7, 6:8,
        7:10; procedure of the GPO (VER-05, VER-06, VER-07).
    """
    for p in besluiten(dossier):
        yield from _termijnen(p, kalender, beleid)
    for v in dossier.verwijderingen:
        if v.besluit_op is None and v.feitelijk_sinds is not None:
            yield gpo_termijn(v.feitelijk_sinds)
