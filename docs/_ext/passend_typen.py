"""Types in the signatures of the reference, resolved and linked although the build is offline.

- ``autodoc-before-process-signature``: passend's annotations are strings (``"dt.date"``,
  postponed evaluation), and autodoc gives up on all of them when one cannot be evaluated (a
  name imported only for type checking, or the ``__init__`` that attrs writes for a record).
  Each is evaluated on its own, in the namespace of the function's module.
- ``autodoc-process-signature``: a field whose default attrs computes (``@x.default``) shows
  ``= ...`` instead of attrs' internal ``NOTHING``.
- ``missing-reference``: the standard-library and hypothesis types of the signatures link to
  their own documentation, from a fixed table (intersphinx would need the network). A type
  not in the table still fails the nitpicky build, so nothing is silently left unlinked.
"""

from __future__ import annotations

import collections.abc
import sys
import typing
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

_PY = "https://docs.python.org/3/library/"
_HYPOTHESIS = "https://hypothesis.readthedocs.io/en/latest/reference/strategies.html"

#: Fully qualified name of an external type → the page that documents it.
EXTERN: dict[str, str] = {
    "datetime.date": f"{_PY}datetime.html#datetime.date",
    "decimal.Decimal": f"{_PY}decimal.html#decimal.Decimal",
    "typing.Any": f"{_PY}typing.html#typing.Any",
    "types.MappingProxyType": f"{_PY}types.html#types.MappingProxyType",
    "os.PathLike": f"{_PY}os.html#os.PathLike",
    "hypothesis.strategies.SearchStrategy": _HYPOTHESIS,
    **{
        f"collections.abc.{naam}": f"{_PY}collections.abc.html#collections.abc.{naam}"
        for naam in ("Callable", "Iterable", "Iterator", "Mapping", "Sequence")
    },
}


def _los_annotaties_op(app: Sphinx, obj: Any, bound_method: bool) -> None:
    """Evaluate the string annotations of a function of passend one by one."""
    obj = getattr(obj, "__func__", obj)
    if not isinstance(getattr(obj, "__annotations__", None), dict):
        return
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    if module is None or not module.__name__.startswith("passend"):
        return
    naamruimte: dict[str, Any] = {**vars(collections.abc), "Any": typing.Any}
    naamruimte.update(vars(module))
    for naam, waarde in list(obj.__annotations__.items()):
        if isinstance(waarde, str):
            try:
                obj.__annotations__[naam] = eval(waarde, naamruimte)  # an annotation, from our code
            except NameError:
                continue


def _zonder_nothing(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    if signature is None or "NOTHING" not in signature:
        return None
    return signature.replace("= NOTHING", "= ...").replace("=NOTHING", "=..."), return_annotation


def _extern(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    if node.get("refdomain") != "py":
        return None
    uri = EXTERN.get(node["reftarget"])
    if uri is None:
        return None
    link = nodes.reference("", "", internal=False, refuri=uri, reftitle=node["reftarget"])
    link += contnode
    return link


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("autodoc-before-process-signature", _los_annotaties_op)
    app.connect("autodoc-process-signature", _zonder_nothing)
    app.connect("missing-reference", _extern)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
