"""Batch: de vragen van passend voor veel dossiers tegelijk, als eenvoudige rijen.

Een samenwerkingsverband of het ministerie stelt voor elke leerling dezelfde vragen: wie heeft
de zorgplicht, welke termijnen lopen, welke procedurele gebreken en welke punten vragen een
menselijke blik. :func:`beantwoord` beantwoordt ze voor een JSON-lines-bestand (één dossier per
regel, zoals :func:`passend.json.dumps` het met ``indent=None`` schrijft) of voor een willekeurige
reeks dossiers, en geeft per dossier één rij: een ``dict`` met tekst, gehele getallen en
``None`` in de kolommen van :data:`KOLOMMEN`, datums als ``JJJJ-MM-DD``. Zulke rijen gaan zo in
``csv.DictWriter``, een ``pandas.DataFrame`` of een Parquet-bestand, zonder dat passend van een
van die pakketten afhangt.

Een dossier dat niet te lezen of te beantwoorden is (een :class:`~passend.PassendError`) wordt
een *foutrij*: het regelnummer, de ``code`` van de fout en de melding; de run gaat door. De
rijen komen in de volgorde van de invoer, met hoeveel processen er ook gerekend wordt. Met
``processen=N`` leest elk van ``N`` werkprocessen zijn eigen stukken van het bestand (geknipt
op regelgrenzen), zodat geen dossier van het ene naar het andere proces gestuurd hoeft te
worden.

>>> import datetime as dt
>>> dossiers = populatie(3, peildatum=dt.date(2026, 3, 2), zaad=1)
>>> rijen = list(beantwoord(dossiers, dt.date(2026, 3, 2)))
>>> [(r["regel"], r["leerling"], r["zorgplicht"]) for r in rijen]
[(1, 'll-1-0', 'ingeschreven'), (2, 'll-1-1', 'ingeschreven'), (3, 'll-1-2', 'ingeschreven')]
>>> rij('{"leerling": 1}', dt.date(2026, 3, 2), regel=7)["fout_code"]
'ongeldige_json'
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from passend import _populatie
from passend import json as _pjson
from passend._beleid import Beleid
from passend._dossier import Dossier, lopende_termijnen
from passend._fouten import OngeldigeInvoer, PassendError
from passend._populatie import datum_van, populatie
from passend._toets import aandachtspunten, toets
from passend._zorgplicht import zorgplicht

__all__ = [
    "KOLOMMEN",
    "KANSEN",
    "Rij",
    "Voortgang",
    "beantwoord",
    "populatie",
    "rij",
    "schrijf_jsonl",
]

#: De waarde van één cel: tekst, een geheel getal, een kommagetal of leeg (``None``).
Waarde = str | int | float | None
#: Eén beantwoord dossier: een waarde voor elke kolom van :data:`KOLOMMEN`, in die volgorde.
Rij = dict[str, Waarde]
#: Wordt tijdens een run aangeroepen met het aantal beantwoorde dossiers en, bij een bestand,
#: het deel van het bestand dat gelezen is (0.0 … 1.0; ``None`` bij een reeks, waarvan de
#: lengte niet bekend is).
Voortgang = Callable[[int, float | None], None]

#: De kolommen van een rij, in volgorde.
KOLOMMEN: tuple[str, ...] = (
    "regel",  # regelnummer in het bestand (1 = eerste regel), of plaats in de reeks
    "leerling",  # pseudoniem id van de leerling; leeg als de regel niet te lezen was
    "zorgplicht",  # ZorgplichtReden, bijv. "ingeschreven"
    "zorgplicht_bestuur",  # id van het bestuur met de zorgplicht
    "zorgplicht_school",  # BRIN van de school waardoor het de zorgplicht heeft
    "zorgplicht_sinds",  # eerste dag van die zorgplicht
    "ingeschreven_bij",  # BRIN van de school van inschrijving op de peildatum
    "lopende_termijnen",  # aantal lopende wettelijke termijnen
    "eerste_termijn",  # naam van de lopende termijn die het eerst eindigt
    "eerste_termijn_einde",  # de laatste dag daarvan
    "gebreken",  # aantal procedurele gebreken (toets)
    "gebrekcodes",  # hun codes, gescheiden door spaties, in de volgorde van toets
    "aandachtspunten",  # aantal punten om met de hand na te gaan
    "fout_code",  # code van de PassendError bij een foutrij, anders leeg
    "fout",  # de melding daarvan
)

#: De kansen waarmee :func:`populatie` records verzint, als fractie: ``"sbo"`` en ``"so"`` (het
#: aandeel leerlingen in SBO en SO) komen uit het ondersteuningsplan Zuid-Kennemerland, de
#: andere zijn aannames (zie de handleiding).
KANSEN = _populatie.KANSEN

#: Bytes per part of a file: a few thousand dossiers, a second or so of work.
_DEELGROOTTE = 4 * 1024 * 1024
#: Parts per process at least, so a slow part does not leave the other processes idle.
_DELEN_PER_PROCES = 4
#: An iterable reports progress after this many dossiers.
_MELDEN_NA = 1000


def _iso(dag: dt.date | None) -> str | None:
    return None if dag is None else dag.isoformat()


def _antwoorden(
    regel: int | None, dossier: Dossier, op: dt.date, beleid: Beleid | None
) -> tuple[Waarde, ...]:
    oordeel = zorgplicht(dossier, op, beleid=beleid)
    termijnen = lopende_termijnen(dossier, op, beleid=beleid)
    gebreken = toets(dossier, op, beleid=beleid)
    punten = aandachtspunten(dossier, op, beleid=beleid)
    eerste = termijnen[0] if termijnen else None
    return (
        regel,
        dossier.leerling.id,
        oordeel.reden.value,
        None if oordeel.bestuur is None else oordeel.bestuur.id,
        None if oordeel.school is None else oordeel.school.brin,
        _iso(oordeel.sinds),
        None if oordeel.ingeschreven_bij is None else oordeel.ingeschreven_bij.brin,
        len(termijnen),
        None if eerste is None else eerste.naam,
        None if eerste is None else eerste.einde.isoformat(),
        len(gebreken),
        " ".join(g.code.value for g in gebreken),
        len(punten),
        None,
        None,
    )


def _lees(invoer: Dossier | str | bytes) -> Dossier:
    if isinstance(invoer, Dossier):
        return invoer
    if isinstance(invoer, str | bytes):
        return _pjson.loads(invoer, Dossier)
    raise OngeldigeInvoer("dossier", invoer, "verwacht een Dossier of een regel JSON")


def _rij(
    invoer: Dossier | str | bytes, op: dt.date, regel: int | None, beleid: Beleid | None
) -> tuple[Waarde, ...]:
    leerling = None
    try:
        dossier = _lees(invoer)
        leerling = dossier.leerling.id
        return _antwoorden(regel, dossier, op, beleid)
    except PassendError as fout:
        leeg = (None,) * (len(KOLOMMEN) - 4)
        return (regel, leerling, *leeg, fout.code, str(fout))


def rij(
    dossier: Dossier | str | bytes,
    op: dt.date,
    *,
    regel: int | None = None,
    beleid: Beleid | None = None,
) -> Rij:
    """De antwoorden voor één dossier op ``op``, als rij met de kolommen van :data:`KOLOMMEN`.

    ``dossier`` is een :class:`~passend.Dossier` of één regel JSON (tekst of UTF-8-bytes), die
    met :func:`passend.json.loads` wordt gelezen. ``regel`` komt in de rij om te zeggen waar het
    dossier vandaan kwam. Een :class:`~passend.PassendError` bij het lezen of beantwoorden geeft
    een foutrij (``fout_code`` en ``fout`` ingevuld, de antwoorden leeg) in plaats van een
    uitzondering. Dit is de functie om in een gedistribueerde omgeving over een partitie te
    mappen.

    Grondslag:
        Elk antwoord noemt zijn eigen artikelen; zie :func:`beantwoord`.
    """
    dag = datum_van("op", op)
    return dict(zip(KOLOMMEN, _rij(dossier, dag, regel, beleid), strict=True))


# --- Files, in parts ------------------------------------------------------------------------------

_Taak = tuple[str, int, int, dt.date, Beleid | None]


def _deel(taak: _Taak) -> tuple[int, list[tuple[Waarde, ...]]]:
    """Answer the lines that *start* in bytes ``begin`` … ``eind`` of the file.

    A line belongs to the part in which its first byte lies, so every line is read by exactly
    one part. Line numbers are counted from 1 within the part; the caller adds the lines of
    the parts before. Runs in a worker process: it reads the file itself.
    """
    pad, begin, eind, op, beleid = taak
    rijen: list[tuple[Waarde, ...]] = []
    with open(pad, "rb") as bestand:
        if begin > 0:
            bestand.seek(begin - 1)
            bestand.readline()  # the rest of the line that started in an earlier part
        positie = bestand.tell()
        for regel in bestand:
            if positie >= eind:
                break
            positie += len(regel)
            rijen.append(_rij(regel, op, len(rijen) + 1, beleid))
    return len(rijen), rijen


def _delen(
    pad: str, grootte: int, processen: int, op: dt.date, beleid: Beleid | None
) -> list[_Taak]:
    aantal = max(processen * _DELEN_PER_PROCES, -(-grootte // _DEELGROOTTE))
    grenzen = [grootte * i // aantal for i in range(aantal + 1)]
    return [(pad, van, tot, op, beleid) for van, tot in itertools.pairwise(grenzen) if tot > van]


def _uit_bestand(
    taken: list[_Taak], grootte: int, processen: int, voortgang: Voortgang | None
) -> Iterator[Rij]:
    if processen == 1:
        yield from _rijen(taken, map(_deel, taken), grootte, voortgang)
        return
    # spawn: the same on every platform, and safe in a program that runs threads.
    with multiprocessing.get_context("spawn").Pool(processen) as pool:
        yield from _rijen(taken, pool.imap(_deel, taken), grootte, voortgang)


def _rijen(
    taken: list[_Taak],
    uitkomsten: Iterator[tuple[int, list[tuple[Waarde, ...]]]],
    grootte: int,
    voortgang: Voortgang | None,
) -> Iterator[Rij]:
    eerder = 0
    for taak, (aantal, rijen) in zip(taken, uitkomsten, strict=True):
        for waarden in rijen:
            uit = dict(zip(KOLOMMEN, waarden, strict=True))
            uit["regel"] = eerder + waarden[0]  # type: ignore[operator]
            yield uit
        eerder += aantal
        if voortgang is not None:
            voortgang(eerder, taak[2] / grootte)


def _uit_iterable(
    bron: Iterable[Dossier | str | bytes],
    op: dt.date,
    beleid: Beleid | None,
    voortgang: Voortgang | None,
) -> Iterator[Rij]:
    for nummer, invoer in enumerate(bron, start=1):
        yield dict(zip(KOLOMMEN, _rij(invoer, op, nummer, beleid), strict=True))
        if voortgang is not None and nummer % _MELDEN_NA == 0:
            voortgang(nummer, None)


def beantwoord(
    bron: str | os.PathLike[str] | Iterable[Dossier | str | bytes],
    op: dt.date,
    *,
    processen: int = 1,
    beleid: Beleid | None = None,
    voortgang: Voortgang | None = None,
) -> Iterator[Rij]:
    """Beantwoord zorgplicht, lopende termijnen, toets en aandachtspunten op ``op`` voor elk
    dossier in ``bron``: één rij (:data:`Rij`) per dossier, in de volgorde van ``bron``.

    ``bron`` is het pad van een JSON-lines-bestand (één dossier per regel, UTF-8) of een reeks
    :class:`~passend.Dossier`-objecten of JSON-regels. ``processen`` > 1 verdeelt een *bestand*
    over zoveel werkprocessen, die elk hun eigen stukken lezen. Een reeks wordt in dit proces
    beantwoord: de dossiers zijn hier al, en ze naar andere processen sturen kost evenveel als
    ze beantwoorden; ``processen`` > 1 bij een reeks wordt daarom geweigerd. De rijen zijn
    dezelfde, hoeveel processen er ook zijn. ``voortgang`` wordt af en toe aangeroepen met het
    aantal beantwoorde dossiers (zie :data:`Voortgang`).

    De rijen worden pas gemaakt als erom gevraagd wordt: schrijf ze weg zodra ze komen en een
    run over een miljoen dossiers heeft weinig geheugen nodig. Met meer dan één proces moet een
    programma dat deze functie aanroept beginnen met ``if __name__ == "__main__":`` (de
    werkprocessen starten als nieuw proces).

    Grondslag:
        Elk antwoord noemt zijn eigen artikelen: zie :func:`~passend.zorgplicht`,
        :func:`~passend.lopende_termijnen`, :func:`~passend.toets` en
        :func:`~passend.aandachtspunten`. De rijen geven aantallen en codes, niet de bronnen.

    Geeft :class:`~passend.OngeldigeInvoer` voor een datum, aantal processen of bestand dat niet
    te gebruiken is; nooit voor één dossier.
    """
    dag = datum_van("op", op)
    if isinstance(processen, bool) or not isinstance(processen, int) or processen < 1:
        raise OngeldigeInvoer("processen", processen, "verwacht een geheel getal van 1 of meer")
    if isinstance(bron, str | os.PathLike):
        pad = os.fspath(bron)
        try:
            grootte = os.path.getsize(pad)
        except OSError as fout:
            raise OngeldigeInvoer("bron", pad, f"bestand niet te lezen ({fout.strerror})") from None
        taken = _delen(pad, grootte, processen, dag, beleid)
        return _uit_bestand(taken, grootte, processen, voortgang)
    if processen != 1:
        raise OngeldigeInvoer(
            "processen",
            processen,
            "meer dan één proces kan alleen bij een JSON-lines-bestand: elk proces leest "
            "daar zijn eigen deel",
        )
    return _uit_iterable(bron, dag, beleid, voortgang)


def schrijf_jsonl(dossiers: Iterable[Dossier], uit: str | os.PathLike[str] | IO[str]) -> int:
    """Schrijf ``dossiers`` als JSON lines (compact, één per regel, UTF-8); geeft het aantal.

    ``uit`` is een pad (het bestand wordt gemaakt of overschreven) of een open tekstbestand.

    >>> import datetime as dt, io
    >>> buffer = io.StringIO()
    >>> schrijf_jsonl(populatie(2, peildatum=dt.date(2026, 3, 2)), buffer)
    2
    >>> buffer.getvalue().count("\\n")
    2
    """
    if isinstance(uit, str | os.PathLike):
        with Path(uit).open("w", encoding="utf-8", newline="\n") as bestand:
            return schrijf_jsonl(dossiers, bestand)
    aantal = 0
    for dossier in dossiers:
        uit.write(_pjson.dumps(dossier, indent=None))
        uit.write("\n")
        aantal += 1
    return aantal
