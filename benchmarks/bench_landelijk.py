"""National scale, measured: a synthetic population through the batch path.

Writes ``aantal`` dossiers of :func:`passend.batch.populatie` as JSON lines (once; an existing
file with the same name is reused), answers them with :func:`passend.batch.beantwoord` on
``processen`` processes, writes the rows as CSV (as ``passend batch`` does) and records wall
time, CPU time, per-dossier cost, peak memory and the load of the machine in
``benchmarks/landelijk.json``; ``bench_vragen.py`` puts the last run in RESULTS.md.

    python benchmarks/bench_landelijk.py --aantal 1000000 --processen 2

Per-dossier cost is CPU seconds (all processes) per dossier: on a shared machine the wall time
depends on the other users, the CPU time much less. The extrapolation to 1.4 million pupils on
16 cores assumes what the design gives: no shared state, so the work divides evenly.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from meten import BASIS_REFERENTIE_US, kale_atw_termijn, machine, meet
from passend import batch

PEILDATUM = dt.date(2026, 3, 2)
UITVOER = Path(__file__).with_name("landelijk.json")
LANDELIJK = 1_400_000
KERNEN = 16


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes)."""
    eigen, kinderen = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return eigen.ru_utime + eigen.ru_stime + kinderen.ru_utime + kinderen.ru_stime


def _schrijf_populatie(pad: Path, aantal: int, zaad: int) -> float:
    begin = time.perf_counter()
    tijdelijk = pad.with_suffix(".deel")
    batch.schrijf_jsonl(batch.populatie(aantal, peildatum=PEILDATUM, zaad=zaad), tijdelijk)
    tijdelijk.replace(pad)
    return time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--processen", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--zaad", type=int, default=2026)
    parser.add_argument("--map", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()

    pad = args.map / f"passend-populatie-{args.aantal}-{args.zaad}.jsonl"
    genereren = None if pad.exists() else _schrijf_populatie(pad, args.aantal, args.zaad)
    print(f"populatie: {pad} ({pad.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)

    def basis() -> float:
        return meet(lambda: kale_atw_termijn(dt.date(2025, 3, 7)), budget=2.0).mediaan

    last_voor, basis_voor = os.getloadavg(), basis()
    cpu_voor, begin = _cpu(), time.perf_counter()
    aantal = fouten = 0
    foutcodes: dict[str, int] = {}
    with open(os.devnull, "w", newline="") as nergens:
        schrijver = csv.DictWriter(nergens, fieldnames=batch.KOLOMMEN)
        for rij in batch.beantwoord(pad, PEILDATUM, processen=args.processen):
            schrijver.writerow(rij)
            aantal += 1
            if rij["fout_code"] is not None:
                fouten += 1
                foutcodes[str(rij["fout_code"])] = foutcodes.get(str(rij["fout_code"]), 0) + 1
    wand, cpu = time.perf_counter() - begin, _cpu() - cpu_voor
    last_na, basis_na = os.getloadavg(), basis()

    per_dossier = cpu / aantal
    # The same cost on a quiet machine, in proportion to the baseline measured around the run.
    rustig = per_dossier / ((basis_voor + basis_na) / 2) * BASIS_REFERENTIE_US
    uitkomst = {
        "datum": dt.date.today().isoformat(),
        "commando": " ".join(["python", *sys.argv]),
        "machine": machine(),
        "aantal": aantal,
        "processen": args.processen,
        "bestand_mb": round(pad.stat().st_size / 1e6),
        "genereren_s": None if genereren is None else round(genereren, 1),
        "wandtijd_s": round(wand, 1),
        "cpu_s": round(cpu, 1),
        "cpu_per_dossier_us": round(per_dossier * 1e6),
        "wand_per_dossier_us": round(wand / aantal * 1e6),
        "piekgeheugen_hoofdproces_mb": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ),
        "piekgeheugen_grootste_werker_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        ),
        "belasting_voor": [round(x, 2) for x in last_voor],
        "belasting_na": [round(x, 2) for x in last_na],
        "foutrijen": fouten,
        "foutcodes": foutcodes,
        "basis_us": [round(basis_voor, 3), round(basis_na, 3)],
        "cpu_per_dossier_rustig_us": round(rustig * 1e6),
        "landelijk_16_kernen_s": round(per_dossier * LANDELIJK / KERNEN, 1),
        "landelijk_16_kernen_rustig_s": round(rustig * LANDELIJK / KERNEN, 1),
    }
    UITVOER.write_text(json.dumps(uitkomst, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(uitkomst, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
