"""Fouten van passend: één basisklasse, een vaste ``code`` per soort, Nederlandse meldingen.

Elke fout noemt het veld en de waarde die haar veroorzaakten, zodat een leverancier de melding
zo aan een gebruiker kan tonen en een programma op ``code`` kan beslissen zonder tekst te lezen.
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
    """Basisklasse van elke fout die passend bewust opwerpt.

    ``code`` blijft gelijk over versies heen; ``veld`` en ``waarde`` noemen de foute invoer.

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
    """Een waarde die nooit juist kan zijn (verkeerd type, negatief aantal, misvormd BRIN)."""

    code = "ongeldige_invoer"


class OngeldigeJson(OngeldigeInvoer):
    """JSON die niet past in het uitwisselformaat van :mod:`passend.json`.

    ``problemen`` somt elk gevonden probleem op, in de volgorde van het document, elk een
    :class:`PassendError` met als ``veld`` een JSON-pad zoals ``$.aanmeldingen[0].school.brin``
    en als ``code`` de soort (``ongeldige_invoer``, of ``tegenstrijdig_dossier`` voor gegevens
    die elkaar tegenspreken). ``veld``, ``waarde`` en ``reden`` zijn die van het eerste probleem.

    >>> fout = OngeldigeJson([OngeldigeInvoer("$.id", None, "verwacht een tekst, geen null")])
    >>> print(fout.code, "|", fout)
    ongeldige_json | $.id = None: verwacht een tekst, geen null
    """

    code = "ongeldige_json"
    #: Zoveel problemen staan er hoogstens uitgeschreven in de melding; ``problemen`` heeft ze alle.
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
    """Gegevens die elkaar tegenspreken (een besluit vóór de aanmelding, een andere leerling)."""

    code = "tegenstrijdig_dossier"


class BuitenBereik(PassendError, LookupError):
    """Een datum of jaar buiten het bereik dat de meegeleverde gegevens dekken."""

    code = "buiten_bereik"


class NietBekend(PassendError, LookupError):
    """Een feit waar het antwoord van afhangt is onbekend (niet geverifieerd of geleverd)."""

    code = "niet_bekend"
