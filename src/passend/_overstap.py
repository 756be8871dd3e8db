"""The move from groep 8 to secondary school (PO→VO overstap): records and calendar.

The records are facts as the basisschool, the VO school and the SWV VO record them: the
voorlopig and definitief schooladvies, the doorstroomtoets, the heroverweging, the
onderwijskundig rapport, the MDO of Zuid-Kennemerland, a loting, the brugklas decision and the
lwoo-aanwijzing. :func:`overstapkalender` gives the fixed dates of a school year from package
data that cites a source per date (rules.md PV-01, PV-04). Whether the steps were taken by the
book is judged by ``passend.toets`` (module ``_overstap_toets``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from passend._bronnen import Bron, Zekerheid
from passend._fouten import NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._partijen import Leerling, Samenwerkingsverband, School, Sector
from passend._waarden import (
    als_bronnen,
    als_mdodeelnemers,
    als_overstapmomenten,
    controleer_datum,
    controleer_soort,
    elk_een,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_leeg,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave

__all__ = [
    "Adviessoort",
    "Brugklasbesluit",
    "Brugklasgrond",
    "Doorstroomtoets",
    "Heroverweging",
    "Loting",
    "Lotingsuitkomst",
    "LwooAanwijzing",
    "Mdo",
    "Mdodeelnemer",
    "Mdosoort",
    "Niveau",
    "OnderwijskundigRapport",
    "Overstapkalender",
    "Overstapmoment",
    "Regime",
    "Schooladvies",
    "overstapkalender",
    "schooljaar",
]

_G, _S, _O = Zekerheid.GEVERIFIEERD, Zekerheid.SEED, Zekerheid.ONGEVERIFIEERD
# Articles of the Wet doorstroomtoetsen po were not seen (rules.md PV-01 (b), OQ A1).
WPO_SCHOOLADVIES = Bron(
    wet="WPO", artikel="42 (schooladvies, Wet doorstroomtoetsen po)", zekerheid=_O, regel="PV-01"
)
WPO_HEROVERWEGING = Bron(
    wet="WPO", artikel="heroverweging (Wet doorstroomtoetsen po)", zekerheid=_O, regel="PV-02"
)
WPO_OKR = Bron(wet="WPO", artikel="42", zekerheid=_G, regel="PV-03")
WEC_OKR = Bron(wet="WEC", artikel="43", zekerheid=_G, regel="PV-03")
WVO_SCHOOLADVIES_LEIDEND = Bron(
    wet="WVO 2020", artikel="toelating op het schooladvies", zekerheid=_O, regel="PV-03"
)
WVO_LOTING = Bron(wet="WVO 2020", artikel="8.9", lid="1-3", zekerheid=_S, regel="PV-05")
KAMERBRIEF_LOTING = Bron(
    wet="Staatssecretaris OCW (Dekker), antwoord op Kamervragen en brief 20-12-2016",
    artikel="loting en voorkeurslijsten",
    zekerheid=_G,
    regel="PV-05",
)
WVO_PRO_LWOO = Bron(
    wet="Uitvoeringsbesluit WVO 2020", artikel="criteria lwoo en pro", zekerheid=_O, regel="PV-06"
)
ZK_OVERSTAP = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 6.1.4",
    zekerheid=_S,
    regel="PV-07",
)


class Niveau(enum.Enum):
    """The level of a schooladvies, toetsadvies or brugklas, from low to high.

    A combined level (``HAVO_VWO``) lies between its parts, so an advies can be raised by half
    a level (PV-02: havo → havo/vwo). Praktijkonderwijs is the lowest: PV-03 and PV-06 treat it
    as a schoolsoort below the vmbo leerwegen, for which the advies is not decisive.

    >>> Niveau.HAVO < Niveau.HAVO_VWO < Niveau.VWO
    True
    >>> max(Niveau.VMBO_KB, Niveau.PRO).value
    'vmbo-kb'
    """

    PRO = "pro"
    VMBO_BB = "vmbo-bb"
    VMBO_BB_KB = "vmbo-bb/kb"
    VMBO_KB = "vmbo-kb"
    VMBO_KB_GT = "vmbo-kb/gt"
    VMBO_GT = "vmbo-gt"
    VMBO_GT_HAVO = "vmbo-gt/havo"
    HAVO = "havo"
    HAVO_VWO = "havo/vwo"
    VWO = "vwo"

    @property
    def rang(self) -> int:
        """Position from low (0, PrO) to high."""
        return _RANG[self]

    @property
    def ondergrens(self) -> Niveau:
        """The lower part of a combined level, else the level itself: a VO school that places
        a havo/vwo pupil in havo stays within the advies (PV-03).

        Grondslag:
            WVO 2020 as amended by the Wet doorstroomtoetsen po: admission on the schooladvies
            (PV-03).

        >>> Niveau.HAVO_VWO.ondergrens.value, Niveau.VWO.ondergrens.value
        ('havo', 'vwo')
        """
        return _ONDERGRENS.get(self, self)

    def __lt__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang < ander.rang

    def __le__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang <= ander.rang

    def __gt__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang > ander.rang

    def __ge__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang >= ander.rang


_RANG = {niveau: i for i, niveau in enumerate(Niveau)}
_ONDERGRENS = {
    Niveau.VMBO_BB_KB: Niveau.VMBO_BB,
    Niveau.VMBO_KB_GT: Niveau.VMBO_KB,
    Niveau.VMBO_GT_HAVO: Niveau.VMBO_GT,
    Niveau.HAVO_VWO: Niveau.HAVO,
}


class Adviessoort(enum.Enum):
    """Voorlopig (January) or definitief (by 24 March) schooladvies (PV-01)."""

    VOORLOPIG = "voorlopig"
    DEFINITIEF = "definitief"


class Regime(enum.Enum):
    """The statutory regime of a school year (PV-01)."""

    #: Up to 2022-2023: schooladvies before 1 March, eindtoets afterwards.
    EINDTOETS = "eindtoets"
    #: From 2023-2024: voorlopig advies, doorstroomtoets, definitief advies.
    DOORSTROOMTOETS = "doorstroomtoets"


class Mdosoort(enum.Enum):
    """Kind of multidisciplinary meeting in Zuid-Kennemerland (PV-07)."""

    #: Overdrachts-MDO: to a regular VO school.
    MDO_O = "MDO-O"
    #: Toelatings-MDO: to PrO or VSO (TLV of the SWV VO).
    MDO_T = "MDO-T"


class Mdodeelnemer(enum.Enum):
    """Who took part in an MDO."""

    OUDERS = "ouders"
    BASISSCHOOL = "basisschool"
    VO_SCHOOL = "vo-school"
    LEERLING = "leerling"
    SWV = "samenwerkingsverband"
    ANDERS = "anders"


class Lotingsuitkomst(enum.Enum):
    """Outcome of a loting for a VO aanmelding (PV-05)."""

    INGELOOT = "ingeloot"
    UITGELOOT = "uitgeloot"


class Brugklasgrond(enum.Enum):
    """On what a VO school based its decision on the brugklas level or a refusal (PV-03)."""

    SCHOOLADVIES = "definitief schooladvies"
    TOETSADVIES = "toetsadvies"
    NIVEAU_NIET_AANGEBODEN = "school biedt het geadviseerde niveau niet aan"
    ANDERS = "andere grond"


def _zelfde_leerling(veld: str, leerling: Leerling, ander: Leerling) -> None:
    if ander != leerling:
        raise TegenstrijdigDossier(veld, ander.id, "hoort bij een andere leerling")


@attrs.frozen(kw_only=True)
class Schooladvies(Weergave):
    """A schooladvies of the basisschool: voorlopig or definitief, its level, when given.

    Under the eindtoets regime (up to 2022-2023) the one advies is recorded as definitief.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    soort: Adviessoort = attrs.field(validator=is_enum(Adviessoort))
    niveau: Niveau = attrs.field(validator=is_enum(Niveau))
    gegeven_op: dt.date = attrs.field(validator=is_datum)

    def stand_op(self, op: dt.date) -> Schooladvies | None:
        """This advies as known on ``op``: None before it was given."""
        controleer_datum("op", op)
        return self if self.gegeven_op <= op else None


