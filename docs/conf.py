"""Sphinx configuration of the passend documentation (Dutch, offline, nitpicky)."""

from __future__ import annotations

import sys
from pathlib import Path

import passend

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "passend"
author = "passend developers"
copyright = "2026, passend developers"
release = passend.__version__
version = release
language = "nl"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "passend_tabellen",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"passend {release}"

# Docstrings are plain reST; their "Grondslag:" section renders as a definition list.
autodoc_typehints = "none"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}

# Offline build: no intersphinx. Standard-library and third-party types are not documented
# here, so nitpicky mode ignores references to them.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|decimal|collections|typing|enum|types|attrs|holidays)(\..*)?"),
    (r"py:.*", r"(date|Decimal|Mapping|Sequence|Iterable|Callable|Any|ClassVar|Final)"),
]
# Docstring examples run under pytest (--doctest-modules); Sphinx tests the doc pages' own
# ``doctest`` blocks only.
doctest_test_doctest_blocks = ""
doctest_global_setup = "import datetime as dt\nfrom decimal import Decimal\nimport passend"
