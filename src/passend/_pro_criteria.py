"""Criteria voor praktijkonderwijs (PrO) en leerwegondersteuning (lwoo) als zuivere controles
op toetsresultaten (rules.md PV-06).

PrO: een TLV van het SWV VO, zonder opt-out; de getallen hieronder zijn die van rules.md. Lwoo:
een aanwijzing van het SWV VO, dat de criteria door eigen criteria mag vervangen; daarom zijn ze
invoer (:class:`LwooCriteria`) zonder standaardwaarden: de oude waarden die rules.md vond, zijn
geen geldend recht.
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
    """De leergebieden van de criteria voor PrO en lwoo."""

    #: Inzichtelijk rekenen.
    INZICHTELIJK_REKENEN = "inzichtelijk rekenen"
    #: Begrijpend lezen.
    BEGRIJPEND_LEZEN = "begrijpend lezen"
    #: Technisch lezen.
    TECHNISCH_LEZEN = "technisch lezen"
    #: Spellen.
    SPELLEN = "spellen"


class Criteriumuitkomst(enum.Enum):
    """Antwoord van een controle op de criteria."""

    #: De leerling voldoet aan de criteria.
    VOLDOET = "voldoet"
    #: Voldoet aan de criteria, maar in een gebied waarin de aanvraag een extra motivering
    #: vraagt (regionale praktijk).
    GRENSGEVAL = "grensgeval (motivering nodig)"
    #: De leerling voldoet niet aan de criteria.
    VOLDOET_NIET = "voldoet niet"


def _is_int(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 250:
        raise OngeldigeInvoer(attribute.name, value, "verwacht een IQ als geheel getal")


def _is_fractie(_: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not Decimal(0) <= value <= Decimal(1):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een Decimal van 0 tot en met 1")


@attrs.frozen(kw_only=True)
class Toetsresultaat(Weergave):
    """Een relatieve leerachterstand op één leergebied, met naam en datum van de toets, zoals
    de aanvraag die moet vermelden (ondersteuningsplan Zuid-Kennemerland § 6.1.4)."""

    #: Het leergebied.
    domein: Domein = attrs.field(validator=is_enum(Domein))
    #: De relatieve achterstand als fractie van 0 tot en met 1 (``Decimal("0.5")`` = 50 %).
    achterstand: Decimal = attrs.field(validator=_is_fractie)
    #: De naam van de toets.
    toets: str = attrs.field(validator=niet_leeg)
    #: De dag waarop de toets is afgenomen.
    afgenomen_op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class Intelligentiemeting(Weergave):
    """Een totaal-IQ met naam en datum van de test."""

    #: Het totaal-IQ (een geheel getal).
    iq: int = attrs.field(validator=_is_int)
    #: De naam van de test.
    toets: str = attrs.field(validator=niet_leeg)
    #: De dag waarop de test is afgenomen.
    afgenomen_op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class LwooCriteria(Weergave):
    """De lwoo-criteria die een SWV VO toepast: een IQ-gebied, een minimale relatieve
    achterstand op ten minste ``domeinen`` leergebieden, en het document waar ze uit komen."""

    #: Laagste IQ dat voldoet (inbegrepen).
    iq_van: int = attrs.field(validator=_is_int)
    #: Hoogste IQ dat voldoet (inbegrepen).
    iq_tot: int = attrs.field(validator=_is_int)
    #: Minimale relatieve achterstand per leergebied, als fractie van 0 tot en met 1.
    achterstand_minimaal: Decimal = attrs.field(validator=_is_fractie)
    #: Op hoeveel leergebieden (1 tot en met 4) de achterstand ten minste moet zijn.
    domeinen: int = attrs.field()
    #: Het document waar de criteria uit komen (wet of ondersteuningsplan).
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))

    @domeinen.validator
    def _check_domeinen(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 4:
            raise OngeldigeInvoer(attribute.name, value, "verwacht 1 tot en met 4 domeinen")


@attrs.frozen(kw_only=True)
class Criteriumoordeel(Weergave):
    """Het antwoord van :func:`pro_criteria` of :func:`lwoo_criteria`."""

    #: Voldoet, grensgeval of voldoet niet.
    uitkomst: Criteriumuitkomst = attrs.field(validator=is_enum(Criteriumuitkomst))
    #: De bronnen van de criteria.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Het oordeel in woorden, met wat er gemeten is.
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
    """Of een leerling voldoet aan de criteria voor PrO: IQ 55-80 en een achterstand van ten
    minste 50 % (3 jaar) op ten minste twee leergebieden, waarvan inzichtelijk rekenen of
    begrijpend lezen. IQ 75-80 met voldoende achterstand is een grensgeval dat een extra
    motivering vraagt (regionale praktijk, rules.md PV-06); of tegenstrijdige resultaten de
    doorslag geven, laat passend aan een mens.

    Grondslag:
        Uitvoeringsbesluit WVO 2020, criteria praktijkonderwijs (PV-06; artikel niet gezien).

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
    """Of een leerling voldoet aan de lwoo-criteria die het SWV VO toepast (``criteria``): het
    IQ binnen het gebied en de minimale achterstand op ten minste het gevraagde aantal
    leergebieden.

    Grondslag:
        Uitvoeringsbesluit WVO 2020 of het ondersteuningsplan van het SWV VO (PV-06), zoals
        ``criteria.grondslag`` vermeldt.
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
