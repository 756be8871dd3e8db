"""What ``import hypothesis`` costs with passend installed, against an environment without it.

Usage: ``python benchmarks/bench_import.py PYTHON_MET_PASSEND PYTHON_ZONDER_PASSEND``, each the
interpreter of a virtualenv with the same hypothesis. Alternating between the two, it measures

* the whole ``import hypothesis`` with ``python -X importtime`` (cumulative time), and
* the part passend can add: hypothesis' entry-point step (finding the installed entry points,
  importing and calling each hook), timed on its own in a fresh interpreter. It is a few
  milliseconds, so far less disturbed by other load on the machine than the whole import.

Each figure is the lowest of the repeats (the least disturbed run). Measured, never asserted.
"""

from __future__ import annotations

import subprocess
import sys

HERHALINGEN = 25
# Import hypothesis with its plugin step switched off, then time that step alone.
_STAP = """
import os, time
os.environ["HYPOTHESIS_NO_PLUGINS"] = "1"
import hypothesis.entry_points
del os.environ["HYPOTHESIS_NO_PLUGINS"]
begin = time.perf_counter()
hypothesis.entry_points.run()
print(int((time.perf_counter() - begin) * 1e6))
"""


def _draai(python: str, *argumenten: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python, *argumenten], capture_output=True, text=True, check=True, cwd="/"
    )


def import_hypothesis(python: str) -> int:
    """Cumulative microseconds of ``import hypothesis`` in a fresh interpreter."""
    uit = _draai(python, "-X", "importtime", "-c", "import hypothesis").stderr
    regel = next(r for r in reversed(uit.splitlines()) if r.rstrip().endswith("| hypothesis"))
    return int(regel.split("|")[1])


def entry_point_stap(python: str) -> int:
    """Microseconds of hypothesis' entry-point step in a fresh interpreter."""
    return int(_draai(python, "-c", _STAP).stdout)


def main(met: str, zonder: str) -> None:
    totaal: dict[str, list[int]] = {met: [], zonder: []}
    stap: dict[str, list[int]] = {met: [], zonder: []}
    for _ in range(HERHALINGEN):
        for python in (met, zonder):
            totaal[python].append(import_hypothesis(python))
            stap[python].append(entry_point_stap(python))
    for naam, python in (("zonder passend", zonder), ("met passend", met)):
        print(
            f"{naam}: import hypothesis {min(totaal[python]) / 1000:.1f} ms, "
            f"waarvan entry points {min(stap[python]) / 1000:.2f} ms"
        )
    extra = (min(stap[met]) - min(stap[zonder])) / 1000
    print(f"passend voegt toe: {extra:+.2f} ms")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
