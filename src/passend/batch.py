"""Batch: the questions of passend for many dossiers at once, as plain rows.

An SWV or the ministry asks the same questions for every pupil: who carries the zorgplicht,
which terms run, which procedural defects and which points to check by hand. :func:`beantwoord`
answers them for a JSON-lines file (one dossier per line, as :func:`passend.json.dumps` writes
it with ``indent=None``) or for any iterable of dossiers, and gives one row per dossier: a
``dict`` of text, whole numbers and ``None`` with the columns of :data:`KOLOMMEN`, dates as
``JJJJ-MM-DD``. Such rows go straight into ``csv.DictWriter``, ``pandas.DataFrame`` or a Parquet
writer, without passend depending on any of them.

A dossier that cannot be read or answered (a :class:`~passend.PassendError`) becomes an *error
row*: its line number, the error's ``code`` and its message; the run goes on. The rows come in
the order of the input, whatever the number of processes. With ``processen=N`` each of ``N``
worker processes reads its own byte ranges of the file (split on line boundaries), so no
dossier is pickled from one process to another.

>>> import datetime as dt
>>> dossiers = populatie(3, peildatum=dt.date(2026, 3, 2), zaad=1)
>>> rijen = list(beantwoord(dossiers, dt.date(2026, 3, 2)))
>>> [(r["regel"], r["leerling"], r["zorgplicht"]) for r in rijen]
[(1, 'll-1-0', 'ingeschreven'), (2, 'll-1-1', 'ingeschreven'), (3, 'll-1-2', 'ingeschreven')]
>>> rij('{"leerling": 1}', dt.date(2026, 3, 2), regel=7)["fout_code"]
'ongeldige_invoer'
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from passend import json as _pjson
from passend._beleid import Beleid
from passend._dossier import Dossier, lopende_termijnen
from passend._fouten import OngeldigeInvoer, PassendError
from passend._populatie import KANSEN, datum_van, populatie
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

#: The value of one cell: text, a whole number, a fraction or empty (``None``).
Waarde = str | int | float | None
#: One answered dossier: a value for every column of :data:`KOLOMMEN`, in that order.
Rij = dict[str, Waarde]
#: Called during a run with the number of dossiers done and, for a file, the part of the file
#: read (0.0 … 1.0; ``None`` for an iterable, whose length is not known).
Voortgang = Callable[[int, float | None], None]

#: The columns of a row, in order.
KOLOMMEN: tuple[str, ...] = (
    "regel",  # line number in the file (1 = first line), or position in the iterable
    "leerling",  # pseudonymous id of the pupil; empty when the line could not be read
    "zorgplicht",  # ZorgplichtReden, e.g. "ingeschreven"
    "zorgplicht_bestuur",  # id of the bestuur with the zorgplicht
    "zorgplicht_school",  # BRIN of the school through which it has the zorgplicht
    "zorgplicht_sinds",  # first day of that zorgplicht
    "ingeschreven_bij",  # BRIN of the school of enrolment on the peildatum
    "lopende_termijnen",  # number of statutory terms running
    "eerste_termijn",  # name of the running term that ends first
    "eerste_termijn_einde",  # its last day
    "gebreken",  # number of procedural defects (toets)
    "gebrekcodes",  # their codes, separated by spaces, in the order of toets
    "aandachtspunten",  # number of points to check by hand
    "fout_code",  # code of the PassendError for an error row, else empty
    "fout",  # its message
)

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
    if isinstance(invoer, bytes):
        try:
            invoer = invoer.decode("utf-8")
        except UnicodeDecodeError as fout:
            raise OngeldigeInvoer("regel", invoer[:40], f"geen geldige UTF-8 ({fout})") from None
    if isinstance(invoer, str):
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
    """The answers for one dossier on ``op`` as a row with the columns of :data:`KOLOMMEN`.

    ``dossier`` is a :class:`~passend.Dossier` or one line of JSON (text or UTF-8 bytes), read
    with :func:`passend.json.loads`. ``regel`` is copied into the row to say where the dossier
    came from. A :class:`~passend.PassendError` while reading or answering gives an error row
    (``fout_code`` and ``fout`` filled in, the answers empty) instead of an exception. This is
    the function to map over a partition in a distributed engine.
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
    """Answer zorgplicht, lopende termijnen, toets and aandachtspunten on ``op`` for every
    dossier in ``bron``: one row (:data:`Rij`) per dossier, in the order of ``bron``.

    ``bron`` is the path of a JSON-lines file (one dossier per line, UTF-8) or an iterable of
    :class:`~passend.Dossier` objects or JSON lines. ``processen`` > 1 spreads a *file* over
    that many worker processes, each reading its own parts; an iterable is answered in this
    process (its dossiers are already here: sending them to other processes would cost as
    much as answering them), so ``processen`` > 1 with an iterable is refused. The rows are
    the same whatever ``processen`` is. ``voortgang`` is called now and then with the number of
    dossiers done (see :data:`Voortgang`).

    The rows are made lazily: write them away as they come and a run over a million dossiers
    needs little memory. With more than one process, a program that calls this must start
    from ``if __name__ == "__main__":`` (worker processes are started fresh).

    Grondslag:
        Each answer cites its own articles; see :func:`~passend.zorgplicht`,
        :func:`~passend.lopende_termijnen`, :func:`~passend.toets` and
        :func:`~passend.aandachtspunten`. The rows give counts and codes, not the citations.

    Raises :class:`~passend.OngeldigeInvoer` for a date, number of processes or file that
    cannot be used; never for a single dossier.
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
    """Write ``dossiers`` as JSON lines (compact, one per line, UTF-8); returns how many.

    ``uit`` is a path (the file is created or overwritten) or an open text file.

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