@attrs.frozen(kw_only=True)
class Doorstroomtoets(Weergave):
    """The result of the doorstroomtoets (eindtoets before 2023-2024) as the school received it.

    ``vrijgesteld``: the bevoegd gezag exempted the pupil (zml, meervoudig gehandicapt, less than
    four years in the Netherlands); there is then no ``toetsadvies`` and the voorlopig advies is
    final (PV-01). ``ontvangen_op`` is the day of the result or of the exemption.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    vrijgesteld: bool = attrs.field()
    toetsadvies: Niveau | None = attrs.field()

    @vrijgesteld.validator
    def _check_vrijgesteld(self, attribute: attrs.Attribute[bool], value: object) -> None:
        if not isinstance(value, bool):
            raise OngeldigeInvoer(attribute.name, value, "verwacht True of False")

    @toetsadvies.validator
    def _check_advies(self, attribute: attrs.Attribute[Niveau | None], value: object) -> None:
        if value is not None and not isinstance(value, Niveau):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een Niveau of None")
        if (value is None) != self.vrijgesteld:
            raise TegenstrijdigDossier(
                attribute.name,
                value,
                "een toetsadvies hoort bij een gemaakte toets, geen toetsadvies bij vrijstelling",
            )

    def stand_op(self, op: dt.date) -> Doorstroomtoets | None:
        """This result as known on ``op``: None before it came."""
        controleer_datum("op", op)
        return self if self.ontvangen_op <= op else None


@attrs.frozen(kw_only=True)
class Heroverweging(Weergave):
    """The school reconsidered the advies after a higher toetsadvies (PV-02).

    ``niveau`` is the level after the heroverweging (the voorlopig level when not raised).
    ``redenen`` are the reasons recorded for not raising (fully), or None when none were
    recorded; ``passend.toets`` reports that where reasons are required.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    op: dt.date = attrs.field(validator=is_datum)
    niveau: Niveau = attrs.field(validator=is_enum(Niveau))
    redenen: str | None = attrs.field(default=None)

    @redenen.validator
    def _check_redenen(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is not None:
            niet_leeg(self, attribute, value)

    def stand_op(self, op: dt.date) -> Heroverweging | None:
        """This heroverweging as known on ``op``: None before it happened."""
        controleer_datum("op", op)
        return self if self.op <= op else None


@attrs.frozen(kw_only=True)
class OnderwijskundigRapport(Weergave):
    """The onderwijskundig rapport (OKR) the leaving school drew up for the receiving school.

    ``kopie_ouders_op``: when the parents got their copy (None: not recorded).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    aan: School = attrs.field(validator=is_type(School))
    opgesteld_op: dt.date = attrs.field(validator=is_datum)
    kopie_ouders_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("opgesteld_op", "het rapport")]
    )

    def stand_op(self, op: dt.date) -> OnderwijskundigRapport | None:
        """This OKR as known on ``op``: None before it was drawn up."""
        controleer_datum("op", op)
        if self.opgesteld_op > op:
            return None
        return vervang(self, kopie_ouders_op=tot_en_met(self.kopie_ouders_op, op))


@attrs.frozen(kw_only=True)
class Mdo(Weergave):
    """A multidisciplinary meeting of Zuid-Kennemerland on the overstap (PV-07).

    ``vo_school`` is the VO, PrO or VSO school taking part; ``behoeften_verstuurd_op`` the day
    the basisschool sent the onderwijsbehoeften on paper to it (None: not recorded).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    soort: Mdosoort = attrs.field(validator=is_enum(Mdosoort))
    op: dt.date = attrs.field(validator=is_datum)
    basisschool: School = attrs.field(validator=is_type(School))
    vo_school: School = attrs.field(validator=is_type(School))
    deelnemers: tuple[Mdodeelnemer, ...] = attrs.field(
        converter=als_mdodeelnemers, validator=elk_een(Mdodeelnemer)
    )
    behoeften_verstuurd_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    def stand_op(self, op: dt.date) -> Mdo | None:
        """This MDO as known on ``op``: None before it was held (papers sent before stay)."""
        controleer_datum("op", op)
        return self if self.op <= op else None


@attrs.frozen(kw_only=True)
class Loting(Weergave):
    """A loting at a VO school for the pupil's aanmelding there (PV-05).

    ``bekend_op`` is the day it was known that the school draws lots for this aanmelding (the
    zorgplicht then waits for the outcome); ``uitkomst`` and ``uitkomst_op`` are None until the
    draw.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    bekend_op: dt.date = attrs.field(validator=is_datum)
    uitkomst: Lotingsuitkomst | None = attrs.field(default=None)
    uitkomst_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("bekend_op", "het bekend worden")]
    )

    @uitkomst.validator
    def _check_uitkomst(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            is_enum(Lotingsuitkomst)(self, attribute, value)

    def __attrs_post_init__(self) -> None:
        if (self.uitkomst is None) != (self.uitkomst_op is None):
            raise TegenstrijdigDossier(
                "uitkomst", self.uitkomst, "een uitkomst hoort bij een datum van de loting"
            )

    def stand_op(self, op: dt.date) -> Loting | None:
        """This loting as known on ``op``: None before it was known; the outcome from its day."""
        controleer_datum("op", op)
        if self.bekend_op > op:
            return None
        if self.uitkomst_op is not None and self.uitkomst_op > op:
            return vervang(self, uitkomst=None, uitkomst_op=None)
        return self


@attrs.frozen(kw_only=True)
class Brugklasbesluit(Weergave):
    """The VO school's decision on the brugklas: placed at ``niveau``, or refused (None), and
    on what ground (PV-03)."""

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    op: dt.date = attrs.field(validator=is_datum)
    niveau: Niveau | None = attrs.field()
    grond: Brugklasgrond = attrs.field(validator=is_enum(Brugklasgrond))

    @niveau.validator
    def _check_niveau(self, attribute: attrs.Attribute[Niveau | None], value: object) -> None:
        if value is not None:
            is_enum(Niveau)(self, attribute, value)

    def stand_op(self, op: dt.date) -> Brugklasbesluit | None:
        """This decision as known on ``op``: None before it was taken."""
        controleer_datum("op", op)
        return self if self.op <= op else None


@attrs.frozen(kw_only=True)
class LwooAanwijzing(Weergave):
    """A request for an aanwijzing leerwegondersteuning (lwoo) at the SWV VO, and its decision.

    Not a TLV (PV-06). ``afgegeven`` is None while undecided.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    aanvrager: School = attrs.field(validator=is_type(School))
    aangevraagd_op: dt.date = attrs.field(validator=is_datum)
    besluit_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("aangevraagd_op", "de aanvraag")]
    )
    afgegeven: bool | None = attrs.field(default=None, validator=is_bool_of_none)

    @swv.validator
    def _check_swv(self, attribute: attrs.Attribute[Samenwerkingsverband], value: Any) -> None:
        if value.sector is not Sector.VO:
            raise OngeldigeInvoer(attribute.name, value.id, "een lwoo-aanwijzing geeft een SWV VO")

    def __attrs_post_init__(self) -> None:
        if (self.afgegeven is None) != (self.besluit_op is None):
            raise TegenstrijdigDossier(
                "afgegeven", self.afgegeven, "een besluit heeft een datum en een uitkomst"
            )

    def stand_op(self, op: dt.date) -> LwooAanwijzing | None:
        """This request as known on ``op``: None before it was made; a later decision left out."""
        controleer_datum("op", op)
        if self.aangevraagd_op > op:
            return None
        if self.besluit_op is not None and self.besluit_op > op:
            return vervang(self, besluit_op=None, afgegeven=None)
        return self


