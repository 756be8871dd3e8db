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
    "passend_regelcatalogus",
    "passend_typen",
    "passend_notebooks",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"passend {release}"
html_static_path = ["_static"]
html_css_files = ["passend.css"]
html_favicon = "_static/favicon.svg"

# Docstrings are plain reST; their "Grondslag:" section renders as a definition list.
# Signatures show parameter and return types; passend_typen resolves them and links the
# standard-library types to their documentation.
autodoc_typehints = "signature"
python_use_unqualified_type_names = True
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}

# Offline build: no intersphinx. Every cross-reference must resolve, to a page of this site
# or to an external type in passend_typen.EXTERN.
nitpicky = True
# The type variable of passend.json.loads has no page of its own.
nitpick_ignore = [("py:class", "passend.json.T")]
# Docstring examples run under pytest (--doctest-modules); Sphinx tests the doc pages' own
# ``doctest`` blocks only.
doctest_test_doctest_blocks = ""
doctest_global_setup = "import datetime as dt\nfrom decimal import Decimal\nimport passend"
