"""Command line: ``passend demo`` and ``passend termijn``.

The CLI is a thin shell around the pure core: it parses dates, calls the rule functions and
prints their explanation and citations. It never reads the clock; every date is an argument.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from passend import termijnen
from passend._fouten import PassendError
from passend._partijen import Bestuurssoort
from passend.termijnen import Termijn

__all__ = ["main"]


def toon_termijn(termijn: Termijn, uit: TextIO) -> None:
    """Print one term: name, last day, explanation and citations."""
    print(f"{termijn.naam}: uiterlijk {termijn.einde.isoformat()}", file=uit)
    print(f"  {termijn.uitleg}", file=uit)
    print(f"  Grondslag: {'; '.join(str(b) for b in termijn.grondslag)}", file=uit)
    print(file=uit)


def _demo_termijnen() -> list[Termijn]:
    """Deadlines of a sample aanmelding, OPP and bezwaar (rules.md E1, E9, E7)."""
    return [
        termijnen.beslistermijn(dt.date(2025, 3, 3)),
        termijnen.beslistermijn(dt.date(2025, 3, 3), verlenging_weken=4),
        termijnen.opp_termijn(dt.date(2025, 9, 1)),
        termijnen.bezwaartermijn(dt.date(2026, 3, 16), bestuur_soort=Bestuurssoort.OPENBAAR),
    ]


def demo(uit: TextIO) -> int:
    """Run the main job on the built-in example data."""
    print("passend demo: wettelijke termijnen van een voorbeelddossier\n", file=uit)
    for termijn in _demo_termijnen():
        toon_termijn(termijn, uit)
    return 0


_TERMIJNEN: dict[str, Callable[[dt.date], Termijn]] = {
    "beslistermijn": termijnen.beslistermijn,
    "opp": termijnen.opp_termijn,
    "bezwaar-openbaar": lambda d: termijnen.bezwaartermijn(d, bestuur_soort=Bestuurssoort.OPENBAAR),
    "bezwaar-bijzonder": lambda d: termijnen.bezwaartermijn(
        d, bestuur_soort=Bestuurssoort.BIJZONDER
    ),
    "gpo": termijnen.gpo_termijn,
    "schorsing": termijnen.schorsing_maximum,
}


def main(argv: Sequence[str] | None = None, uit: TextIO | None = None) -> int:
    """Entry point of ``passend`` and ``python -m passend``; returns the exit code."""
    uit = uit or sys.stdout
    parser = argparse.ArgumentParser(prog="passend", description="Passend onderwijs als code.")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    sub.add_parser("demo", help="toon termijnen van een voorbeelddossier")
    t = sub.add_parser("termijn", help="bereken een wettelijke termijn")
    t.add_argument("soort", choices=sorted(_TERMIJNEN))
    t.add_argument(
        "datum", type=dt.date.fromisoformat, help="datum van de gebeurtenis (JJJJ-MM-DD)"
    )
    args = parser.parse_args(argv)
    if args.opdracht == "demo":
        return demo(uit)
    try:
        toon_termijn(_TERMIJNEN[args.soort](args.datum), uit)
    except PassendError as fout:
        print(f"fout ({fout.code}): {fout}", file=sys.stderr)
        return 2
    return 0