# --- The overstap calendar -----------------------------------------------------------------

_SCHOOLJAAR = re.compile(r"(\d{4})-(\d{4})")


def schooljaar(d: dt.date) -> str:
    """The school year (1 August - 31 July) that ``d`` falls in.

    >>> schooljaar(dt.date(2026, 3, 25)), schooljaar(dt.date(2026, 8, 1))
    ('2025-2026', '2026-2027')
    """
    begin = d.year if controleer_datum("d", d).month >= 8 else d.year - 1
    return f"{begin}-{begin + 1}"


@attrs.frozen(kw_only=True)
class Overstapmoment(Weergave):
    """A fixed date or window of the overstap: ``van`` (None: only an end) to ``tot``."""

    naam: str = attrs.field(validator=niet_leeg)
    van: dt.date | None = attrs.field(validator=is_datum_of_none)
    tot: dt.date = attrs.field(validator=[is_datum, niet_voor("van", "het begin")])
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))


@attrs.frozen(kw_only=True)
class Overstapkalender(Weergave):
    """The fixed overstap dates of one school year, each with its source.

    :meth:`moment` raises :class:`~passend.NietBekend` for a date the package data does not
    have (not verified), never a guess.
    """

    schooljaar: str = attrs.field(validator=niet_leeg)
    regime: Regime = attrs.field(validator=is_enum(Regime))
    momenten: tuple[Overstapmoment, ...] = attrs.field(
        converter=als_overstapmomenten, validator=elk_een(Overstapmoment)
    )

    def moment(self, naam: str) -> Overstapmoment:
        """The moment called ``naam`` (``"voorlopig schooladvies"``, ``"doorstroomtoets"``,
        ``"toetsuitslag"``, ``"definitief schooladvies"``, ``"centrale aanmeldweek"``; under
        the eindtoets regime ``"schooladvies"`` and ``"eindtoets"``).

        Grondslag:
            WPO as amended by the Wet doorstroomtoetsen po and the OCW tijdpad of the school
            year (PV-01); each moment cites its own source.
        """
        controleer_soort("naam", naam, str)
        for m in self.momenten:
            if m.naam == naam:
                return m
        raise NietBekend(
            naam,
            self.schooljaar,
            "deze datum van de overstap is voor dit schooljaar niet geverifieerd (rules.md "
            "PV-01, OQ A1)",
        )


