"""Command line: ``passend demo``, ``passend termijn`` and ``passend batch``.

The CLI is a thin shell around the pure core: it parses dates, calls the rule functions and
prints their explanation and citations. It never reads the clock; every date is an argument.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from passend import batch, termijnen
from passend._aanmelding import (
    Aanmelding,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
)
from passend._dossier import Dossier, lopende_termijnen
from passend._fouten import PassendError
from passend._inschrijving import Inschrijving
from passend._partijen import Bestuurssoort, Leerling, School, Schoolbestuur, Schoolsoort
from passend._zorgplicht import zorgplicht
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


def _demo_dossier() -> Dossier:
    """A pupil registered at De Akker, refused there, registered and enrolled at De Beuk."""
    sam = Leerling(id="ll-demo", geboortedatum=dt.date(2020, 11, 1))
    akker = School(
        brin="11AA",
        naam="De Akker",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b-a", naam="Stichting A", soort=Bestuurssoort.BIJZONDER),
    )
    beuk = School(
        brin="22BB",
        naam="De Beuk",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b-b", naam="Gemeente B", soort=Bestuurssoort.OPENBAAR),
    )
    weigering = Toelatingsbesluit(
        datum=dt.date(2025, 4, 1),
        uitkomst=Toelatingsuitkomst.GEWEIGERD,
        andere_school=beuk,
        andere_school_bereid_op=dt.date(2025, 3, 28),
        schriftelijk_gemotiveerd=True,
    )
    vermoed = Ondersteuningsbehoefte.VERMOED
    return Dossier(
        leerling=sam,
        aanmeldingen=[
            Aanmelding(
                leerling=sam,
                school=akker,
                ontvangen_op=dt.date(2025, 3, 3),
                ondersteuningsbehoefte=vermoed,
                besluit=weigering,
            ),
            Aanmelding(
                leerling=sam,
                school=beuk,
                ontvangen_op=dt.date(2025, 4, 7),
                ondersteuningsbehoefte=vermoed,
            ),
        ],
        inschrijvingen=[
            Inschrijving(leerling=sam, school=beuk, ingeschreven_op=dt.date(2025, 5, 1))
        ],
    )


#: Days on which the demo asks who carries the zorgplicht.
_DEMO_DAGEN = (
    dt.date(2025, 3, 1),
    dt.date(2025, 3, 3),
    dt.date(2025, 4, 2),
    dt.date(2025, 4, 7),
    dt.date(2025, 5, 1),
)


def demo(uit: TextIO) -> int:
    """Run the main job on the built-in example data."""
    print("passend demo: wettelijke termijnen van een voorbeelddossier\n", file=uit)
    for termijn in _demo_termijnen():
        toon_termijn(termijn, uit)
    dossier = _demo_dossier()
    print("Zorgplicht voor leerling ll-demo op verschillende dagen\n", file=uit)
    for dag in _DEMO_DAGEN:
        oordeel = zorgplicht(dossier, dag)
        bestuur = oordeel.bestuur.naam if oordeel.bestuur else "niemand"
        print(f"{dag.isoformat()}: {bestuur} ({oordeel.reden.value})", file=uit)
        print(f"  {oordeel.uitleg}", file=uit)
        print(f"  Grondslag: {'; '.join(str(b) for b in oordeel.grondslag)}", file=uit)
        for termijn in lopende_termijnen(dossier, dag):
            print(f"  Loopt: {termijn.naam}, uiterlijk {termijn.einde.isoformat()}", file=uit)
        print(file=uit)
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


class _Voortgang:
    """Progress of a long batch run on stderr: at most once per ``interval`` seconds, and only
    once the run has taken that long (a short run prints nothing)."""

    def __init__(
        self, fout: TextIO, interval: float = 2.0, klok: Callable[[], float] = time.monotonic
    ) -> None:
        self.fout, self.interval, self.klok = fout, interval, klok
        self.vorige = klok()

    def __call__(self, klaar: int, deel: float | None) -> None:
        nu = self.klok()
        if nu - self.vorige >= self.interval:
            self.vorige = nu
            procent = "" if deel is None else f"{deel:.0%}, "
            print(f"passend batch: {procent}{klaar} dossiers", file=self.fout, flush=True)


#: Help text of ``passend batch``.
_BATCH_HULP = "beantwoord de vragen voor alle dossiers in een JSON-lines-bestand, als CSV"


def _peildatum(tekst: str) -> dt.date:
    """A date argument, exactly JJJJ-MM-DD (not 20260302 or 2026-W10-1)."""
    if len(tekst) != 10:
        raise argparse.ArgumentTypeError(f"verwacht een datum als JJJJ-MM-DD, niet {tekst!r}")
    return dt.date.fromisoformat(tekst)


def _batch_argumenten(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``passend batch``."""
    parser.description = (
        "Zorgplicht, lopende termijnen, toets en aandachtspunten per dossier, als CSV. "
        "Exitcode 0: alles beantwoord; 1: klaar, maar een of meer dossiers gaven een fout "
        "(zie de kolommen fout_code en fout); 2: de opdracht kon niet worden uitgevoerd."
    )
    parser.add_argument("pad", help="JSON-lines-bestand, één dossier per regel")
    parser.add_argument("--op", required=True, type=_peildatum, help="peildatum (JJJJ-MM-DD)")
    parser.add_argument(
        "--uit", help="CSV-bestand om te schrijven (standaard: de standaarduitvoer)"
    )
    parser.add_argument("--processen", type=int, default=1, help="aantal processen (standaard 1)")


def _batch(args: argparse.Namespace, uit: TextIO) -> int:
    """``passend batch``: rows as CSV; progress and the summary on stderr."""
    try:
        rijen = batch.beantwoord(
            args.pad, args.op, processen=args.processen, voortgang=_Voortgang(sys.stderr)
        )
        with contextlib.ExitStack() as stapel:
            doel = (
                stapel.enter_context(open(args.uit, "w", encoding="utf-8", newline=""))
                if args.uit
                else uit
            )
            schrijver = csv.DictWriter(doel, fieldnames=batch.KOLOMMEN, lineterminator="\n")
            schrijver.writeheader()
            aantal = fouten = 0
            for rij in rijen:
                schrijver.writerow(rij)
                aantal += 1
                fouten += rij["fout_code"] is not None
    except PassendError as fout:
        print(f"fout ({fout.code}): {fout}", file=sys.stderr)
        return 2
    except OSError as fout:
        doelnaam = args.uit or "de standaarduitvoer"
        print(f"fout: {doelnaam} is niet te schrijven ({fout.strerror})", file=sys.stderr)
        return 2
    print(f"passend batch: {aantal} dossiers, {fouten} met een fout", file=sys.stderr)
    return 1 if fouten else 0


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
    _batch_argumenten(sub.add_parser("batch", help=_BATCH_HULP))
    args = parser.parse_args(argv)
    if args.opdracht == "demo":
        return demo(uit)
    if args.opdracht == "batch":
        return _batch(args, uit)
    try:
        toon_termijn(_TERMIJNEN[args.soort](args.datum), uit)
    except PassendError as fout:
        print(f"fout ({fout.code}): {fout}", file=sys.stderr)
        return 2
    return 0
