"""Aanmelding and the decision on it: the records that start the zorgplicht (rules.md §1-2).

These are facts as a school records them. Whether they were handled by the book is judged by
``passend.toets``; who carries the zorgplicht by ``passend.zorgplicht``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid
from passend._fouten import NietBekend, OngeldigeInvoer
from passend._kalender import Kalender
from passend._partijen import Leerling, School, Schoolsoort
from passend._waarden import (
    als_tuple,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_voor,
    tot_en_met,
)
from passend.termijnen import Termijn, beslistermijn, niet_behandelen_termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Aanmelding",
    "Contactmoment",
    "loopt",
    "termijnen",
    "Informatieverzoek",
    "Ondersteuningsbehoefte",
    "Toelatingsbesluit",
    "Toelatingsuitkomst",
    "Uitzondering",
    "Verlenging",
]


class Ondersteuningsbehoefte(enum.Enum):
    """What the parents stated (or the school established) about extra support at aanmelding."""

    GEEN = "geen"
    VERMOED = "vermoed"
    VASTGESTELD = "vastgesteld"
    #: Not (yet) known: the zorgplicht answer says so instead of guessing.
    ONBEKEND = "onbekend"


class Uitzondering(enum.Enum):
    """Grounds on which the zorgplicht does not apply to an aanmelding (AAN-07)."""

    SCHOOL_VOL = "school vol voor alle leerlingen"
    GRONDSLAG_GEWEIGERD = "ouders onderschrijven of respecteren de grondslag niet"
    ALLEEN_TAALONDERSTEUNING = "alleen ondersteuning bij het leren van het Nederlands"
    CLUSTER_1_2 = "instelling voor cluster 1 of 2"
    VO_TOELATINGSEISEN = "voldoet niet aan de toelatingseisen van het vo"


class Toelatingsuitkomst(enum.Enum):
    """Outcome of the decision on an aanmelding."""

    TOEGELATEN = "toegelaten"
    GEWEIGERD = "geweigerd"
    NIET_BEHANDELD = "niet behandeld"


@attrs.frozen(kw_only=True)
class Verlenging:
    """The one extension of the beslistermijn, as notified to the parents.

    More than 4 weeks can be recorded (it happens); ``passend.toets`` reports it.
    """

    medegedeeld_op: dt.date = attrs.field(validator=is_datum)
    weken: int = attrs.field()

    @weken.validator
    def _check_weken(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise OngeldigeInvoer(attribute.name, value, "verwacht een geheel aantal weken ≥ 1")


@attrs.frozen(kw_only=True)
class Informatieverzoek:
    """A request to the parents for missing information (AAN-04, BES-03).

    ``termijn_tot``: the term the school set for it; ``ontvangen_op``: when the information came.
    """

    verzonden_op: dt.date = attrs.field(validator=is_datum)
    termijn_tot: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("verzonden_op", "het verzoek")],
    )
    ontvangen_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("verzonden_op", "het verzoek")],
    )


@attrs.frozen(kw_only=True)
class Toelatingsbesluit:
    """The decision on an aanmelding.

    ``andere_school`` with ``andere_school_bereid_op``: the school that declared itself willing
    to admit the pupil before a refusal (BES-04). ``schriftelijk_gemotiveerd`` is None when not
    recorded.
    """

    datum: dt.date = attrs.field(validator=is_datum)
    uitkomst: Toelatingsuitkomst = attrs.field(validator=is_enum(Toelatingsuitkomst))
    andere_school: School | None = None
    andere_school_bereid_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    schriftelijk_gemotiveerd: bool | None = None


@attrs.frozen(kw_only=True)
class Aanmelding:
    """An aanmelding of a pupil at a school, as received by its bevoegd gezag.

    ``voorkeur`` is the parents' preference rank (1 = first preference), or None when they did
    not give one. ``schriftelijk=False`` records a disputed, non-written aanmelding (AAN-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    ondersteuningsbehoefte: Ondersteuningsbehoefte = attrs.field(
        validator=is_enum(Ondersteuningsbehoefte)
    )
    voorkeur: int | None = attrs.field(default=1)
    schriftelijk: bool = True
    uitzondering: Uitzondering | None = None
    verlenging: Verlenging | None = attrs.field(default=None)
    informatieverzoeken: tuple[Informatieverzoek, ...] = attrs.field(
        default=(), converter=als_tuple
    )
    besluit: Toelatingsbesluit | None = attrs.field(default=None)
    #: Central placement (Haarlem, AAN-06): the day the parents accepted the offered place.
    plaats_geaccepteerd_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("ontvangen_op", "de ontvangst van de aanmelding")],
    )

    @voorkeur.validator
    def _check_voorkeur(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 1
        ):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een rangnummer ≥ 1 of None")

    @verlenging.validator
    def _check_verlenging(
        self, attribute: attrs.Attribute[Verlenging | None], value: Verlenging | None
    ) -> None:
        if value is not None:
            niet_voor("ontvangen_op", "de ontvangst van de aanmelding")(
                self, attribute, value.medegedeeld_op
            )

    @besluit.validator
    def _check_besluit(
        self, attribute: attrs.Attribute[Toelatingsbesluit | None], value: Toelatingsbesluit | None
    ) -> None:
        if value is not None:
            niet_voor("ontvangen_op", "de ontvangst van de aanmelding")(
                self, attribute, value.datum
            )

    def stand_op(self, op: dt.date) -> Aanmelding | None:
        """This aanmelding as known on ``op``: None before receipt, later facts left out."""
        if self.ontvangen_op > op:
            return None
        verlenging = self.verlenging
        besluit = self.besluit
        return attrs.evolve(
            self,
            verlenging=verlenging if verlenging and verlenging.medegedeeld_op <= op else None,
            informatieverzoeken=[
                attrs.evolve(v, ontvangen_op=tot_en_met(v.ontvangen_op, op))
                for v in self.informatieverzoeken
                if v.verzonden_op <= op
            ],
            besluit=(
                attrs.evolve(
                    besluit, andere_school_bereid_op=tot_en_met(besluit.andere_school_bereid_op, op)
                )
                if besluit and besluit.datum <= op
                else None
            ),
            plaats_geaccepteerd_op=tot_en_met(self.plaats_geaccepteerd_op, op),
        )

    def aanmeldmoment(self, beleid: Beleid | None = None) -> dt.date | None:
        """The day this aanmelding counts from for the zorgplicht and the beslistermijn.

        The day of receipt (AAN-01); with ``Beleid.centrale_plaatsing`` at a basisschool, the
        day the parents accepted the offered place, or None while they have not (AAN-06).
        """
        if (beleid or Beleid()).centrale_plaatsing and self.school.soort is Schoolsoort.BAO:
            return self.plaats_geaccepteerd_op
        return self.ontvangen_op

    def beslistermijn(
        self, *, kalender: Kalender | None = None, beleid: Beleid | None = None
    ) -> Termijn:
        """The beslistermijn of this aanmelding, with its extension and information requests.

        An extension of more than 4 weeks has no effect beyond the statutory 4 weeks: the term
        is computed with 4 and the explanation says so (``passend.toets`` reports the defect).

        Grondslag:
            WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-01, BES-03).
        """
        verlenging = self.verlenging
        weken = min(verlenging.weken, 4) if verlenging else 0
        moment = self.aanmeldmoment(beleid)
        if moment is None:
            raise NietBekend(
                "plaats_geaccepteerd_op",
                None,
                "bij centrale plaatsing loopt de beslistermijn pas vanaf de aanvaarding van de "
                "aangeboden plaats",
            )
        termijn = beslistermijn(
            moment,
            verlenging_weken=weken,
            verlenging_medegedeeld_op=verlenging.medegedeeld_op if verlenging else None,
            informatieverzoeken=[
                (v.verzonden_op, v.ontvangen_op)
                for v in self.informatieverzoeken
                if v.ontvangen_op is not None
            ],
            schoolsoort=self.school.soort,
            kalender=kalender,
            beleid=beleid,
        )
        if verlenging and verlenging.weken > 4:
            termijn = attrs.evolve(
                termijn,
                uitleg=f"{termijn.uitleg} Meegedeeld was een verlenging van {verlenging.weken} "
                "weken; de wet staat ten hoogste 4 weken toe, dus de termijn is met 4 weken "
                "verlengd.",
            )
        return termijn