@functools.cache
def _kalenderdata() -> dict[str, Any]:
    tekst = resources.files("passend").joinpath("data/overstap.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(tekst)
    return data


def _bron(sleutel: str) -> Bron:
    ruw = _kalenderdata()["bronnen"][sleutel]
    return Bron(
        wet=ruw["wet"], artikel=ruw["artikel"], zekerheid=Zekerheid(ruw["zekerheid"]), regel="PV-01"
    )


def overstapkalender(jaar: str) -> Overstapkalender:
    """The overstap calendar of school year ``jaar`` (``"2025-2026"``).

    Fixed calendar dates, not week terms: no Atw shift (rules.md PV-01, OQ A3). A school year
    the package data does not cover raises :class:`~passend.NietBekend`.

    Grondslag:
        WPO as amended by the Wet doorstroomtoetsen po (PV-01, PV-04); the source of each date
        is in its ``grondslag``.

    >>> k = overstapkalender("2025-2026")
    >>> k.moment("definitief schooladvies").tot
    datetime.date(2026, 3, 24)
    >>> k.moment("doorstroomtoets")
    Traceback (most recent call last):
    ...
    passend._fouten.NietBekend: doorstroomtoets = '2025-2026': deze datum ...
    """
    if not isinstance(jaar, str) or not (m := _SCHOOLJAAR.fullmatch(jaar)):
        raise OngeldigeInvoer("jaar", jaar, "verwacht een schooljaar als '2025-2026'")
    if int(m[2]) != int(m[1]) + 1:
        raise OngeldigeInvoer("jaar", jaar, "een schooljaar loopt over twee opeenvolgende jaren")
    ruw = _kalenderdata()["schooljaren"].get(jaar)
    if ruw is None:
        raise NietBekend(
            "jaar", jaar, "voor dit schooljaar heeft passend geen geverifieerde overstapdatums"
        )
    momenten = tuple(
        Overstapmoment(
            naam=naam,
            van=None if w["van"] is None else dt.date.fromisoformat(w["van"]),
            tot=dt.date.fromisoformat(w["tot"]),
            grondslag=(_bron(w["bron"]),),
        )
        for naam, w in ruw["momenten"].items()
    )
    return Overstapkalender(schooljaar=jaar, regime=Regime(ruw["regime"]), momenten=momenten)
