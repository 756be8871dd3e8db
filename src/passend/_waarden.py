"""Shared attrs validators: every failure is an :class:`~passend.OngeldigeInvoer` naming the
field and the value, in Dutch."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from passend._fouten import OngeldigeInvoer, TegenstrijdigDossier

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def als_tuple(waarden: Iterable[Any]) -> tuple[Any, ...]:
    """Converter for tuple fields: accepts any iterable (a list from JSON or a notebook).

    A typed function rather than the ``tuple`` builtin, whose generic signature the attrs mypy
    plugin cannot turn into an ``__init__`` parameter type.
    """
    return tuple(waarden)


def niet_leeg(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty text."""
    if not isinstance(value, str) or not value.strip():
        raise OngeldigeInvoer(attribute.name, value, "verwacht een niet-lege tekst")


def is_datum(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``datetime.date`` (not a datetime: a timestamp is not a date in law)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een datum (datetime.date)")


def is_datum_of_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A date, or None for "not (yet) happened / not known"."""
    if value is not None:
        is_datum(instance, attribute, value)


def is_enum(soort: type[enum.Enum]) -> Validator:
    """A member of ``soort``."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, soort):
            raise OngeldigeInvoer(attribute.name, value, f"verwacht een {soort.__name__}")

    return check


def is_type(soort: type) -> Validator:
    """An instance of ``soort``."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, soort):
            raise OngeldigeInvoer(attribute.name, value, f"verwacht een {soort.__name__}")

    return check


def niet_voor(ander: str, omschrijving: str) -> Validator:
    """The date is None or not before the date in field ``ander`` (e.g. besluit ≥ aanmelding)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
        eerder = getattr(instance, ander)
        if value is not None and eerder is not None and value < eerder:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt vóór {omschrijving} ({eerder.isoformat()})"
            )

    return check


def tot_en_met(waarde: dt.date | None, op: dt.date) -> dt.date | None:
    """``waarde`` when it happened on or before ``op``, else None (not yet known on ``op``)."""
    return waarde if waarde is not None and waarde <= op else None


def is_bool(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A real ``bool``: ``"nee"``, ``0`` or ``None`` are refused, not read as true or false."""
    if not isinstance(value, bool):
        raise OngeldigeInvoer(attribute.name, value, "verwacht True of False")


def is_bool_of_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``bool``, or None for "not recorded"."""
    if value is not None and not isinstance(value, bool):
        raise OngeldigeInvoer(attribute.name, value, "verwacht True, False of None (onbekend)")


def is_tekst(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A text; it may be empty where an empty text records a missing part."""
    if not isinstance(value, str):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een tekst")


def elk(check: Validator) -> Validator:
    """Every element of a tuple field passes ``check``; the error names the position."""

    def check_elk(instance: object, attribute: attrs.Attribute[Any], value: Iterable[Any]) -> None:
        for i, element in enumerate(value):
            try:
                check(instance, attribute, element)
            except OngeldigeInvoer as fout:
                raise OngeldigeInvoer(f"{attribute.name}[{i}]", element, fout.reden) from None

    return check_elk
