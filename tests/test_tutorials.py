"""Every tutorial page runs on its own, as in a fresh notebook: no import from the
documentation's global setup, only what the page itself imports (issue 15)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

TUTORIALS = sorted((Path(__file__).parent.parent / "docs" / "tutorials").glob("*.md"))
BLOK = re.compile(r"^```\{doctest\}\n(?P<inhoud>.*?)^```", re.MULTILINE | re.DOTALL)


def blokken(pagina: Path) -> list[str]:
    """The doctest blocks of a page that Sphinx would run, in order."""
    uitkomst = []
    for blok in BLOK.finditer(pagina.read_text("utf-8")):
        regels = blok["inhoud"].splitlines(keepends=True)
        opties = [r for r in regels if r.startswith(":")]
        voorwaarde = [r.split(":", 2)[2] for r in opties if r.startswith(":skipif:")]
        if voorwaarde and eval(voorwaarde[0], {}):  # the page's own skipif condition
            continue
        uitkomst.append("".join(r for r in regels if not r.startswith(":")))
    return uitkomst


def test_er_zijn_tutorials() -> None:
    assert {p.stem for p in TUTORIALS} >= {"termijnen", "zorgplicht", "bekostiging"}


@pytest.mark.parametrize("pagina", TUTORIALS, ids=lambda p: p.stem)
def test_tutorial_draait_zonder_globale_imports(pagina: Path) -> None:
    tekst = "".join(blokken(pagina))
    test = doctest.DocTestParser().get_doctest(tekst, {}, pagina.stem, str(pagina), 0)
    assert test.examples
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL, verbose=False
    )
    meldingen: list[str] = []
    uitslag = runner.run(test, out=meldingen.append)
    assert uitslag.failed == 0, "".join(meldingen)
