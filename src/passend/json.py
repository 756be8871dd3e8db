"""The JSON wire format of passend: :func:`dumps`, :func:`loads` and :func:`json_schema`.

Every record, party, result and citation of passend can cross a process boundary as JSON.
The format is plain and stable: an object per class with the attribute names as keys,
dates as ISO 8601 strings (``"2025-03-03"``), money as a decimal *string* (``"6634.52"``, so no
cent is lost to floating point), enums by their value and ``null`` for what is not known.
Unknown keys are refused, so a typo in a vendor's export fails loudly instead of vanishing.

>>> import datetime as dt
>>> from passend import Leerling
>>> tekst = dumps(Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1)), indent=None)
>>> tekst
'{"id": "ll-1", "geboortedatum": "2019-05-01"}'
>>> loads(tekst, Leerling)
Leerling(id='ll-1', geboortedatum=datetime.date(2019, 5, 1))

Bad input raises :class:`~passend.OngeldigeInvoer` naming the path of the field:

>>> loads('{"id": "ll-1", "geboortedatum": "1 mei"}', Leerling)
Traceback (most recent call last):
...
passend._fouten.OngeldigeInvoer: $.geboortedatum = '1 mei': verwacht een datum als JJJJ-MM-DD
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json as _json
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, IterableValidationNote
from cattrs.preconf.json import make_converter

from passend._fouten import OngeldigeInvoer, PassendError
from passend._weergave import Reeks

__all__ = ["dumps", "json_schema", "loads"]

T = TypeVar("T")

_conv = make_converter(forbid_extra_keys=True)


class _Vorm(ValueError):
    """A JSON value of the wrong shape; :func:`loads` adds the path of the field."""

    def __init__(self, waarde: object, reden: str) -> None:
        super().__init__(reden)
        self.waarde, self.reden = waarde, reden


def _structure_decimal(waarde: object, _: type) -> decimal.Decimal:
    # Only strings: a JSON number has already been through a float and may have lost cents.
    if not isinstance(waarde, str):
        raise _Vorm(waarde, 'verwacht een bedrag als tekst, zoals "6634.52"')
    try:
        return decimal.Decimal(waarde)
    except decimal.InvalidOperation:
        raise _Vorm(waarde, "geen geldig bedrag") from None


def _structure_date(waarde: object, _: type) -> dt.date:
    try:
        # Exactly JJJJ-MM-DD: a timestamp is not a date in law.
        if isinstance(waarde, str) and len(waarde) == 10:
            return dt.date.fromisoformat(waarde)
    except ValueError:
        pass
    raise _Vorm(waarde, "verwacht een datum als JJJJ-MM-DD")


def _structure_enum(waarde: object, soort: type[enum.Enum]) -> enum.Enum:
    try:
        return soort(waarde)
    except ValueError:
        keuzes = ", ".join(repr(lid.value) for lid in soort)
        raise _Vorm(waarde, f"verwacht een {soort.__name__}: een van {keuzes}") from None


_conv.register_unstructure_hook(decimal.Decimal, str)
# A result tuple (``Gebreken``, ``LopendeTermijnen``, …) is written as the array it is.
_conv.register_unstructure_hook_func(
    lambda t: isinstance(t, type) and issubclass(t, Reeks),
    lambda reeks: [_conv.unstructure(r) for r in reeks],
)
_conv.register_structure_hook_func(
    lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
)
_conv.register_structure_hook(decimal.Decimal, _structure_decimal)
_conv.register_structure_hook(dt.date, _structure_date)


def dumps(waarde: object, *, indent: int | None = 2) -> str:
    """``waarde`` (any passend value) as JSON text; keys in attribute order."""
    return _json.dumps(_conv.unstructure(waarde), ensure_ascii=False, indent=indent)


def loads(tekst: str | bytes, soort: type[T]) -> T:
    """Read a value of class ``soort`` from JSON text, with all validation of the class.

    Raises :class:`~passend.OngeldigeInvoer` (or the :class:`~passend.PassendError` a validator
    raised) with the JSON path of the offending field in ``veld``.
    """
    try:
        ruw = _json.loads(tekst)
    except ValueError as fout:
        raise OngeldigeInvoer("json", str(tekst)[:40], f"geen geldige JSON ({fout})") from None
    try:
        return _conv.structure(ruw, soort)
    except Exception as fout:
        raise _vertaal(fout, "$") from None


def _vertaal(fout: BaseException, pad: str) -> PassendError:
    """The first error in a cattrs error tree as a :class:`PassendError` naming its JSON path."""
    if isinstance(fout, BaseExceptionGroup):
        sub = fout.exceptions[0]
        for note in getattr(sub, "__notes__", ()):
            if isinstance(note, AttributeValidationNote):
                return _vertaal(sub, f"{pad}.{note.name}")
            if isinstance(note, IterableValidationNote):
                return _vertaal(sub, f"{pad}[{note.index}]")
        return _vertaal(sub, pad)
    if isinstance(fout, PassendError):  # a validator of the class: it names its own field
        return type(fout)(f"{pad}.{fout.veld}", fout.waarde, fout.reden)
    if isinstance(fout, _Vorm):
        return OngeldigeInvoer(pad, fout.waarde, fout.reden)
    if isinstance(fout, cattrs.ForbiddenExtraKeysError):
        return OngeldigeInvoer(pad, sorted(fout.extra_fields), "onbekende sleutel")
    if isinstance(fout, KeyError):
        return OngeldigeInvoer(pad, None, f"verplichte sleutel {fout.args[0]!r} ontbreekt")
    return OngeldigeInvoer(pad, None, f"ongeldige waarde ({fout})")


# --- JSON Schema ---------------------------------------------------------------------------------


def json_schema(soort: type) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the wire format of the attrs class ``soort``.

    >>> from passend import Leerling
    >>> schema = json_schema(Leerling)
    >>> schema["required"], schema["properties"]["geboortedatum"]
    (['id', 'geboortedatum'], {'type': 'string', 'format': 'date'})
    """
    if not attrs.has(soort):
        raise OngeldigeInvoer("soort", soort, "verwacht een klasse van passend (attrs)")
    defs: dict[str, Any] = {}
    hoofd = _klasse_schema(soort, defs)
    defs.pop(soort.__name__, None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **hoofd,
        **({"$defs": dict(sorted(defs.items()))} if defs else {}),
    }


