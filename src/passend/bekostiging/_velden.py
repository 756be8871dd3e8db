"""Field checks of the bekostiging records: years, yes/no fields, sequences and grondslag.

Every failure is an :class:`~passend.OngeldigeInvoer` naming the field and the value.

Grondslag: none — input checks; the rules that use them cite their own articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from passend._bronnen import Bron, Zekerheid
from passend._fouten import OngeldigeInvoer
from passend._waarden import Validator, elk_een

__all__ = [
    "controleer_jaar",
    "grondslag_van",
    "is_grondslag",
    "is_jaar",
    "reeks_van",
    "scenario_bron",
]


def controleer_jaar(veld: str, value: object) -> int:
    """``value`` as a calendar year (an ``int``, never a ``bool`` or a text)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise OngeldigeInvoer(veld, value, "verwacht een kalenderjaar (int)")
    return value


def is_jaar(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A calendar year."""
    controleer_jaar(attribute.name, value)


def reeks_van(soort: type) -> Validator:
    """A tuple whose every element is a ``soort``."""
    return elk_een(soort)


_elk_een_bron = reeks_van(Bron)


def is_grondslag(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """At least one :class:`~passend.Bron`, and nothing else: an answer without a source
    explains nothing."""
    if not value:
        raise OngeldigeInvoer(attribute.name, value, "verwacht ten minste één Bron")
    _elk_een_bron(instance, attribute, value)


def grondslag_van(*bronnen: Iterable[Bron] | Bron) -> tuple[Bron, ...]:
    """The sources in order of first mention, each once (tariffs often share one Regeling)."""
    uitkomst: dict[Bron, None] = {}
    for deel in bronnen:
        for bron in (deel,) if isinstance(deel, Bron) else deel:
            uitkomst.setdefault(bron, None)
    return tuple(uitkomst)


def scenario_bron(omschrijving: str) -> Bron:
    """The citation of a what-if: it names the change, not a regulation, and is not verified.

    >>> b = scenario_bron("SBO-tarief 2024 € 7.000,00")
    >>> str(b), b.zekerheid.value
    ('Scenario SBO-tarief 2024 € 7.000,00', 'UNVERIFIED')
    """
    return Bron(wet="Scenario", artikel=omschrijving, zekerheid=Zekerheid.ONGEVERIFIEERD)
