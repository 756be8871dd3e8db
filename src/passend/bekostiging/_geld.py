"""Money helpers: ``Decimal`` only, rounded half-up once, at the end of a computation.

Grondslag: none — money arithmetic (DESIGN principle 6: Decimal, rounded half-up once);
the rules that use it cite their own articles.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from passend._fouten import OngeldigeInvoer

CENT = Decimal("0.01")
EURO = Decimal("1")


def op_centen(bedrag: Decimal) -> Decimal:
    """``bedrag`` afgerond op hele centen, een half naar boven (de laatste stap van een berekening).

    >>> op_centen(Decimal("8525.666"))
    Decimal('8525.67')
    >>> op_centen(Decimal("-0.005"))
    Decimal('-0.01')
    """
    return controleer_bedrag("bedrag", bedrag).quantize(CENT, rounding=ROUND_HALF_UP)


def op_euros(bedrag: Decimal) -> Decimal:
    """``bedrag`` afgerond op hele euro's, een half naar boven, zoals begrotingstabellen het tonen.

    >>> op_euros(Decimal("-762957.46"))
    Decimal('-762957')
    >>> op_euros(Decimal("679448.50"))
    Decimal('679449')
    """
    return controleer_bedrag("bedrag", bedrag).quantize(EURO, rounding=ROUND_HALF_UP)


def is_bedrag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite ``Decimal`` (never a float: floats cannot hold cents exactly)."""
    controleer_bedrag(attribute.name, value)


def is_niet_negatief_bedrag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite ``Decimal`` ≥ 0 (a tariff or a budget line that cannot be negative)."""
    if controleer_bedrag(attribute.name, value) < 0:
        raise OngeldigeInvoer(attribute.name, value, "mag niet negatief zijn")


def is_aantal(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A whole number of pupils ≥ 0 (``bool`` is refused: ``True`` is not a count)."""
    controleer_aantal(attribute.name, value)


def controleer_bedrag(veld: str, value: object) -> Decimal:
    """``value`` as a finite Decimal, or :class:`~passend.OngeldigeInvoer` naming ``veld``."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise OngeldigeInvoer(veld, value, "verwacht een eindig Decimal-bedrag")
    return value


def controleer_aantal(veld: str, value: object) -> int:
    """``value`` as a count ≥ 0, or :class:`~passend.OngeldigeInvoer` naming ``veld``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise OngeldigeInvoer(veld, value, "verwacht een geheel aantal van 0 of meer")
    return value


def euro(bedrag: Decimal) -> str:
    """Dutch notation of a whole-euro or cent amount: ``€ 1.797.043`` / ``€ 8.525,67``.

    >>> euro(Decimal("-762957"))
    '€ -762.957'
    >>> euro(Decimal("8525.67"))
    '€ 8.525,67'
    """
    if bedrag == 0:
        bedrag = abs(bedrag)  # no "€ -0" for a rounded -0.2
    with decimal.localcontext() as ctx:
        ctx.prec = 40
        tekst = f"{bedrag:,}"
    return "€ " + tekst.replace(",", "_").replace(".", ",").replace("_", ".")
