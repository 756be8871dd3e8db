"""Every tutorial is also a Jupyter notebook.

At the start of each build the MyST pages in ``tutorials/`` become ``.ipynb`` files in
``_build/notebooks/`` (next to the output, ignored by git), and each tutorial page gets a
download link to its notebook. Prose becomes markdown cells; each ``{doctest}`` block becomes
code cells, split after every example with expected output so the notebook shows that output.
``tools/notebooks.py`` executes the notebooks in a fresh kernel: the gate proves that every
tutorial runs on its own, with only the imports on its own page.

What a cell carries besides its code:

- the tag ``raises-exception`` when the page expects a traceback there (the executor then
  checks that the error really comes);
- ``metadata.passend.skipif``: the page's ``:skipif:`` condition (a block that needs the
  optional ``plot`` extra), evaluated by the executor in the kernel's environment.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode
from sphinx.application import Sphinx

MAP = "tutorials"
UITVOER = Path("_build") / "notebooks"

_FENCE = re.compile(
    r"^(?P<hek>`{3,}|:{3,})(?:\{(?P<directive>[\w-]+)\}|(?P<taal>[\w-]*))\s*(?P<rest>.*)$"
)
_ROL = re.compile(r"\{(?P<rol>[\w:-]+)\}`(?P<tekst>[^`]*)`")
_DOCTEST_OPTIE = re.compile(r"\s*#\s*doctest:.*$")
#: Admonitions and the word a notebook reader sees in front of them.
_KADERS = {
    "important": "Belangrijk",
    "note": "Opmerking",
    "tip": "Tip",
    "warning": "Waarschuwing",
    "seealso": "Zie ook",
}


class TutorialFout(ValueError):
    """The tutorial uses MyST the converter does not know; it says so instead of dropping it."""


def _titel(pad: Path) -> str:
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if regel.startswith("# "):
            return regel[2:].strip()
    raise TutorialFout(f"{pad}: geen titel")


def _rollen(tekst: str, pagina: Path) -> str:
    """MyST roles as plain markdown: code for API names, the title for a page."""

    def vervang(m: re.Match[str]) -> str:
        rol, inhoud = m["rol"], m["tekst"]
        label = re.match(r"^(?P<label>.*?)\s*<(?P<doel>[^>]+)>$", inhoud)
        doel = label["doel"] if label else inhoud
        if rol == "doc":
            if label:
                return f"*{label['label']}*"
            return f"*{_titel((pagina.parent / doel).with_suffix('.md').resolve())}*"
        if label:
            return f"`{label['label']}`"
        return f"`{doel.rsplit('.', 1)[-1] if doel.startswith('~') else doel}`"

    return _ROL.sub(vervang, tekst)


def _code_cellen(inhoud: list[str], pagina: Path) -> Iterator[NotebookNode]:
    opties = {}
    while inhoud and inhoud[0].startswith(":"):
        _, naam, waarde = inhoud.pop(0).split(":", 2)
        opties[naam] = waarde.strip()
    onbekend = set(opties) - {"skipif"}
    if onbekend:
        raise TutorialFout(f"{pagina}: doctest-opties {sorted(onbekend)} niet ondersteund")
    bron: list[str] = []
    for voorbeeld in doctest.DocTestParser().get_examples("\n".join(inhoud)):
        if voorbeeld.options.get(doctest.SKIP):
            raise TutorialFout(f"{pagina}: +SKIP in een tutorial wordt niet ondersteund")
        bron += [_DOCTEST_OPTIE.sub("", r) for r in voorbeeld.source.splitlines()]
        if voorbeeld.want or voorbeeld.exc_msg:
            yield _code_cel(bron, opties, fout=voorbeeld.exc_msg is not None)
            bron = []
    if bron:
        yield _code_cel(bron, opties, fout=False)


def _code_cel(bron: list[str], opties: dict[str, str], *, fout: bool) -> NotebookNode:
    cel: NotebookNode = nbformat.v4.new_code_cell("\n".join(bron))
    if fout:
        cel.metadata["tags"] = ["raises-exception"]
    if "skipif" in opties:
        cel.metadata["passend"] = {"skipif": opties["skipif"]}
    return cel


def naar_notebook(pagina: Path) -> NotebookNode:
    """The notebook of one MyST tutorial page."""
    cellen: list[NotebookNode] = []
    tekst: list[str] = []

    def proza() -> None:
        inhoud = "\n".join(tekst).strip()
        if inhoud:
            cellen.append(nbformat.v4.new_markdown_cell(_rollen(inhoud, pagina)))
        tekst.clear()

    regels = pagina.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(regels):
        regel = regels[i]
        m = _FENCE.match(regel)
        if regel.startswith("%") or re.fullmatch(r"\(.+\)=", regel):
            i += 1  # a comment or a label: nothing to show
            continue
        if not m:
            tekst.append(regel)
            i += 1
            continue
        einde = regels.index(m["hek"], i + 1)
        inhoud = regels[i + 1 : einde]
        directive = m["directive"]
        if directive == "doctest":
            proza()
            cellen.extend(_code_cellen(inhoud, pagina))
        elif directive in _KADERS:
            tekst.append(f"> **{_KADERS[directive]}:** " + "\n> ".join(inhoud))
        elif directive is None:
            tekst.extend([f"```{'bash' if m['taal'] == 'console' else m['taal']}", *inhoud, "```"])
        else:
            raise TutorialFout(f"{pagina}:{i + 1}: directive {{{directive}}} niet ondersteund")
        i = einde + 1
    proza()
    notebook: NotebookNode = nbformat.v4.new_notebook(cells=cellen)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    nbformat.validate(notebook)
    return notebook


def _maak_notebooks(app: Sphinx) -> None:
    bron = Path(app.srcdir)
    doel = bron / UITVOER
    doel.mkdir(parents=True, exist_ok=True)
    for pagina in sorted((bron / MAP).glob("*.md")):
        nbformat.write(naar_notebook(pagina), doel / f"{pagina.stem}.ipynb")


def _downloadlink(app: Sphinx, docname: str, inhoud: list[str]) -> None:
    """A note under the title of each tutorial: the same page as a notebook."""
    if not docname.startswith(MAP + "/"):
        return
    naam = docname.split("/", 1)[1]
    notitie = (
        "\n\n:::{note}\nDeze tutorial is ook een Jupyter-notebook: "
        f"{{download}}`{naam}.ipynb </{UITVOER.as_posix()}/{naam}.ipynb>`. Het draait op "
        "zichzelf, met alleen de imports van deze pagina.\n:::\n"
    )
    kop, _, rest = inhoud[0].partition("\n")
    inhoud[0] = kop + notitie + rest


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _maak_notebooks)
    app.connect("source-read", _downloadlink)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
