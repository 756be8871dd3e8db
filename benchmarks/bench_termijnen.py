"""Time the hot paths of passend and write the figures to benchmarks/RESULTS.md.

Covered: import, the Atw calendar, a statutory term, and the dossier questions (zorgplicht,
lopende_termijnen, toets) on the demo dossier of ``passend demo``, and rolling the built-in
meerjarenbegroting forward.

Run with ``make bench``. Figures are measured, never asserted: the test suite holds no timing.
Each figure is the best of several repeats (the least disturbed run), per call.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
import timeit
from pathlib import Path

RESULTATEN = Path(__file__).with_name("RESULTS.md")
HERHALINGEN = 5


def per_aanroep(stmt: str, setup: str, aantal: int) -> float:
    """Best time per call in microseconds."""
    tijden = timeit.repeat(stmt, setup=setup, number=aantal, repeat=HERHALINGEN)
    return min(tijden) / aantal * 1e6


def import_tijd() -> float:
    """Cold ``import passend`` in a fresh interpreter, in milliseconds (best of the repeats)."""
    code = "import time; t = time.perf_counter(); import passend; print(time.perf_counter() - t)"
    tijden = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(HERHALINGEN)
    ]
    return min(tijden) * 1e3


def dossiervragen() -> list[tuple[str, str]]:
    """The three dossier questions on the demo dossier (2 aanmeldingen, 1 inschrijving)."""
    setup = (
        "import datetime as dt; from passend import zorgplicht, lopende_termijnen, toets; "
        "from passend._cli import _demo_dossier; d = _demo_dossier(); op = dt.date(2025, 4, 7)"
    )
    return [
        (
            f"`{vraag}(dossier, op)` (voorbeelddossier van `passend demo`)",
            f"{per_aanroep(f'{vraag}(d, op)', setup, 2_000):.0f} µs",
        )
        for vraag in ("zorgplicht", "lopende_termijnen", "toets")
    ]


def main() -> None:
    begroting = (
        "from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland; "
        "b = meerjarenraming_zuid_kennemerland()"
    )
    setup = "import datetime as dt; from passend import Kalender, termijnen"
    metingen = [
        ("`import passend` (koud, nieuw proces)", f"{import_tijd():.1f} ms"),
        (
            "`Kalender.standaard()` eerste opbouw (cache geleegd)",
            f"{per_aanroep('Kalender.standaard.cache_clear(); Kalender.standaard()', setup, 20) / 1e3:.1f} ms",
        ),
        (
            "`Kalender.standaard()` daarna (gecachet)",
            f"{per_aanroep('Kalender.standaard()', setup, 100_000):.2f} µs",
        ),
        (
            "`termijnen.beslistermijn(date)`",
            f"{per_aanroep('termijnen.beslistermijn(dt.date(2025, 3, 7))', setup, 20_000):.1f} µs",
        ),
        (
            "`termijnen.beslistermijn(date, verlenging_weken=4)`",
            f"{per_aanroep('termijnen.beslistermijn(dt.date(2025, 3, 7), verlenging_weken=4)', setup, 20_000):.1f} µs",
        ),
        *dossiervragen(),
        (
            "`Begroting.eigen_vermogen()` van de meerjarenraming Zuid-Kennemerland (6 jaar, 49 regels)",
            f"{per_aanroep('b.eigen_vermogen()', begroting, 500):.0f} µs",
        ),
    ]
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )
    regels = [
        "# Benchmarkresultaten",
        "",
        f"Gemeten op {dt.date.today().isoformat()} met `make bench` op: {machine}.",
        f"Beste van {HERHALINGEN} herhalingen, per aanroep.",
        "",
        "| Meting | Tijd |",
        "|---|---|",
        *(f"| {naam} | {tijd} |" for naam, tijd in metingen),
        "",
    ]
    RESULTATEN.write_text("\n".join(regels), encoding="utf-8")
    print("\n".join(regels))


if __name__ == "__main__":
    main()
