"""Errors of passend: one base class, a stable ``code`` per kind, Dutch messages.

Every error names the field and the value that caused it, so a vendor can show it to a user
as is and a program can branch on ``code`` without parsing text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

__all__ = [
    "BuitenBereik",
    "NietBekend",
    "OngeldigeInvoer",
    "OngeldigeJson",
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


class OngeldigeJson(OngeldigeInvoer):
    """JSON that does not fit the wire format of :mod:`passend.json`.

    ``problemen`` lists every problem found, in document order, each a :class:`PassendError`
    whose ``veld`` is a JSON path such as ``$.aanmeldingen[0].school.brin`` and whose ``code``
    says its kind (``ongeldige_invoer``, or ``tegenstrijdig_dossier`` for records that
    contradict each other). ``veld``, ``waarde`` and ``reden`` are those of the first problem.

    >>> fout = OngeldigeJson([OngeldigeInvoer("$.id", None, "verwacht een tekst, geen null")])
    >>> print(fout.code, "|", fout)
    ongeldige_json | $.id = None: verwacht een tekst, geen null
    """

    code = "ongeldige_json"
    #: At most this many problems are spelled out in the message; ``problemen`` has them all.
    IN_BERICHT: ClassVar[int] = 20

    def __init__(self, problemen: Sequence[PassendError]) -> None:
        self.problemen = tuple(problemen)
        eerste = self.problemen[0]
        super().__init__(eerste.veld, eerste.waarde, eerste.reden)
        regels = [str(p) for p in self.problemen[: self.IN_BERICHT]]
        if len(self.problemen) > self.IN_BERICHT:
            regels.append(f"en nog {len(self.problemen) - self.IN_BERICHT} problemen")
        self.args = ("\n".join(regels),)


class TegenstrijdigDossier(PassendError, ValueError):
    """Records that contradict each other (a besluit before its aanmelding, another pupil)."""

    code = "tegenstrijdig_dossier"


class BuitenBereik(PassendError, LookupError):
    """A date or year outside the range the package data covers."""

    code = "buiten_bereik"


class NietBekend(PassendError, LookupError):
    """A fact the answer depends on is not known (not verified, not shipped, not given)."""

    code = "niet_bekend"
