"""Fuzzing the JSON edge (issue 10): whatever text comes in, ``loads`` answers or raises a
``PassendError``, and it accepts a payload exactly when ``json_schema`` does, except where a
rule over more fields refuses it, which the schema names in a description.

Run deep with ``make fuzz`` (the ``fuzz`` profile of tests/conftest.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from passend import (
    Contactmoment,
    Dossier,
    Leerling,
    OngeldigeJson,
    PassendError,
    Schoolsoort,
    Schoolwisselmelding,
)
from passend import json as pjson
from passend import strategies as ps

GOUDEN = json.loads((Path(__file__).parent.parent / "golden" / "dossier.json").read_text("utf-8"))
SCHEMA = pjson.json_schema(Dossier)
VALIDEERDER = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
REGEL = "Regel over meer velden"
DAGEN = st.dates(dt.date(2023, 1, 1), dt.date(2028, 6, 30))


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    """Valid dossiers with every kind of record (``strategies.dossiers`` plus the rest)."""
    basis = draw(ps.dossiers())
    ll = basis.leerling
    school = ps.scholen()
    bao = ps.scholen(Schoolsoort.BAO)
    return attrs.evolve(
        basis,
        tlvs=draw(st.lists(ps.tlvs(ll, school, DAGEN), max_size=2)),
        opps=draw(st.lists(ps.opps(ll, school, DAGEN), max_size=2)),
        verwijderingen=draw(st.lists(ps.verwijderingen(ll, school, DAGEN), max_size=1)),
        schorsingen=draw(st.lists(ps.schorsingen(ll, school, DAGEN), max_size=2)),
        ondersteuningen=draw(st.lists(ps.ondersteuningen(ll, school, DAGEN), max_size=1)),
        contactmomenten=draw(
            st.lists(
                st.builds(Contactmoment, leerling=st.just(ll), school=school, op=DAGEN),
                max_size=1,
            )
        ),
        schoolwisselmeldingen=draw(
            st.lists(
                st.builds(
                    Schoolwisselmelding,
                    leerling=st.just(ll),
                    van=bao,
                    naar=bao,
                    gewisseld_op=DAGEN,
                    verhuizing=st.booleans(),
                    extra_ondersteuningsbehoefte=st.booleans(),
                ),
                max_size=1,
            )
        ),
    )


#: Values a vendor's export gets wrong: other types, nulls, odd dates, huge numbers, near
#: misses of enum values and BRINs, strings for lists and objects for strings.
LASTIG: list[Any] = [
    None, True, False, 0, 1, -1, 2, 4, 5, 7, 100, 101, 2.0, 2.5, -0.0, 1e300,
    2**53 - 1, 2**53, -(2**53), 10**30, "", " ", "\t", "nee", "false", "true", "None", "null",
    "x", "12AB", "12ab", "12AB01", "\u0661\u0662AB", "12AB\n", "2025-03-03", "2025-02-29",
    "2024-02-29", "2025-02-30", "2025-W01-1", "2025-03-03 ", "20250303", "2025-3-3",
    "0000-01-01", "9999-12-31", "2025-03-03T00:00", "6634.52", "1e5", "-0", "NaN",
    "so", "sbo", "bao", "vso", "toegelaten", "geweigerd", "afgegeven", "ouders", "ll-1",
    "ll-2", [], ["x"], [1], [None], {}, {"id": "x"}, {"a": [1, {"b": None}]},
]  # fmt: skip
JSON_WAARDEN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda kind: (
        st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=8), kind, max_size=3)
    ),
    max_leaves=8,
)
# A copy each time: a mutation changes lists and objects in place.
WAARDEN = st.one_of(st.sampled_from(LASTIG).map(copy.deepcopy), JSON_WAARDEN)


def _paden(ruw: Any, pad: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every position in a parsed payload (the root aside)."""
    stappen: list[tuple[str | int, Any]] = []
    if isinstance(ruw, dict):
        stappen = list(ruw.items())
    elif isinstance(ruw, list):
        stappen = list(enumerate(ruw))
    uit = []
    for sleutel, waarde in stappen:
        uit.append((*pad, sleutel))
        uit.extend(_paden(waarde, (*pad, sleutel)))
    return uit


