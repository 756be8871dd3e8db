"""Measuring: median and p99 of a call, the same-process baseline, and the machine.

Every figure is a median and a p99 over samples; a sample times a loop of ``n`` calls (``n``
chosen so one sample takes about a millisecond) and divides by ``n``. Time is the CPU time of
this process (``time.process_time_ns``), not the wall clock: on a machine shared with other
users the scheduler parks a process for tens of milliseconds at a time, which would land in any
sample longer than that. The garbage collector stays on: its pauses are part of what a caller
pays. The baseline is a bare hand-written Atw
deadline (six weeks, then past weekends and feestdagen), measured in the same process: a figure
divided by the baseline stays comparable when other processes slow the whole machine down.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

#: The baseline as the issue measured it on a quiet project machine (2 cores), in µs. A target
#: in µs becomes a target in baselines by dividing by this figure.
BASIS_REFERENTIE_US = 0.14

_FEESTDAGEN = frozenset(
    {
        dt.date(2025, 4, 18),
        dt.date(2025, 4, 21),
        dt.date(2025, 4, 26),
        dt.date(2025, 5, 5),
        dt.date(2025, 5, 29),
        dt.date(2025, 6, 9),
    }
)
_ZES_WEKEN = dt.timedelta(weeks=6)
_DAG = dt.timedelta(days=1)


def kale_atw_termijn(ontvangen: dt.date) -> dt.date:
    """The baseline: six weeks after ``ontvangen``, rolled past weekends and feestdagen."""
    einde = ontvangen + _ZES_WEKEN
    while einde.weekday() >= 5 or einde in _FEESTDAGEN:
        einde += _DAG
    return einde


@dataclass(frozen=True)
class Uitslag:
    """Per call, in µs."""

    mediaan: float
    p99: float
    monsters: int
    per_monster: int


def meet(
    functie: Callable[[], object],
    *,
    budget: float = 0.6,
    monster_s: float = 0.001,
    minimum: int = 7,
) -> Uitslag:
    """Time ``functie`` for about ``budget`` seconds (at least ``minimum`` samples): median and
    p99 per call."""
    functie()  # warm up: caches, first imports
    begin = time.process_time()
    functie()
    schatting = max(time.process_time() - begin, 1e-8)
    n = max(1, round(monster_s / schatting))
    monsters = max(minimum, min(2000, round(budget / (schatting * n))))
    tijden = []
    for _ in range(monsters):
        begin = time.process_time_ns()
        for _ in range(n):
            functie()
        tijden.append((time.process_time_ns() - begin) / n / 1e3)
    tijden.sort()
    return Uitslag(
        mediaan=statistics.median(tijden),
        p99=tijden[min(len(tijden) - 1, round(0.99 * (len(tijden) - 1)))],
        monsters=monsters,
        per_monster=n,
    )


def verdeling(tijden_us: list[float]) -> Uitslag:
    """Median and p99 of single timings (one call each)."""
    tijden = sorted(tijden_us)
    return Uitslag(
        mediaan=statistics.median(tijden),
        p99=tijden[min(len(tijden) - 1, round(0.99 * (len(tijden) - 1)))],
        monsters=len(tijden),
        per_monster=1,
    )


def machine() -> str:
    """Processor, cores, system, Python and the versions of passend and its dependencies."""
    pakketten = ", ".join(
        f"{naam} {metadata.version(naam)}"
        for naam in ("passend", "attrs", "cattrs", "python-dateutil", "holidays")
    )
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}; {pakketten}"
    )


def belasting() -> str:
    een, vijf, vijftien = os.getloadavg()
    return f"{een:.2f} / {vijf:.2f} / {vijftien:.2f}"
