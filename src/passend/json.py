"""Het JSON-uitwisselformaat van passend: :func:`dumps`, :func:`loads` en :func:`json_schema`.

Elk record, elke partij, elke uitkomst en elke bron van passend kan als JSON een procesgrens
over. Het formaat is eenvoudig en stabiel: een object per klasse met de attribuutnamen als
sleutels, datums als ``"JJJJ-MM-DD"``, geld als decimale *tekst* (``"6634.52"``, zodat geen cent
verloren gaat aan drijvende komma), opsommingen met hun waarde en ``null`` voor wat niet bekend
is. :func:`dumps` schrijft het compact (een uitwisselformaat); ``indent=2`` maakt het leesbaar.

>>> import datetime as dt
>>> from passend import Leerling
>>> tekst = dumps(Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1)))
>>> tekst
'{"id":"ll-1","geboortedatum":"2019-05-01"}'
>>> loads(tekst, Leerling)
Leerling(id='ll-1', geboortedatum=datetime.date(2019, 5, 1))

:func:`loads` controleert en zet nooit om: het aanvaardt precies wat :func:`json_schema`
beschrijft. ``"nee"`` is geen ``false``, ``null`` is geen tekst, ``2.5`` is geen geheel getal en
een tekst is geen lijst. Onbekende sleutels worden geweigerd, zodat een tikfout in de export van
een leverancier luid faalt in plaats van te verdwijnen. Elk probleem staat met zijn JSON-pad in
één :class:`~passend.OngeldigeJson`:

>>> loads('{"id": null, "geboortedatum": "1 mei"}', Leerling)
Traceback (most recent call last):
...
passend._fouten.OngeldigeJson: $.id = None: verwacht een tekst, niet null
$.geboortedatum = '1 mei': verwacht een datum als JJJJ-MM-DD

Naast het schema moet de tekst zelf I-JSON zijn (RFC 7493): UTF-8, geen sleutel twee keer in
één object, geen losse surrogaten, gehele getallen binnen ±(2**53 - 1); en records zijn ten
hoogste 32 niveaus diep genest. Regels over meer dan één veld (een datum niet vóór een andere,
elk record over de leerling van het dossier) controleren de records zelf; het schema noemt ze
in zijn beschrijvingen.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import inspect
import json as _json
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs
from cattrs.preconf.json import make_converter

from passend._fouten import OngeldigeInvoer, OngeldigeJson, PassendError
from passend._json_eisen import EISEN, TYPE, Eis, heel, validatornaam, validators
from passend._weergave import Reeks

__all__ = ["dumps", "json_schema", "loads"]

T = TypeVar("T")

#: I-JSON (RFC 7493 § 2.2): gehele getallen buiten ±(2**53 - 1) komen niet heel over tussen
#: systemen.
GROOTSTE_GETAL: Final = 2**53 - 1
#: Een dossier is zes niveaus diep; niets wat passend leest heeft meer nodig dan dit.
MAX_DIEPTE: Final = 32


_DATUM: Final = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: A plain decimal: no exponent, no NaN, at most 15 digits before the point.
_BEDRAG: Final = heel(r"-?[0-9]{1,15}(?:\.[0-9]{1,28})?")
_BEDRAG_UITLEG: Final = 'verwacht een bedrag als tekst, zoals "6634.52" (geen exponent)'
_JAARTAL: Final = heel("-?(?:0|[1-9][0-9]{0,14})")  # a whole number as an object key


# --- The shape of an annotation ---------------------------------------------------------------


@attrs.frozen
class _Vorm:
    """The JSON shape of one annotation: its base type, whether ``null`` is allowed, the
    JSON Schema keywords that hold for it (with their Dutch ``uitleg``) and its parts."""

    soort: Any  # str, int, bool, date, Decimal, an Enum or attrs class, tuple or Mapping
    mag_null: bool = False
    eisen: Mapping[str, Any] = attrs.field(factory=dict)
    uitleg: str = ""
    element: _Vorm | None = None
    sleutel: _Vorm | None = None


_BASIS: Final[Mapping[Any, Mapping[str, Any]]] = {
    str: {},
    bool: {},
    int: {"minimum": -GROOTSTE_GETAL, "maximum": GROOTSTE_GETAL},
    dt.date: {"format": "date", "pattern": heel("[0-9]{4}-[0-9]{2}-[0-9]{2}")},
    decimal.Decimal: {"pattern": _BEDRAG},
}


def _vorm(tp: Any) -> _Vorm:
    oorsprong, args = typing.get_origin(tp), typing.get_args(tp)
    if oorsprong in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        return attrs.evolve(_vorm(next(a for a in args if a is not type(None))), mag_null=True)
    if oorsprong is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _Vorm(tuple, element=_vorm(args[0]))
    if isinstance(oorsprong, type) and issubclass(oorsprong, Mapping) and len(args) == 2:
        sleutel = _vorm(args[0])
        if sleutel.soort in (str, int, dt.date) or _is_enum(sleutel.soort):
            return _Vorm(Mapping, element=_vorm(args[1]), sleutel=sleutel)
    if tp in _BASIS:
        return _Vorm(tp, eisen=_BASIS[tp], uitleg=_BEDRAG_UITLEG if tp is decimal.Decimal else "")
    if _is_enum(tp) and all(type(lid.value) is str for lid in tp):
        return _Vorm(tp)
    if isinstance(tp, type) and attrs.has(tp):
        return _Vorm(tp)
    raise OngeldigeInvoer("soort", tp, "dit type heeft (nog) geen JSON-vorm")


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _met(vorm: _Vorm, eis: Eis, element: bool) -> _Vorm:
    """``vorm`` with the keywords of ``eis`` on itself or on its elements."""
    if element and vorm.element is not None:
        return attrs.evolve(vorm, element=_met(vorm.element, eis, False))
    return attrs.evolve(vorm, eisen={**vorm.eisen, **eis.schema}, uitleg=eis.uitleg or vorm.uitleg)


# --- Reading ----------------------------------------------------------------------------------

#: Where a value sits, kept cheap: (where its parent sits, the step to it), None above the root.
#: A step is a key, a list index, a 1-tuple holding a mapping key, or a ``_Letterlijk`` text.
_Pad = tuple[Any, Any] | None
#: A problem found while reading: [place, value, reason, error class].
_Probleem = list[Any]
#: Reads a parsed JSON value given the problems so far, its depth and its place (parent and
#: step); ``_FOUT`` exactly when it added a problem.
_Lezer = Callable[[Any, list[_Probleem], int, _Pad, Any], Any]
_FOUT: Final[Any] = object()


class _Letterlijk(str):
    """A path step written as it is (the root, or the field a record's own rule names)."""

    __slots__ = ()


def _pad(plaats: _Pad) -> str:
    """The JSON path (RFC 9535) of a place: ``$.aanmeldingen[0].school.brin``."""
    stappen = []
    while plaats is not None:
        plaats, stap = plaats
        stappen.append(stap)
    return "".join(_toon(stap) for stap in reversed(stappen))


def _toon(stap: Any) -> str:
    if isinstance(stap, _Letterlijk):
        return str(stap)
    if isinstance(stap, int):
        return f"[{stap}]"
    if isinstance(stap, tuple):
        return f"[{_json.dumps(stap[0])}]"
    return f".{stap}" if _KORTE_NAAM.fullmatch(stap) else f"[{_json.dumps(stap)}]"


def _kort(waarde: object) -> object:
    """The value as an error shows it: no whole objects or lists, no endless texts."""
    if isinstance(waarde, dict):
        return "{…}"
    if isinstance(waarde, list):
        return "[…]"
    if isinstance(waarde, str) and len(waarde) > 80:
        return waarde[:80] + "…"
    return waarde


def _probleem(fouten: list[_Probleem], plaats: _Pad, waarde: object, reden: str) -> Any:
    fouten.append([plaats, _kort(waarde), reden, OngeldigeInvoer])
    return _FOUT


#: A member name JSONPath (RFC 9535) may write after a dot; any other goes in brackets.
_KORTE_NAAM: Final = re.compile(
    "[A-Za-z_\u0080-\ud7ff\ue000-\U0010ffff][0-9A-Za-z_\u0080-\ud7ff\ue000-\U0010ffff]*"
)


def _gevonden(waarde: object) -> str:
    if waarde is None or isinstance(waarde, bool):
        return _json.dumps(waarde)
    soorten: dict[type, str] = {str: "een tekst", dict: "een object", list: "een lijst"}
    return soorten.get(type(waarde), "een getal")


def _verwacht(wat: str, waarde: object, juist: type) -> str:
    """The reason for a wrong value: the right JSON type with a wrong content, or another."""
    return (
        f"verwacht {wat}" if type(waarde) is juist else f"verwacht {wat}, niet {_gevonden(waarde)}"
    )


_TOETSEN: Final[Mapping[str, Callable[[Any], Callable[[Any], object]]]] = {
    "pattern": lambda p: re.compile(p).search,
    "minLength": lambda n: lambda w: len(w) >= n,
    "minItems": lambda n: lambda w: len(w) >= n,
}


def _keurder(vorm: _Vorm) -> Callable[[Any], str | None] | None:
    """A check of the keywords of ``vorm`` (``format`` aside): None, or the reason it fails."""
    eisen = vorm.eisen
    if "minimum" in eisen:  # whole numbers: one range check
        laag, hoog = eisen["minimum"], eisen["maximum"]
        uitleg = vorm.uitleg or f"verwacht een geheel getal van {laag} tot en met {hoog}"
        return lambda w: None if laag <= w <= hoog else uitleg
    toetsen = [_TOETSEN[k](w) for k, w in eisen.items() if k != "format"]
    uitleg = vorm.uitleg or f"voldoet niet aan {dict(eisen)}"
    if not toetsen:
        return None
    if len(toetsen) == 1:
        toets = toetsen[0]
        return lambda w: None if toets(w) else uitleg
    return lambda w: None if all(toets(w) for toets in toetsen) else uitleg


def _geen_surrogaat(tekst: str) -> str | None:
    try:
        tekst.encode("utf-8")
    except UnicodeEncodeError:
        return "bevat een losse surrogaat (geen geldige Unicode-tekst)"
    return None


def _anders(w: Any, wat: str, juist: type, vorm: _Vorm, fouten: list[_Probleem], p: _Pad) -> Any:
    """``w`` is not ``wat``: None where ``null`` is allowed, else a problem at ``p``."""
    if w is None and vorm.mag_null:
        return None
    return _probleem(fouten, p, w, _verwacht(wat + (" of null" if vorm.mag_null else ""), w, juist))


def _lees_tekst(vorm: _Vorm) -> _Lezer:
    keur = _keurder(vorm)

    def lees(w: Any, fouten: list[_Probleem], _: int, ouder: _Pad, stap: Any) -> Any:
        if type(w) is not str:
            return _anders(w, "een tekst", str, vorm, fouten, (ouder, stap))
        reden = None if w.isascii() else _geen_surrogaat(w)
        if reden is None and keur is not None:
            reden = keur(w)
        return w if reden is None else _probleem(fouten, (ouder, stap), w, reden)

    return lees


def _lees_bool(vorm: _Vorm) -> _Lezer:
    wat = "true, false" if vorm.mag_null else "true of false"

    def lees(w: Any, fouten: list[_Probleem], _: int, ouder: _Pad, stap: Any) -> Any:
        return w if w is True or w is False else _anders(w, wat, bool, vorm, fouten, (ouder, stap))

    return lees


def _lees_getal(vorm: _Vorm) -> _Lezer:
    keur = _keurder(vorm)
    assert keur is not None  # every whole number has its bounds

    def lees(w: Any, fouten: list[_Probleem], _: int, ouder: _Pad, stap: Any) -> Any:
        # JSON has one kind of number: 3.0 is the whole number 3, as in JSON Schema.
        if type(w) is int or (type(w) is float and w.is_integer()):
            reden = keur(int(w))
            return int(w) if reden is None else _probleem(fouten, (ouder, stap), w, reden)
        return _anders(w, "een geheel getal", int, vorm, fouten, (ouder, stap))

    return lees


def _lees_datum(vorm: _Vorm) -> _Lezer:
    def lees(w: Any, fouten: list[_Probleem], _: int, ouder: _Pad, stap: Any) -> Any:
        if type(w) is str and _DATUM.fullmatch(w):
            try:
                return dt.date.fromisoformat(w)
            except ValueError:
                pass
        return _anders(w, "een datum als JJJJ-MM-DD", str, vorm, fouten, (ouder, stap))

    return lees


def _lees_bedrag(vorm: _Vorm) -> _Lezer:
    keur = _keurder(vorm)
    assert keur is not None  # every amount has its pattern

    def lees(w: Any, fouten: list[_Probleem], _: int, ouder: _Pad, stap: Any) -> Any:
        if type(w) is not str:
            return _anders(w, "een bedrag als tekst", str, vorm, fouten, (ouder, stap))
        reden = keur(w)
        return decimal.Decimal(w) if reden is None else _probleem(fouten, (ouder, stap), w, reden)

    return lees


def _lees_enum(vorm: _Vorm) -> _Lezer:
    leden = {lid.value: lid for lid in vorm.soort}
    wat = f"een {vorm.soort.__name__}: een van {', '.join(map(repr, leden))}"

    def lees(w: Any, fouten: list[_Probleem], _: int, ouder: _Pad, stap: Any) -> Any:
        lid = leden.get(w) if type(w) is str else None
        return lid if lid is not None else _anders(w, wat, str, vorm, fouten, (ouder, stap))

    return lees


def _lees_lijst(vorm: _Vorm) -> _Lezer:
    assert vorm.element is not None
    element, keur = _lezer(vorm.element), _keurder(vorm)

    def lees(w: Any, fouten: list[_Probleem], diepte: int, ouder: _Pad, stap: Any) -> Any:
        if type(w) is not list:
            return _anders(w, "een lijst", list, vorm, fouten, (ouder, stap))
        if keur is not None and (reden := keur(w)) is not None:
            return _probleem(fouten, (ouder, stap), w, reden)
        begin, dieper, hier = len(fouten), diepte + 1, (ouder, stap)
        uit = tuple([element(x, fouten, dieper, hier, i) for i, x in enumerate(w)])
        return uit if len(fouten) == begin else _FOUT

    return lees


def _lees_object(vorm: _Vorm) -> _Lezer:
    assert vorm.element is not None
    assert vorm.sleutel is not None
    waarde, sleutel = _lezer(vorm.element), _sleutellezer(vorm.sleutel)

    def lees(w: Any, fouten: list[_Probleem], diepte: int, ouder: _Pad, stap: Any) -> Any:
        if type(w) is not dict:
            return _anders(w, "een object", dict, vorm, fouten, (ouder, stap))
        begin, dieper, hier = len(fouten), diepte + 1, (ouder, stap)
        uit = {
            sleutel(k, fouten, dieper, hier, (k,)): waarde(x, fouten, dieper, hier, (k,))
            for k, x in w.items()
        }
        return uit if len(fouten) == begin else _FOUT

    return lees


def _lees_record(vorm: _Vorm) -> _Lezer:
    wat = f"een object ({vorm.soort.__name__})"
    plan: list[_Plan] = []  # found at first use: classes may refer to each other

    def lees(w: Any, fouten: list[_Probleem], diepte: int, ouder: _Pad, stap: Any) -> Any:
        if type(w) is not dict:
            return _anders(w, wat, dict, vorm, fouten, (ouder, stap))
        if diepte >= MAX_DIEPTE:
            return _probleem(fouten, (ouder, stap), w, f"dieper genest dan {MAX_DIEPTE} niveaus")
        if not plan:
            plan.append(_plan(vorm.soort))
        return plan[0].lees(w, fouten, diepte, (ouder, stap))

    return lees


_LEZER_VOOR: Final[Mapping[Any, Callable[[_Vorm], _Lezer]]] = {
    str: _lees_tekst,
    bool: _lees_bool,
    int: _lees_getal,
    dt.date: _lees_datum,
    decimal.Decimal: _lees_bedrag,
    tuple: _lees_lijst,
    Mapping: _lees_object,
}


def _lezer(vorm: _Vorm) -> _Lezer:
    """The reader of one shape, built once per field."""
    if _is_enum(vorm.soort):
        return _lees_enum(vorm)
    return _LEZER_VOOR.get(vorm.soort, _lees_record)(vorm)


def _sleutellezer(vorm: _Vorm) -> _Lezer:
    """Object keys are texts: a whole number (a year) is read from its digits."""
    if vorm.soort is not int:
        return _lezer(vorm)
    getal, patroon = _lezer(vorm), re.compile(_JAARTAL)

    def lees_jaartal(w: str, fouten: list[_Probleem], diepte: int, ouder: _Pad, stap: Any) -> Any:
        if patroon.search(w):
            return getal(int(w), fouten, diepte, ouder, stap)
        return _probleem(fouten, (ouder, stap), w, "verwacht een geheel getal als sleutel")

    return lees_jaartal


# --- Writing ----------------------------------------------------------------------------------


def _bedrag_tekst(bedrag: decimal.Decimal) -> str:
    if not bedrag.is_finite():
        raise OngeldigeInvoer("bedrag", bedrag, "verwacht een eindig bedrag")
    return format(bedrag.copy_abs() if bedrag.is_zero() else bedrag, "f")  # no "-0.00"


# Writing needs no checks, so cattrs's generated code does it: about twice as fast as a plan
# walked in Python. Dates and enums it writes as the schema says; amounts go through here.
_conv = make_converter()
_conv.register_unstructure_hook(decimal.Decimal, _bedrag_tekst)
# A result tuple (``Gebreken``, ``LopendeTermijnen``, …) is written as the array it is.
_conv.register_unstructure_hook_func(
    lambda t: isinstance(t, type) and issubclass(t, Reeks),
    lambda reeks: [_conv.unstructure(r) for r in reeks],
)


# --- One plan per class -----------------------------------------------------------------------


class _Plan:
    """How one attrs class is read, written and described, worked out once from its fields."""

    def __init__(self, soort: type) -> None:
        hints = typing.get_type_hints(soort)
        velden = [v for v in attrs.fields(soort) if v.init]
        self.soort = soort
        self.vormen: dict[str, _Vorm] = {}
        self.regels: dict[str, list[str]] = {}
        for veld in velden:
            vorm, regels = _vorm(hints[veld.name]), []
            for validator, element in validators(veld):
                eis = EISEN.get(validatornaam(validator), TYPE)
                if eis.schema:
                    vorm = _met(vorm, eis, element or eis.elementen)
                if eis.regel:
                    context = inspect.getclosurevars(validator).nonlocals
                    regels.append(eis.regel.format(**context))
            self.vormen[veld.name], self.regels[veld.name] = vorm, regels
        na = getattr(soort, "__attrs_post_init__", None)
        self.klasseregel = EISEN.get(validatornaam(na), TYPE).regel if na else None
        self.verplicht = [v.name for v in velden if v.default is attrs.NOTHING]
        self._velden = tuple((v.name, v.alias, _lezer(self.vormen[v.name])) for v in velden)
        self._namen = frozenset(self.vormen)
        self._verplicht = frozenset(v.alias for v in velden if v.default is attrs.NOTHING)

    def lees(self, w: dict[str, Any], fouten: list[_Probleem], diepte: int, hier: _Pad) -> Any:
        begin, dieper = len(fouten), diepte + 1
        kwargs = {k: lees(w[s], fouten, dieper, hier, s) for s, k, lees in self._velden if s in w}
        if len(kwargs) < len(w) or not kwargs.keys() >= self._verplicht:
            self._sleutels(w, fouten, hier)
        if len(fouten) > begin:
            return _FOUT
        try:
            return self.soort(**kwargs)
        except PassendError as fout:  # a rule of the record: it names its own field
            plaats = (hier, _Letterlijk("." + fout.veld))
            fouten.append([plaats, _kort(fout.waarde), fout.reden, type(fout)])
            return _FOUT

    def _sleutels(self, w: dict[str, Any], fouten: list[_Probleem], hier: _Pad) -> None:
        """A problem for every required key missing from ``w`` and every key it should not have."""
        for sleutel in self.verplicht:
            if sleutel not in w:
                _probleem(fouten, (hier, sleutel), None, "verplichte sleutel ontbreekt")
        for sleutel in w:
            if sleutel not in self._namen:
                _probleem(fouten, (hier, sleutel), w[sleutel], "onbekende sleutel")


_PLANNEN: dict[type, _Plan] = {}
_LEZERS: dict[Any, _Lezer] = {}


def _plan(soort: type) -> _Plan:
    plan = _PLANNEN.get(soort)
    if plan is None:  # built whole before it is shared; two threads at once build the same
        plan = _PLANNEN[soort] = _Plan(soort)
    return plan


# --- The public functions ---------------------------------------------------------------------


_COMPACT: Final = _json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False
)