def _ouder(ruw: Any, pad: tuple[str | int, ...]) -> Any:
    for stap in pad[:-1]:
        ruw = ruw[stap]
    return ruw


@st.composite
def mutaties(draw: st.DrawFn, basis: st.SearchStrategy[Any]) -> Any:
    """A valid payload with one to three things changed at random positions."""
    ruw = copy.deepcopy(draw(basis))
    for _ in range(draw(st.integers(1, 3))):
        pad = draw(st.sampled_from(_paden(ruw)))
        ouder, sleutel = _ouder(ruw, pad), pad[-1]
        soort = draw(st.sampled_from(["vervang", "weg", "erbij", "in_lijst", "als_tekst"]))
        event(f"mutatie: {soort}")
        if soort == "weg" and isinstance(ouder, dict):
            del ouder[sleutel]
        elif soort == "erbij" and isinstance(ouder, dict):
            ouder[draw(st.sampled_from(["x", "naam", "id", "", "Leerling"]))] = draw(WAARDEN)
        elif soort == "in_lijst":
            ouder[sleutel] = [ouder[sleutel]]
        elif soort == "als_tekst":
            ouder[sleutel] = json.dumps(ouder[sleutel])
        else:
            ouder[sleutel] = draw(WAARDEN)
        if not _paden(ruw):
            break
    return ruw


#: The golden dossier has every kind of record with every field filled in somewhere.
PAYLOADS = st.just(GOUDEN)

