"""Differential test for issue 12 (speed): every question gives the answers it gave before.

``tests/golden/verschil.jsonl.gz`` was recorded from the code *before* it was made faster: one
line per (dossier, peildatum, beleid) with the dossier as JSON and the full answer of each
question as JSON (or, for a :class:`~passend.PassendError`, its class and code). The dossiers are
the benchmark dossiers, a synthetic population, the example dossiers shipped in
``passend/data`` and dossiers drawn from :func:`passend.strategies.dossiers` with a derandomized
hypothesis run. The dossiers themselves are stored, so this test does not depend on how
hypothesis or the population generator draw them (even derandomized, hypothesis does not always
draw the same dossiers twice, so a re-recording may hold other drawn dossiers).

Re-record (only on purpose, after checking a changed answer is right)::

    python tests/test_verschil.py
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from passend import (
    Beleid,
    Dossier,
    PassendError,
    aandachtspunten,
    financieel_verantwoordelijke,
    lopende_termijnen,
    opp_vereist,
    toets,
    zorgplicht,
)
from passend import json as pjson

GOLDEN = Path(__file__).parent / "golden" / "verschil.jsonl.gz"

#: The policies the answers are recorded under: the statutory default (None, so the default
#: path is taken) and the regional presets.
BELEIDEN: dict[str, Callable[[], Beleid | None]] = {
    "standaard": lambda: None,
    "zuid_kennemerland": Beleid.zuid_kennemerland,
    "rijn_gelderse_vallei": Beleid.rijn_gelderse_vallei,
    "haarlem": Beleid.haarlem,
}

Vraag = Callable[[Dossier, dt.date, Beleid | None], object]
VRAGEN: dict[str, Vraag] = {
    "zorgplicht": lambda d, op, b: zorgplicht(d, op, beleid=b),
    "lopende_termijnen": lambda d, op, b: lopende_termijnen(d, op, beleid=b),
    "toets": lambda d, op, b: toets(d, op, beleid=b),
    "aandachtspunten": lambda d, op, b: aandachtspunten(d, op, beleid=b),
    "opp_vereist": lambda d, op, _: opp_vereist(d, op),
    "financieel_verantwoordelijke": lambda d, op, b: financieel_verantwoordelijke(d, op, beleid=b),
}


def antwoorden(dossier: Dossier, op: dt.date, beleid: Beleid | None) -> dict[str, str]:
    """Every question's full answer as JSON text, or the error it raised."""
    uit = {}
    for naam, vraag in VRAGEN.items():
        try:
            uit[naam] = pjson.dumps(vraag(dossier, op, beleid))
        except PassendError as fout:
            uit[naam] = f"!{type(fout).__name__}:{fout.code}"
    return uit


def test_zelfde_antwoorden() -> None:
    """Each recorded dossier reads back the same and gives the same answers, field by field."""
    aantal = 0
    for regel, rec in _golden():
        tekst = rec["dossier"]
        dossier = pjson.loads(tekst, Dossier)
        assert pjson.dumps(dossier) == tekst, f"regel {regel} ({rec['bron']}): dossier-JSON"
        for stand in rec["standen"]:
            op = dt.date.fromisoformat(stand["op"])
            nu = antwoorden(dossier, op, BELEIDEN[stand["beleid"]]())
            for vraag, oud in stand["antwoorden"].items():
                if nu[vraag] != oud:
                    pytest.fail(
                        f"regel {regel}: {rec['bron']} op {stand['op']} ({stand['beleid']}), "
                        f"{vraag}:\n" + _verschil(oud, nu[vraag])
                    )
            aantal += 1
    assert aantal > 1000


def _golden() -> Iterator[tuple[int, dict[str, Any]]]:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as f:
        for regel, tekst in enumerate(f, start=1):
            yield regel, json.loads(tekst)