def dumps(waarde: object, *, indent: int | None = None) -> str:
    """``waarde`` (elke waarde van passend, of een tuple ervan) als JSON-tekst.

    De sleutels staan in de volgorde van de attributen. Standaard compact, als
    uitwisselformaat; ``indent=2`` om door een mens te laten lezen.

    >>> from passend import Verlenging
    >>> import datetime as dt
    >>> print(dumps(Verlenging(medegedeeld_op=dt.date(2025, 4, 1), weken=4), indent=2))
    {
      "medegedeeld_op": "2025-04-01",
      "weken": 4
    }
    """
    try:
        ruw = _conv.unstructure(waarde)
        if indent is None:
            tekst = _COMPACT.encode(ruw)
        else:
            tekst = _json.dumps(ruw, ensure_ascii=False, indent=indent, allow_nan=False)
    except (AttributeError, TypeError, ValueError) as fout:
        naam = type(waarde).__name__
        raise OngeldigeInvoer("waarde", naam, f"niet als JSON te schrijven ({fout})") from None
    if not tekst.isascii() and (reden := _geen_surrogaat(tekst)) is not None:
        raise OngeldigeInvoer("waarde", type(waarde).__name__, f"een tekst {reden}")
    return tekst


def _object(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    uit = dict(paren)
    if len(uit) < len(paren):
        dubbel = sorted({k for k, _ in paren if sum(k == j for j, _ in paren) > 1})
        raise ValueError(f"sleutel {', '.join(map(repr, dubbel))} staat er meer dan eens")
    return uit


def _geen_constante(naam: str) -> Any:
    raise ValueError(f"{naam} is geen JSON-getal")


_DECODER: Final = _json.JSONDecoder(object_pairs_hook=_object, parse_constant=_geen_constante)


def loads(tekst: str | bytes, soort: type[T]) -> T:
    """Lees een waarde van klasse ``soort`` uit JSON-tekst, met alle controles van de klasse.

    Geeft :class:`~passend.OngeldigeJson` met elk probleem en zijn JSON-pad in ``problemen``: een
    waarde van het verkeerde type of de verkeerde vorm, een ontbrekende of onbekende sleutel,
    tekst die geen I-JSON is, en een regel van een record die de inhoud breekt.
    """
    lees = _LEZERS.get(soort)
    if lees is None:
        lees = _LEZERS[soort] = _lezer(_vorm(soort))
    if isinstance(tekst, bytes | bytearray):
        try:
            tekst = tekst.decode("utf-8")  # I-JSON: UTF-8, no other encoding
        except UnicodeDecodeError as fout:
            raise _ongeldig(repr(tekst[:40]), f"geen UTF-8 ({fout.reason})") from None
    if not isinstance(tekst, str):
        raise OngeldigeInvoer("tekst", type(tekst).__name__, "verwacht JSON-tekst (str of bytes)")
    try:
        ruw = _DECODER.decode(tekst)
    except RecursionError:
        raise _ongeldig(tekst[:40], f"dieper genest dan {MAX_DIEPTE} niveaus") from None
    except ValueError as fout:
        raise _ongeldig(tekst[:40], f"geen geldige JSON ({fout})") from None
    fouten: list[_Probleem] = []
    waarde = lees(ruw, fouten, 0, None, _Letterlijk("$"))
    if fouten:
        raise OngeldigeJson([klasse(_pad(p), w, reden) for p, w, reden, klasse in fouten])
    return typing.cast(T, waarde)


def _ongeldig(begin: str, reden: str) -> OngeldigeJson:
    return OngeldigeJson([OngeldigeInvoer("$", begin, reden)])


# --- JSON Schema ------------------------------------------------------------------------------

_I_JSON: Final = (
    "De tekst is I-JSON (RFC 7493): UTF-8, geen sleutel twee keer in een object, geen losse "
    "surrogaten. 'format': 'date' wordt gecontroleerd. Records zijn ten hoogste "
    f"{MAX_DIEPTE} niveaus diep genest. Regels over meer velden staan in de beschrijvingen."
)
_REGEL: Final = "Regel over meer velden: "


def json_schema(soort: type) -> dict[str, Any]:
    """Een JSON Schema (draft 2020-12) van het uitwisselformaat van de attrs-klasse ``soort``.

    Het legt elke controle vast die :func:`loads` op één veld doet (typen, patronen, grenzen,
    niet-lege teksten); regels over meer velden staan in ``description``.

    >>> from passend import Leerling
    >>> schema = json_schema(Leerling)
    >>> schema["required"], schema["properties"]["id"]
    (['id', 'geboortedatum'], {'type': 'string', 'minLength': 1, 'pattern': '\\\\S'})
    """
    if not (isinstance(soort, type) and attrs.has(soort)):
        raise OngeldigeInvoer("soort", soort, "verwacht een klasse van passend (attrs)")
    defs: dict[str, Any] = {}
    hoofd = _klasse_schema(soort, defs, soort)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": _I_JSON,
        **hoofd,
        **({"$defs": dict(sorted(defs.items()))} if defs else {}),
    }


