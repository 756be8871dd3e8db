"""Toelaatbaarheidsverklaring (TLV): the SWV's statement that a pupil may go to SBO, (V)SO or
PrO (rules.md §4)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from passend._fouten import TegenstrijdigDossier
from passend._partijen import Leerling, Samenwerkingsverband, School
from passend._waarden import (
    als_tuple,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_voor,
)

__all__ = ["Deskundige", "Deskundigenadvies", "Tlv", "TlvCategorie", "TlvUitkomst"]


class TlvCategorie(enum.Enum):
    """Kind of TLV; SO/VSO laag, midden, hoog are bekostigingscategorie I, II, III (TLV-04)."""

    SBO = "sbo"
    SO_LAAG = "so categorie I (laag)"
    SO_MIDDEN = "so categorie II (midden)"
    SO_HOOG = "so categorie III (hoog)"
    VSO_LAAG = "vso categorie I (laag)"
    VSO_MIDDEN = "vso categorie II (midden)"
    VSO_HOOG = "vso categorie III (hoog)"
    PRO = "praktijkonderwijs"


class TlvUitkomst(enum.Enum):
    """Outcome of a TLV request (TLV-06); the statute calls a refusal *afwijzen*."""

    AFGEGEVEN = "afgegeven"
    AANGEHOUDEN = "aangehouden"
    AFGEWEZEN = "afgewezen"


class Deskundige(enum.Enum):
    """Professions that may advise on a TLV (TLV-02)."""

    ORTHOPEDAGOOG = "orthopedagoog"
    PSYCHOLOOG = "psycholoog"
    KINDER_OF_JEUGDPSYCHOLOOG = "kinder- of jeugdpsycholoog"
    PEDAGOOG = "pedagoog"
    KINDERPSYCHIATER = "kinderpsychiater"
    MAATSCHAPPELIJK_WERKER = "maatschappelijk werker"
    ARTS = "arts"


@attrs.frozen(kw_only=True)
class Deskundigenadvies:
    """One expert's advice on a TLV request.

    Only an individual, written advice counts; a committee's collective advice does not
    (LBT 18-02-2019, TLV-02).
    """

    deskundige: Deskundige = attrs.field(validator=is_enum(Deskundige))
    datum: dt.date = attrs.field(validator=is_datum)
    individueel: bool = True
    schriftelijk: bool = True


@attrs.frozen(kw_only=True)
class Tlv:
    """A TLV request and, once decided, the SWV's decision on it.

    The SWV sets the duration; there is no statutory minimum (TLV-03), so only
    ``einddatum > ingangsdatum`` is checked.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    categorie: TlvCategorie = attrs.field(validator=is_enum(TlvCategorie))
    aangevraagd_op: dt.date = attrs.field(validator=is_datum)
    aanvrager: School = attrs.field(validator=is_type(School))
    besluit_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("aangevraagd_op", "de aanvraag")]
    )
    uitkomst: TlvUitkomst | None = attrs.field(default=None)
    ingangsdatum: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    einddatum: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    adviezen: tuple[Deskundigenadvies, ...] = attrs.field(default=(), converter=als_tuple)

    def stand_op(self, op: dt.date) -> Tlv | None:
        """This TLV as known on ``op``: None before the request; a later decision left out."""
        if self.aangevraagd_op > op:
            return None
        adviezen = [a for a in self.adviezen if a.datum <= op]
        if self.besluit_op is not None and self.besluit_op <= op:
            return attrs.evolve(self, adviezen=adviezen)
        return attrs.evolve(
            self,
            besluit_op=None,
            uitkomst=None,
            ingangsdatum=None,
            einddatum=None,
            adviezen=adviezen,
        )

    @uitkomst.validator
    def _check_uitkomst(
        self, attribute: attrs.Attribute[TlvUitkomst | None], value: TlvUitkomst | None
    ) -> None:
        if value is not None:
            is_enum(TlvUitkomst)(self, attribute, value)
        if (value is None) != (self.besluit_op is None):
            raise TegenstrijdigDossier(
                attribute.name, value, "een uitkomst hoort bij een besluitdatum en omgekeerd"
            )

    @einddatum.validator
    def _check_einde(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.ingangsdatum is not None and value <= self.ingangsdatum:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt niet na de ingangsdatum ({self.ingangsdatum})"
            )
