"""Check a built wheel as a pip user gets it (``make pakket``; not a pytest test).

Usage: ``python tests/controleer_pakket.py WHEEL LICENSE``. Exits non-zero with the missing
pieces when the wheel lacks the licence text, ``py.typed``, the hypothesis entry point or
project URLs.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path


def gebreken(wiel: Path, licentie: Path) -> list[str]:
    """What the wheel at ``wiel`` misses; empty when it is complete."""
    with zipfile.ZipFile(wiel) as z:
        namen = set(z.namelist())
        info = next(n.split("/")[0] for n in namen if n.split("/")[0].endswith(".dist-info"))
        fouten = [n for n in ("passend/py.typed", "_passend_hypothesis.py") if n not in namen]
        tekst = f"{info}/licenses/LICENSE"
        if tekst not in namen:
            fouten.append(tekst)
        elif z.read(tekst) != licentie.read_bytes():
            fouten.append(f"{tekst} wijkt af van {licentie}")
        if "_passend_hypothesis:" not in z.read(f"{info}/entry_points.txt").decode():
            fouten.append("entry point hypothesis")
        metadata = z.read(f"{info}/METADATA").decode()
        if "License-File: LICENSE" not in metadata:
            fouten.append("License-File in METADATA")
        if "Project-URL: " not in metadata:
            fouten.append("Project-URL in METADATA")
    return fouten


if __name__ == "__main__":
    wiel, licentie = (Path(a) for a in sys.argv[1:3])
    ontbreekt = gebreken(wiel, licentie)
    if ontbreekt:
        sys.exit(f"{wiel.name} mist: {', '.join(ontbreekt)}")
    print(f"{wiel.name}: LICENSE, py.typed en het hypothesis-entry point zitten erin")