@attrs.frozen(kw_only=True)
class Contactmoment:
    """First contact (by phone or in writing) of parents or professionals with a school about
    a pupil, before any written aanmelding.

    It starts no statutory zorgplicht; Zuid-Kennemerland attaches a "morele zorgplicht" to it
    (``Beleid.morele_zorgplicht``, seed 004 § 6.1.1).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    op: dt.date = attrs.field(validator=is_datum)

    def stand_op(self, op: dt.date) -> Contactmoment | None:
        """This contact as known on ``op``: None before it happened."""
        return self if self.op <= op else None


def loopt(aanmelding: Aanmelding, dossier: Dossier, op: dt.date, beleid: Beleid) -> bool:
    """True when ``aanmelding`` is still running on ``op``.

    It counts from its :meth:`~Aanmelding.aanmeldmoment` and ends when the pupil is enrolled at
    any school or the parents turn down an offered place after it (ZP-01), or when the bevoegd
    gezag decided not to treat it (AAN-04). ``dossier`` is the dossier as it stood on ``op``.
    """
    moment = aanmelding.aanmeldmoment(beleid)
    if moment is None or moment > op:
        return False
    besluit = aanmelding.besluit
    if besluit is not None and besluit.uitkomst is Toelatingsuitkomst.NIET_BEHANDELD:
        return False
    ingeschreven = (i.ingeschreven_op for i in dossier.inschrijvingen)
    afgewezen = (a.afgewezen_op for a in dossier.aanbodafwijzingen)
    return not any(moment <= d <= op for d in (*ingeschreven, *afgewezen))


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """The terms of every running, undecided aanmelding: the beslistermijn and, after a request
    for information, the term to decide not to treat it (BES-01, AAN-04).

    Grondslag:
        WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-01); WPO art. 40,
        WEC art. 40 (AAN-04).
    """
    for aanmelding in dossier.aanmeldingen:
        if aanmelding.besluit is not None or not loopt(aanmelding, dossier, op, beleid):
            continue
        yield aanmelding.beslistermijn(kalender=kalender, beleid=beleid)
        for verzoek in aanmelding.informatieverzoeken:
            # Four weeks after the information came, or after the term set for it ran out unused.
            na = verzoek.ontvangen_op
            if na is None and verzoek.termijn_tot is not None and verzoek.termijn_tot < op:
                na = verzoek.termijn_tot
            if na is not None:
                yield niet_behandelen_termijn(
                    na, schoolsoort=aanmelding.school.soort, kalender=kalender
                )
