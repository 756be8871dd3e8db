"""Criteria for praktijkonderwijs (PrO) and leerwegondersteuning (lwoo) as pure checks on test
results (rules.md PV-06).

PrO: a TLV of the SWV VO, no opt-out; the numbers below are the ones rules.md gives. Lwoo: an
aanwijzing of the SWV VO, whose criteria an SWV may replace by its own, so they are an input
(:class:`LwooCriteria`) without defaults: the old values rules.md found are not current law.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import attrs

from passend._bronnen import Bron
from passend._fouten import OngeldigeInvoer
from passend._overstap import WVO_PRO_LWOO
from passend._waarden import als_bronnen, controleer_soort, elk_een, is_datum, is_enum, niet_leeg
from passend._weergave import Weergave

__all__ = [
    "Criteriumoordeel",
    "Criteriumuitkomst",
    "Domein",
    "Intelligentiemeting",
    "LwooCriteria",
    "Toetsresultaat",
    "lwoo_criteria",
    "pro_criteria",
]


class Domein(enum.Enum):
    """The learning domains of the PrO and lwoo criteria."""

    INZICHTELIJK_REKENEN = "inzichtelijk rekenen"
    BEGRIJPEND_LEZEN = "begrijpend lezen"
    TECHNISCH_LEZEN = "technisch lezen"
    SPELLEN = "spellen"


class Criteriumuitkomst(enum.Enum):
    """Answer of a criteria check."""

    VOLDOET = "voldoet"
    #: Meets the criteria in a range that needs an extra motivation (regional practice).
    GRENSGEVAL = "grensgeval (motivering nodig)"
    VOLDOET_NIET = "voldoet niet"


def _is_int(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 250:
        raise OngeldigeInvoer(attribute.name, value, "verwacht een IQ als geheel getal")


def _is_fractie(_: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not Decimal(0) <= value <= Decimal(1):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een Decimal van 0 tot en met 1")


@attrs.frozen(kw_only=True)
class Toetsresultaat(Weergave):
    """A relative learning delay on one domain (``Decimal("0.5")`` = 50 %), with the test's
    name and date, as the request must state (seed 004 § 6.1.4)."""

    domein: Domein = attrs.field(validator=is_enum(Domein))
    achterstand: Decimal = attrs.field(validator=_is_fractie)
    toets: str = attrs.field(validator=niet_leeg)
    afgenomen_op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class Intelligentiemeting(Weergave):
    """A total IQ with the test's name and date."""

    iq: int = attrs.field(validator=_is_int)
    toets: str = attrs.field(validator=niet_leeg)
    afgenomen_op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class LwooCriteria(Weergave):
    """The lwoo criteria an SWV VO applies: an IQ range, a minimum relative delay on at least
    ``domeinen`` domains, and the document they come from (statute or ondersteuningsplan)."""

    iq_van: int = attrs.field(validator=_is_int)
    iq_tot: int = attrs.field(validator=_is_int)
    achterstand_minimaal: Decimal = attrs.field(validator=_is_fractie)
    domeinen: int = attrs.field()
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))

    @domeinen.validator
    def _check_domeinen(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 4:
            raise OngeldigeInvoer(attribute.name, value, "verwacht 1 tot en met 4 domeinen")


@attrs.frozen(kw_only=True)
class Criteriumoordeel(Weergave):
    """The answer of :func:`pro_criteria` or :func:`lwoo_criteria`."""

    uitkomst: Criteriumuitkomst = attrs.field(validator=is_enum(Criteriumuitkomst))
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    uitleg: str = attrs.field(validator=niet_leeg)


def _domeinen(resultaten: tuple[Toetsresultaat, ...], minimaal: Decimal) -> list[Domein]:
    return sorted(
        {r.domein for r in resultaten if r.achterstand >= minimaal}, key=lambda d: d.value
    )


def _check_invoer(iq: object, resultaten: object) -> tuple[Toetsresultaat, ...]:
    controleer_soort("iq", iq, Intelligentiemeting)
    if not isinstance(resultaten, tuple) or not all(
        isinstance(r, Toetsresultaat) for r in resultaten
    ):
        raise OngeldigeInvoer("resultaten", resultaten, "verwacht een tuple van Toetsresultaat")
    return resultaten


def pro_criteria(
    iq: Intelligentiemeting, resultaten: tuple[Toetsresultaat, ...]
) -> Criteriumoordeel:
    """Whether a pupil meets the PrO criteria: IQ 55-80 and a delay of at least 50 % (3 years)
    on at least two domains, one of them inzichtelijk rekenen or begrijpend lezen. IQ 75-80
    with the delay criterion met is a grensgeval that needs an extra motivation (regional
    practice, rules.md PV-06); whether conflicting results are decisive is left to a person.

    Grondslag:
        Uitvoeringsbesluit WVO 2020, criteria praktijkonderwijs (PV-06; article not seen).

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> d = dt.date(2026, 1, 12)
    >>> r = (Toetsresultaat(domein=Domein.BEGRIJPEND_LEZEN, achterstand=Decimal("0.55"),
    ...                     toets="LVS begrijpend lezen M8", afgenomen_op=d),
    ...      Toetsresultaat(domein=Domein.TECHNISCH_LEZEN, achterstand=Decimal("0.60"),
    ...                     toets="DMT", afgenomen_op=d))
    >>> pro_criteria(Intelligentiemeting(iq=72, toets="WISC-V", afgenomen_op=d), r).uitkomst.name
    'VOLDOET'
    """
    resultaten = _check_invoer(iq, resultaten)
    bron = (WVO_PRO_LWOO,)
    domeinen = _domeinen(resultaten, Decimal("0.5"))
    kern = {Domein.INZICHTELIJK_REKENEN, Domein.BEGRIJPEND_LEZEN} & set(domeinen)
    gemeten = (
        f"IQ {iq.iq} ({iq.toets}, {iq.afgenomen_op.isoformat()}); achterstand van ten minste 50 % "
        f"op: {', '.join(d.value for d in domeinen) or 'geen domein'}."
    )
    if not 55 <= iq.iq <= 80:
        return Criteriumoordeel(
            uitkomst=Criteriumuitkomst.VOLDOET_NIET,
            grondslag=bron,
            uitleg=f"Voldoet niet: het IQ ligt buiten 55-80. {gemeten}",
        )
    if len(domeinen) < 2 or not kern:
        return Criteriumoordeel(
            uitkomst=Criteriumuitkomst.VOLDOET_NIET,
            grondslag=bron,
            uitleg="Voldoet niet: nodig is een achterstand van ten minste 50 % op twee domeinen, "
            f"waarvan inzichtelijk rekenen of begrijpend lezen. {gemeten}",
        )
    if iq.iq >= 75:
        return Criteriumoordeel(
            uitkomst=Criteriumuitkomst.GRENSGEVAL,
            grondslag=bron,
            uitleg="Grensgeval: de criteria zijn gehaald, maar bij een IQ van 75 tot en met 80 "
            f"vraagt de aanvraag een extra motivering. {gemeten}",
        )
    return Criteriumoordeel(
        uitkomst=Criteriumuitkomst.VOLDOET, grondslag=bron, uitleg=f"Voldoet. {gemeten}"
    )


def lwoo_criteria(
    criteria: LwooCriteria, iq: Intelligentiemeting, resultaten: tuple[Toetsresultaat, ...]
) -> Criteriumoordeel:
    """Whether a pupil meets the lwoo criteria the SWV VO applies (``criteria``): the IQ in its
    range and the minimum delay on at least its number of domains.

    Grondslag:
        Uitvoeringsbesluit WVO 2020 or the ondersteuningsplan of the SWV VO (PV-06), as cited by
        ``criteria.grondslag``.
    """
    controleer_soort("criteria", criteria, LwooCriteria)
    resultaten = _check_invoer(iq, resultaten)
    domeinen = _domeinen(resultaten, criteria.achterstand_minimaal)
    voldoet = criteria.iq_van <= iq.iq <= criteria.iq_tot and len(domeinen) >= criteria.domeinen
    return Criteriumoordeel(
        uitkomst=Criteriumuitkomst.VOLDOET if voldoet else Criteriumuitkomst.VOLDOET_NIET,
        grondslag=criteria.grondslag,
        uitleg=f"{'Voldoet' if voldoet else 'Voldoet niet'} aan de lwoo-criteria (IQ "
        f"{criteria.iq_van}-{criteria.iq_tot}, achterstand ten minste "
        f"{criteria.achterstand_minimaal} op {criteria.domeinen} domeinen): IQ {iq.iq}, "
        f"achterstand op {len(domeinen)} domein(en).",
    )
