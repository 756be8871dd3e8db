"""Execute the tutorial notebooks in a fresh Jupyter kernel, as a reader would.

Usage: ``python tools/notebooks.py docs/_build/notebooks/*.ipynb``

The documentation build writes one notebook per tutorial (``docs/_ext/passend_notebooks.py``).
Each runs in its own kernel, in an empty temporary folder, so it can use nothing but what its
own cells import. A cell the page expects to fail (tag ``raises-exception``) must fail; a cell
with a ``skipif`` condition that holds here (the ``plot`` extra is not installed) is left out
and reported. The executed notebooks are written to ``uitgevoerd/`` next to the input, to be
looked at. Exit status 0 when all ran, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbformat import NotebookNode

#: Seconds one cell may take; the tutorials compute in milliseconds.
CEL_TIJD = 60


def _overslaan(cel: NotebookNode) -> bool:
    voorwaarde = cel.get("metadata", {}).get("passend", {}).get("skipif")
    return bool(voorwaarde) and bool(eval(voorwaarde, {}))  # the page's own condition


def voer_uit(pad: Path) -> list[str]:
    """Run one notebook; the problems found (empty when it ran as the page says)."""
    notebook = nbformat.read(pad, as_version=4)
    overgeslagen = [c for c in notebook.cells if _overslaan(c)]
    notebook.cells = [c for c in notebook.cells if not _overslaan(c)]
    for cel in overgeslagen:
        print(f"  {pad.name}: cel overgeslagen (skipif): {cel.source.splitlines()[0]}")
    with tempfile.TemporaryDirectory(prefix="passend-notebook-") as map_:
        # Local sockets, not TCP ports: nothing listens on the network, even briefly.
        kernel = KernelManager(kernel_name="python3", transport="ipc", ip=f"{map_}/kernel")
        client = NotebookClient(
            notebook, km=kernel, timeout=CEL_TIJD, resources={"metadata": {"path": map_}}
        )
        try:
            client.execute()
        except CellExecutionError as fout:
            return [f"{pad.name}: {fout}"]
        finally:  # a kernel manager passed in is ours to stop, not nbclient's
            if kernel.has_kernel:
                kernel.shutdown_kernel()
    problemen = [
        f"{pad.name}: cel {i} zou een fout geven, maar gaf er geen:\n{cel.source}"
        for i, cel in enumerate(notebook.cells)
        if cel.cell_type == "code"
        and "raises-exception" in cel.metadata.get("tags", [])
        and not any(o.get("output_type") == "error" for o in cel.outputs)
    ]
    uitgevoerd = pad.parent / "uitgevoerd"
    uitgevoerd.mkdir(exist_ok=True)
    nbformat.write(notebook, uitgevoerd / pad.name)
    return problemen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Voer de tutorial-notebooks uit.")
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    problemen: list[str] = []
    for pad in args.notebooks:
        begin = time.monotonic()
        gevonden = voer_uit(pad)
        status = "FOUT" if gevonden else "ok"
        print(f"{pad.name}: {status} ({time.monotonic() - begin:.1f} s)")
        problemen += gevonden
    for probleem in problemen:
        print(probleem, file=sys.stderr)
    return 1 if problemen else 0


if __name__ == "__main__":
    raise SystemExit(main())
