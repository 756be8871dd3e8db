"""Bezwaar against a verwijdering and the dispute at the Geschillencommissie passend onderwijs
(rules.md VER-05, VER-06).

The record :class:`Bezwaar` and this module's contributions to ``passend.toets`` and
``passend.lopende_termijnen``. The route depends on the bevoegd gezag: bijzonder onderwijs
follows the sector law (bezwaar within 6 weeks, parents heard, decision within 4 weeks after
receipt); openbaar onderwijs the Awb (6 weeks, decision 6 or 12 weeks after the bezwaar term).
While a GPO case runs, the decision term rests and the school waits for the oordeel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid
from passend._bronnen import (
    AWB_7_10,
    GPO_PROCEDURE,
    WEC_45,
    WEC_61,
    WPO_43,
    WPO_63,
    WVO_8_8_BEZWAAR,
    Bron,
)
from passend._fouten import OngeldigeInvoer, TegenstrijdigDossier
from passend._gebreken import Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender, dagnaam
from passend._partijen import Bestuurssoort
from passend._waarden import (
    controleer_datum,
    is_bool,
    is_datum,
    is_datum_of_none,
    niet_voor,
    tot_en_met,
)
from passend.termijnen import (
    Termijn,
    beslistermijn_bezwaar,
    bezwaartermijn,
    gpo_oordeel_termijn,
    gpo_termijn,
)

if TYPE_CHECKING:
    from passend._dossier import Dossier
    from passend._verwijdering import Verwijdering

__all__ = ["Bezwaar"]


@attrs.frozen(kw_only=True)
class Bezwaar:
    """A bezwaar against a decision, and a dispute at the GPO about it.

    ``gpo_ingediend_op`` and ``gpo_oordeel_op`` mark the GPO case that suspends the decision
    term on the bezwaar (VER-05, VER-06). ``ouders_gehoord_op``: the day the bevoegd gezag
    heard the parents on the bezwaar (bijzonder onderwijs, VER-05). ``adviescommissie``: an
    openbare school asked an advisory committee in the sense of Awb 7:13 (12-week term).
    """

    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    beslist_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    gpo_ingediend_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gpo_oordeel_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("gpo_ingediend_op", "de indiening bij de GPO")],
    )
    ouders_gehoord_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    adviescommissie: bool = attrs.field(default=False, validator=is_bool)
    #: Awb 7:10 lid 3 (openbaar): the decision was verdaagd by ``verdaging_weken`` (at most
    #: six), as told to the parents on ``verdaagd_op``. The sector law of bijzonder onderwijs
    #: knows no verdaging.
    verdaagd_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    verdaging_weken: int = attrs.field(default=0)

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
        """This bezwaar as known on ``op``: None before receipt, later facts left out."""
        if self.ontvangen_op > controleer_datum("op", op):
            return None
        return attrs.evolve(
            self,
            beslist_op=tot_en_met(self.beslist_op, op),
            gpo_ingediend_op=tot_en_met(self.gpo_ingediend_op, op),
            gpo_oordeel_op=tot_en_met(self.gpo_oordeel_op, op),
            ouders_gehoord_op=tot_en_met(self.ouders_gehoord_op, op),
            verdaagd_op=tot_en_met(self.verdaagd_op, op),
            verdaging_weken=self.verdaging_weken if tot_en_met(self.verdaagd_op, op) else 0,
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
        omschrijving="Bijzonder onderwijs: op het bezwaar is beslist zonder de ouders te horen.",
        grondslag=tuple(_BEZWAAR_BIJZONDER.values()),
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


def _gebrek(code: GebrekCode, uitleg: str, *grondslag: Bron) -> Gebrek:
    return Gebrek(
        code=code, grondslag=grondslag, uitleg=uitleg, gpo_reden=GEBREKSOORTEN[code].gpo_reden
    )


def beslistermijn_op_bezwaar(
    v: Verwijdering, b: Bezwaar, besluit: dt.date, kal: Kalender, bel: Beleid
) -> Termijn:
    """The decision term on bezwaar ``b`` against the decision of ``besluit`` on ``v``.

    A GPO case lodged while the term still ran suspends it from filing to oordeel (half-open
    by default, ``Beleid.opschorting``); a case lodged after the term ended does not revive it.
    An openbare school's verdaging (Awb 7:10 lid 3) counts when it was told before the term
    ended; a bijzondere school cannot verdagen, so there it changes nothing.

    Grondslag:
        WPO art. 63 lid 3, WEC art. 61, WVO 2020 art. 8.8 lid 4 (bijzonder); Awb art. 7:10,
        7:13 (openbaar); WPO art. 43, WEC art. 45 (GPO suspension; VER-05, VER-06).
    """
    soort = v.school.bestuur.soort
    einde_bezwaar = (
        bezwaartermijn(besluit, bestuur_soort=soort, kalender=kal).einde
        if soort is Bestuurssoort.OPENBAAR
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
            schoolsoort=v.school.soort,
            kalender=kal,
            beleid=bel,
        )

    basis, verdaging = termijn([]), 0
    # Awb 7:10 lid 3: a verdaging counts when it was told before the term ended (openbaar).
    if soort is Bestuurssoort.OPENBAAR and b.verdaagd_op and b.verdaagd_op <= basis.einde:
        verdaging = b.verdaging_weken
        basis = termijn([], verdaging)
    # Only a term still running can be suspended.
    if b.gpo_ingediend_op and b.gpo_oordeel_op and b.gpo_ingediend_op <= basis.einde:
        return termijn([(b.gpo_ingediend_op, b.gpo_oordeel_op)], verdaging)
    return basis


def _zeker_op_tijd(
    v: Verwijdering, b: Bezwaar, besluit: dt.date, op: dt.date, kal: Kalender, bel: Beleid
) -> bool:
    """True when the decision on ``b`` is in time whatever the unknown KB lists say.

    The Atw only moves the end of a term later, and every extra KB day can only move it further.
    So the term computed as if the unknown years had no KB days is a lower bound of the real
    term: a decision on or before its end (or no decision yet on such an ``op``) is in time
    without knowing the KB lists (rules.md T-04). Past that bound the real KB list is needed,
    and an unknown year raises :class:`~passend.NietBekend` (the aanmelding check uses the
    assumed bound ``KB_ONZEKERHEID`` (a week) for the late side; here it is not
    needed).
    """
    vroegst = beslistermijn_op_bezwaar(v, b, besluit, kal.ondergrens(), bel).einde
    return (b.beslist_op or op) <= vroegst


def _gebreken(v: Verwijdering, op: dt.date, kal: Kalender, bel: Beleid) -> Iterator[Gebrek]:
    """The defects in handling a bezwaar against the verwijdering (VER-05, VER-06)."""
    b = v.bezwaar
    if b is None or v.besluit_op is None:
        return
    wet = v.school.soort.wet
    bijzonder = v.school.bestuur.soort is Bestuurssoort.BIJZONDER
    if (
        b.beslist_op is not None
        and bijzonder
        and (b.ouders_gehoord_op is None or b.ouders_gehoord_op > b.beslist_op)
    ):
        yield _gebrek(
            _C.BEZWAAR_OUDERS_NIET_GEHOORD,
            f"Op het bezwaar is op {dagnaam(b.beslist_op)} beslist zonder de ouders eerst te "
            "horen. Bij een bijzondere school hoort het bevoegd gezag de ouders over hun bezwaar.",
            _BEZWAAR_BIJZONDER[wet],
        )
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
            _GPO[wet],
        )
    if _zeker_op_tijd(v, b, v.besluit_op, op, kal, bel):
        return
    termijn = beslistermijn_op_bezwaar(v, b, v.besluit_op, kal, bel)
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
    """The defects in handling every bezwaar in the dossier (as it stood on ``op``).

    Grondslag:
        WPO art. 43, 63 lid 3; WEC art. 45, 61; WVO 2020 art. 8.8 lid 4; Awb art. 7:10
        (VER-05, VER-06).
    """
    for v in dossier.verwijderingen:
        yield from _gebreken(v, op, kalender, beleid)


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """Terms of a verwijdering, its bezwaar and its GPO case.

    After the decision: the bezwaartermijn (until a bezwaar is received) and the GPO term
    (until a case is lodged); after a bezwaar: the decision term on it, which rests while the
    GPO case is pending (then the GPO's own 10-week term is shown). ``lopende_termijnen``
    keeps those running on ``op``.

    Grondslag:
        WPO art. 43, 63 lid 3; WEC art. 45, 61; WVO 2020 art. 8.8 lid 4; Awb art. 6:7, 6:8,
        7:10; procedure of the GPO (VER-05, VER-06).
    """
    for v in dossier.verwijderingen:
        if v.besluit_op is None:
            continue
        b = v.bezwaar
        if b is None:
            yield bezwaartermijn(
                v.besluit_op,
                bestuur_soort=v.school.bestuur.soort,
                schoolsoort=v.school.soort,
                kalender=kalender,
            )
        if b is None or b.gpo_ingediend_op is None:
            yield gpo_termijn(v.besluit_op)
        if b is not None and b.beslist_op is None:
            if b.gpo_ingediend_op is not None and b.gpo_oordeel_op is None:
                yield gpo_oordeel_termijn(b.gpo_ingediend_op)
            else:
                yield beslistermijn_op_bezwaar(v, b, v.besluit_op, kalender, beleid)