_NAAM = "[A-Za-z_\u0080-\ud7ff\ue000-\U0010ffff][0-9A-Za-z_\u0080-\ud7ff\ue000-\U0010ffff]*"
_STAP = re.compile(rf'\.({_NAAM})|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def _opgelost(node: dict[str, Any]) -> dict[str, Any]:
    """The schema behind a ``$ref`` or an optional ``anyOf``."""
    while True:
        if "$ref" in node:
            ref = node["$ref"]
            node = SCHEMA if ref == "#" else SCHEMA["$defs"][ref.rsplit("/", 1)[-1]]
        elif "anyOf" in node:
            node = next(n for n in node["anyOf"] if n.get("type") != "null")
        else:
            return node


def regel_over_meer_velden(pad: str) -> bool:
    """True when the schema names a rule over more fields for the field at ``pad``: on the
    field, on the record as a whole, or on another field of the record naming this one."""
    node, klasse, veld = SCHEMA, SCHEMA, ""
    for naam, _, _sleutel in _STAP.findall(pad[1:]):
        node = _opgelost(node)
        if naam and "properties" in node:
            klasse, veld = node, naam
            node = node["properties"].get(naam, {})
        else:
            node = node.get("items", node.get("additionalProperties", {}))
    eigen = klasse["properties"].get(veld, {}).get("description", "")
    andere = [p.get("description", "") for p in klasse["properties"].values()]
    return (
        REGEL in eigen
        or REGEL in klasse.get("description", "")
        or any(REGEL in tekst and veld in tekst for tekst in andere)
    )


def wijst_aan(ruw: Any, pad: str) -> bool:
    """True when the JSON path ``pad`` names a place in ``ruw``; the last key may be missing
    (a required key, or a default a record rule refused)."""
    stappen = [
        naam or (int(index) if index else json.loads(sleutel))
        for naam, index, sleutel in _STAP.findall(pad[1:])
    ]
    for i, stap in enumerate(stappen):
        laatste = i == len(stappen) - 1
        if isinstance(ruw, dict) and (stap in ruw or laatste):
            ruw = ruw.get(stap)
        elif isinstance(ruw, list) and isinstance(stap, int) and stap < len(ruw):
            ruw = ruw[stap]
        else:
            return False
    return "".join(m.group(0) for m in _STAP.finditer(pad[1:])) == pad[1:]


def laad(tekst: str | bytes, soort: type = Dossier) -> OngeldigeJson | None:
    """``loads``: None when it accepts, its error when it refuses; any other exception fails."""
    try:
        pjson.loads(tekst, soort)
    except OngeldigeJson as fout:
        return fout
    except PassendError as fout:  # pragma: no cover - only a failing run gets here
        pytest.fail(f"loads gaf {type(fout).__name__} in plaats van OngeldigeJson: {fout}")
    return None


def vergelijk(ruw: Any) -> None:
    """Loader and schema agree on ``ruw``, rules over more fields aside."""
    fout = laad(json.dumps(ruw))
    schema_zegt_ja = VALIDEERDER.is_valid(ruw)
    for probleem in fout.problemen if fout else ():
        assert wijst_aan(ruw, probleem.veld), str(probleem)
    if fout is None:
        event("aanvaard")
        assert schema_zegt_ja, "loads aanvaardde wat het schema weigert"
    elif schema_zegt_ja:
        event("geweigerd door een regel over meer velden")
        buiten = [str(p) for p in fout.problemen if not regel_over_meer_velden(p.veld)]
        assert buiten == [], "loads weigerde wat het schema aanvaardt"
    else:
        event("geweigerd door loader en schema")


# Drawing a whole dossier costs a hundred mutations: this test runs a tenth of the examples.
@settings(max_examples=max(settings().max_examples // 10, 10))
@given(dossiers(), st.data())
def test_gegenereerde_dossiers(dossier: Dossier, data: st.DataObject) -> None:
    """A generated dossier survives the round trip, fits its schema, and mutated it keeps
    loader and schema in agreement."""
    tekst = pjson.dumps(dossier)
    assert pjson.loads(tekst, Dossier) == dossier
    VALIDEERDER.validate(json.loads(tekst))
    vergelijk(data.draw(mutaties(st.just(json.loads(tekst)))))


@given(mutaties(PAYLOADS))
def test_gemuteerde_payloads_loader_en_schema_eens(ruw: Any) -> None:
    vergelijk(ruw)


@given(WAARDEN)
def test_willekeurige_json_waarden(ruw: Any) -> None:
    vergelijk(ruw)
    vergelijk({**GOUDEN, "leerling": ruw})


@given(st.one_of(st.text(), st.binary(), st.text().map(lambda t: t.encode("utf-16"))))
def test_willekeurige_tekst_alleen_passenderror(tekst: str | bytes) -> None:
    assert laad(tekst) is not None or tekst.strip() == ""  # nothing random is a dossier
    laad(tekst, Leerling)


@given(st.data())
def test_beschadigde_tekst_alleen_passenderror(data: st.DataObject) -> None:
    """The golden text with random characters changed, dropped or added."""
    tekst = list(json.dumps(GOUDEN))
    for _ in range(data.draw(st.integers(1, 5))):
        i = data.draw(st.integers(0, len(tekst) - 1))
        tekst[i : i + data.draw(st.integers(0, 3))] = data.draw(st.text(max_size=3))
    laad("".join(tekst))


@given(PAYLOADS, st.data(), st.integers(MAX := pjson.MAX_DIEPTE, 5000), st.booleans())
def test_diepe_nesting_geweigerd(ruw: Any, data: st.DataObject, diepte: int, lijst: bool) -> None:
    """Nesting deeper than the format needs, anywhere: refused, never a RecursionError."""
    ruw = copy.deepcopy(ruw)
    pad = data.draw(st.sampled_from(_paden(ruw)))
    _ouder(ruw, pad)[pad[-1]] = "__DIEP__"
    diep = "[" * diepte + "]" * diepte if lijst else '{"a":' * diepte + "1" + "}" * diepte
    fout = laad(json.dumps(ruw).replace('"__DIEP__"', diep))
    assert fout is not None
    assert diepte >= MAX
