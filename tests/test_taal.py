"""The public reference reads in Dutch and documents every public attribute (issue 15, point 6).

The reference is generated from docstrings and ``#:`` comments, so this guard reads exactly
what a user sees there: the docstring of every public name and the comment of every field of a
public record. English is recognised by words that do not occur in Dutch prose; code in
``backquotes`` and doctest lines are left out first.
"""

from __future__ import annotations

import enum
import inspect
import re
from collections.abc import Iterator
from types import ModuleType

import attrs
import pytest
from sphinx.pycode import ModuleAnalyzer

import passend
from passend import batch, bekostiging, strategies, termijnen
from passend import json as pjson

MODULES: tuple[ModuleType, ...] = (passend, termijnen, bekostiging, pjson, batch, strategies)

# Words that give English prose away and are not Dutch words themselves.
ENGELS = frozenset(
    {"the", "and", "which", "when", "returns", "with", "this", "that", "are", "from", "its"}
    | {"by", "if", "not", "only", "an", "or", "for", "whether", "otherwise", "given", "each"}
    | {"none", "where", "than"}
)
_CODE = re.compile(r"``.*?``|`[^`]*`|:\w+:`[^`]*`", re.DOTALL)


def _publiek() -> Iterator[tuple[str, object]]:
    gezien: set[int] = set()
    for module in MODULES:
        yield module.__name__, module
        for naam in module.__all__:
            obj = getattr(module, naam)
            if id(obj) not in gezien and (inspect.isclass(obj) or inspect.isfunction(obj)):
                gezien.add(id(obj))
                yield f"{module.__name__}.{naam}", obj


def _proza(tekst: str) -> str:
    regels = [r for r in tekst.splitlines() if not r.strip().startswith((">>>", "..."))]
    return _CODE.sub(" ", "\n".join(regels))


def engelse_woorden(tekst: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]+", _proza(tekst)) if w in ENGELS}


def _teksten() -> Iterator[tuple[str, str]]:
    for naam, obj in _publiek():
        doc = inspect.getdoc(obj)
        if doc:
            yield naam, doc
        if inspect.isclass(obj):
            for lid, waarde in vars(obj).items():
                if isinstance(waarde, classmethod | staticmethod):
                    waarde = waarde.__func__
                eigen = inspect.isfunction(waarde) or isinstance(waarde, property)
                if eigen and not lid.startswith("_") and (doc := inspect.getdoc(waarde)):
                    yield f"{naam}.{lid}", doc
            for lid, regels in _attribuutdocs(obj).items():
                yield f"{naam}.{lid}", "\n".join(regels)


def _attribuutdocs(klasse: type) -> dict[str, list[str]]:
    docs: dict[str, list[str]] = {}
    for basis in reversed(klasse.__mro__):
        if not basis.__module__.startswith("passend"):
            continue
        analyse = ModuleAnalyzer.for_module(basis.__module__)
        for (qual, lid), regels in analyse.find_attr_docs().items():
            if qual == basis.__qualname__:
                docs[lid] = regels
    return docs


def test_publieke_teksten_zijn_nederlands() -> None:
    engels = {
        naam: sorted(engelse_woorden(tekst))
        for naam, tekst in _teksten()
        if len(engelse_woorden(tekst)) >= 2
    }
    assert engels == {}


# Enums whose members the reference shows another way: the catalogue table of the defect codes
# (docs/referentie/gebreken.md) and the GPO's own wording, which is each member's value.
ELDERS_BESCHREVEN = frozenset({passend.GebrekCode, passend.GpoReden})


def test_elk_publiek_attribuut_is_beschreven() -> None:
    zonder: list[str] = []
    for naam, obj in _publiek():
        if not inspect.isclass(obj) or obj in ELDERS_BESCHREVEN:
            continue
        docs = _attribuutdocs(obj)
        if attrs.has(obj):
            velden = [v.name for v in attrs.fields(obj) if not v.name.startswith("_")]
        elif issubclass(obj, enum.Enum):
            velden = list(obj.__members__)
        else:
            continue
        zonder += [f"{naam}.{v}" for v in velden if v not in docs]
    assert zonder == []


def test_elke_publieke_naam_heeft_een_docstring() -> None:
    assert [naam for naam, obj in _publiek() if not inspect.getdoc(obj)] == []


@pytest.mark.parametrize(
    ("tekst", "engels"),
    [
        ("De termijn eindigt op de eerste werkdag na de vakantie.", set()),
        ("Returns the end of the term, or None when unknown.", {"the", "or", "when", "Returns"}),
        ("Zie ``the_and`` en `which` voor de code.", set()),
    ],
)
def test_herkenning_van_engels(tekst: str, engels: set[str]) -> None:
    assert engelse_woorden(tekst) == {w for w in engels if w in ENGELS}
