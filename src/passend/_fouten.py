"""Errors of passend: one base class, a stable ``code`` per kind, Dutch messages.

Every error names the field and the value that caused it, so a vendor can show it to a user
as is and a program can branch on ``code`` without parsing text.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "BuitenBereik",
    "NietBekend",
    "OngeldigeInvoer",
    "PassendError",
    "TegenstrijdigDossier",
]


class PassendError(Exception):
    """Base class of every error passend raises on purpose.

    ``code`` is stable across releases; ``veld`` and ``waarde`` name the input at fault.

    >>> try:
    ...     raise OngeldigeInvoer("weken", -1, "mag niet negatief zijn")
    ... except PassendError as fout:
    ...     print(fout.code, "|", fout)
    ongeldige_invoer | weken = -1: mag niet negatief zijn
    """

    code: ClassVar[str] = "passend_fout"

    def __init__(self, veld: str, waarde: Any, reden: str) -> None:
        self.veld = veld
        self.waarde = waarde
        self.reden = reden
        super().__init__(f"{veld} = {waarde!r}: {reden}")


class OngeldigeInvoer(PassendError, ValueError):
    """A value that can never be right (wrong type, negative count, malformed BRIN)."""

    code = "ongeldige_invoer"


class TegenstrijdigDossier(PassendError, ValueError):
    """Records that contradict each other (a besluit before its aanmelding, another pupil)."""

    code = "tegenstrijdig_dossier"


class BuitenBereik(PassendError, LookupError):
    """A date or year outside the range the package data covers."""

    code = "buiten_bereik"


class NietBekend(PassendError, LookupError):
    """A fact the answer depends on is not known (not verified, not shipped, not given)."""

    code = "niet_bekend"