def _verschil(oud: str, nieuw: str) -> str:
    """The first differing field of two answers, by JSON path."""

    def paden(pad: str, waarde: object) -> Iterator[tuple[str, object]]:
        if isinstance(waarde, dict):
            for k, v in waarde.items():
                yield from paden(f"{pad}.{k}", v)
        elif isinstance(waarde, list):
            yield f"{pad}#len", len(waarde)
            for i, v in enumerate(waarde):
                yield from paden(f"{pad}[{i}]", v)
        else:
            yield pad, waarde

    if oud.startswith("!") or nieuw.startswith("!"):
        return f"  oud:   {oud[:300]}\n  nieuw: {nieuw[:300]}"
    a, b = dict(paden("$", json.loads(oud))), dict(paden("$", json.loads(nieuw)))
    for pad in [*a, *(p for p in b if p not in a)]:
        if a.get(pad, "<ontbreekt>") != b.get(pad, "<ontbreekt>"):
            return (
                f"  {pad}: oud {a.get(pad, '<ontbreekt>')!r}, nieuw {b.get(pad, '<ontbreekt>')!r}"
            )
    return "  (zelfde velden, andere tekst)"  # pragma: no cover - json.dumps is deterministic


# --- Recording (run this file as a script) --------------------------------------------------------

_DATUM = re.compile(r'"(\d{4}-\d{2}-\d{2})"')


def _peildatums(tekst: str, vast: list[dt.date]) -> list[dt.date]:
    """Fixed days plus days around the dossier's own dates: on a fact, the day after, and
    six weeks and a day later (when most terms have just ended)."""
    eigen = sorted({dt.date.fromisoformat(d) for d in _DATUM.findall(tekst)})
    gekozen = eigen[:: max(1, len(eigen) // 3)][:3]
    dagen = set(vast)
    for d in gekozen:
        for stap in (0, 1, 43):
            if d + dt.timedelta(days=stap) <= dt.date(2030, 12, 31):
                dagen.add(d + dt.timedelta(days=stap))
    return sorted(dagen)


def _bronnen() -> Iterator[tuple[str, Dossier, list[dt.date]]]:  # pragma: no cover - script
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from hypothesis import HealthCheck, given, settings

    import dossiers as bench  # type: ignore[import-not-found]
    from passend import batch
    from passend import strategies as ps
    from passend._cli import overstapdossier, voorbeelddossier

    yield "bench.demo", bench.demo(), [bench.DEMO_PEILDATUM]
    yield "bench.typisch", bench.typisch(), [bench.PEILDATUM]
    yield "bench.gegroeid(100)", bench.gegroeid(100), [bench.PEILDATUM]
    yield "data.voorbeelddossier", voorbeelddossier(), []
    yield "data.overstapdossier", overstapdossier(), []
    op = dt.date(2026, 3, 2)
    for i, d in enumerate(batch.populatie(400, peildatum=op, zaad=12)):
        yield f"populatie[{i}]", d, [op]
    getrokken: list[Dossier] = []

    @settings(
        derandomize=True,
        database=None,
        max_examples=300,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(ps.dossiers())
    def verzamel(d: Dossier) -> None:
        getrokken.append(d)

    verzamel()
    for i, d in enumerate(getrokken):
        yield f"strategies[{i}]", d, []


def schrijf() -> None:  # pragma: no cover - script
    """Record the golden file from the code as it is now."""
    namen = list(BELEIDEN)
    regels = 0
    # mtime=0: the same answers give the same bytes.
    with (
        open(GOLDEN, "wb") as ruw,
        gzip.GzipFile(fileobj=ruw, mode="wb", compresslevel=9, mtime=0) as gz,
        io.TextIOWrapper(gz, encoding="utf-8") as f,
    ):
        for nummer, (bron, dossier, vast) in enumerate(_bronnen()):
            tekst = pjson.dumps(dossier)
            gelezen = pjson.loads(tekst, Dossier)
            assert gelezen == dossier, bron
            standen = []
            for j, op in enumerate(_peildatums(tekst, vast)):
                naam = namen[(nummer + j) % len(namen)]
                standen.append(
                    {
                        "op": op.isoformat(),
                        "beleid": naam,
                        "antwoorden": antwoorden(gelezen, op, BELEIDEN[naam]()),
                    }
                )
            rec = {"bron": bron, "dossier": tekst, "standen": standen}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            regels += len(standen)
    print(f"{regels} standen in {GOLDEN}")


if __name__ == "__main__":  # pragma: no cover - script
    schrijf()