def _klasse_schema(soort: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(soort)
    velden = attrs.fields(soort)
    return {
        "title": soort.__name__,
        "description": (soort.__doc__ or "").strip().splitlines()[0],
        "type": "object",
        "properties": {v.name: _schema(hints[v.name], defs) for v in velden if v.init},
        "required": [v.name for v in velden if v.init and v.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    oorsprong, args = typing.get_origin(tp), typing.get_args(tp)
    if oorsprong in (typing.Union, types.UnionType):
        return {"anyOf": [_schema(a, defs) for a in args]}
    if oorsprong is tuple:
        return {"type": "array", "items": _schema(args[0], defs)}
    if oorsprong in (dict, Mapping) or (oorsprong is not None and issubclass(oorsprong, Mapping)):
        return {"type": "object", "additionalProperties": _schema(args[1], defs)}
    if tp is type(None):
        return {"type": "null"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [lid.value for lid in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder first: classes may refer to each other
            defs[tp.__name__] = _klasse_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    eenvoudig: dict[Any, dict[str, Any]] = {
        str: {"type": "string"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        dt.date: {"type": "string", "format": "date"},
        decimal.Decimal: {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"},
    }
    if tp in eenvoudig:
        return eenvoudig[tp]
    raise OngeldigeInvoer("soort", tp, "dit type heeft (nog) geen JSON-vorm")