def _klasse_schema(soort: type, defs: dict[str, Any], wortel: type) -> dict[str, Any]:
    plan = _plan(soort)
    # The docstring's first paragraph: its first line alone often stops mid-sentence.
    beschrijving = " ".join(inspect.cleandoc(soort.__doc__ or "").split("\n\n")[0].split())
    if plan.klasseregel:
        beschrijving += f" {_REGEL}{plan.klasseregel}."
    eigenschappen = {}
    for naam, vorm in plan.vormen.items():
        eigenschappen[naam] = _schema(vorm, defs, wortel)
        if plan.regels[naam]:
            eigenschappen[naam]["description"] = _REGEL + "; ".join(plan.regels[naam]) + "."
    return {
        "title": soort.__name__,
        "description": beschrijving,
        "type": "object",
        "properties": eigenschappen,
        "required": plan.verplicht,
        "additionalProperties": False,
    }


_JSON_TYPE: Final = {
    str: "string",
    bool: "boolean",
    int: "integer",
    dt.date: "string",
    decimal.Decimal: "string",
    tuple: "array",
    Mapping: "object",
}


def _schema(vorm: _Vorm, defs: dict[str, Any], wortel: type) -> dict[str, Any]:
    soort = vorm.soort
    if _is_enum(soort):
        return {"enum": [lid.value for lid in soort] + ([None] if vorm.mag_null else [])}
    if soort not in _JSON_TYPE:  # an attrs class
        if soort is wortel:
            ref = {"$ref": "#"}
        else:
            if soort.__name__ not in defs:
                defs[soort.__name__] = {}  # placeholder first: classes may refer to each other
                defs[soort.__name__] = _klasse_schema(soort, defs, wortel)
            ref = {"$ref": f"#/$defs/{soort.__name__}"}
        return {"anyOf": [ref, {"type": "null"}]} if vorm.mag_null else ref
    uit: dict[str, Any] = {
        "type": [_JSON_TYPE[soort], "null"] if vorm.mag_null else _JSON_TYPE[soort]
    }
    if vorm.sleutel is not None and vorm.sleutel.soort is not str:
        uit["propertyNames"] = _sleutelschema(vorm.sleutel)
    if soort is tuple and vorm.element is not None:
        uit["items"] = _schema(vorm.element, defs, wortel)
    if soort is Mapping and vorm.element is not None:
        uit["additionalProperties"] = _schema(vorm.element, defs, wortel)
    return {**uit, **vorm.eisen}


def _sleutelschema(vorm: _Vorm) -> dict[str, Any]:
    if _is_enum(vorm.soort):
        return {"enum": [lid.value for lid in vorm.soort]}
    if vorm.soort is int:
        return {"pattern": _JAARTAL}
    return dict(vorm.eisen)  # a date
