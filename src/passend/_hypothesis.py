"""Makes ``st.from_type`` resolve every public class of passend to passend's strategies.

Cheap on purpose (issue 10): registering binds each class to :func:`_uitgesteld`, which imports
:mod:`passend.strategies` only when hypothesis first needs one of them. It runs as soon as both
passend and hypothesis are imported, whichever comes first: from ``passend/__init__.py`` when
hypothesis is already there, else from hypothesis' entry point (``_passend_hypothesis``).
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["registreer", "registreer_als_hypothesis_geladen"]


def _uitgesteld(soort: type) -> Any:
    from passend.strategies._typen import voor_type

    return voor_type(soort)


def registreer() -> None:
    """Register every public attrs class of ``passend``, ``passend.termijnen`` and
    ``passend.bekostiging`` with hypothesis."""
    import attrs
    from hypothesis import strategies as st

    # While passend is still being imported its names are not all bound yet; its own last line
    # registers them. The subpackages are registered once they are imported.
    for modulenaam in ("passend", "passend.termijnen", "passend.bekostiging"):
        module = sys.modules.get(modulenaam)
        for naam in getattr(module, "__all__", ()):
            soort = getattr(module, naam, None)
            if isinstance(soort, type) and attrs.has(soort):
                st.register_type_strategy(soort, _uitgesteld)


def registreer_als_hypothesis_geladen() -> None:
    """Register now when hypothesis is already imported (else its entry point will)."""
    if "hypothesis.strategies" in sys.modules:
        registreer()
