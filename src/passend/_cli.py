"""Opdrachtregel: ``passend …`` en ``python -m passend …``.

Een dunne schil om de zuivere kern: ze leest een bestand, leest datums, vraagt de
regelfuncties en drukt hun antwoorden, uitleg en bronnen af. Elke subopdracht is één
:class:`Opdracht` in :data:`OPDRACHTEN`: een naam, een Nederlandse helptekst, een functie die
de argumenten toevoegt en een functie die de opdracht uitvoert en de afsluitcode geeft. Een
nieuwe subopdracht is één regel erbij.

Afsluitcodes: 0 goed; 1 het dossier heeft procedurele gebreken (``passend dossier``); 2 foute
invoer, met een Nederlandse melding op stderr en zonder traceback.

De kern leest nooit de klok. ``passend dossier`` zonder ``--op`` vraagt naar vandaag, en zegt
dat in de uitvoer; elke andere datum is een argument.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import decimal
import functools
import inspect
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any, NoReturn, TextIO, cast

import attrs

import passend
from passend import batch, bekostiging, termijnen
from passend import json as pjson
from passend._beleid import Beleid
from passend._dossier import Dossier, lopende_termijnen
from passend._fouten import OngeldigeInvoer, PassendError
from passend._partijen import Bestuurssoort, Schoolsoort
from passend._tijdlijn import Overzicht, overzicht
from passend._toets import aandachtspunten, toets
from passend._weergave import bron_tekst
from passend._zorgplicht import zorgplicht
from passend.bekostiging import Begroting
from passend.bekostiging._geld import euro
from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland
from passend.termijnen import Termijn

__all__ = ["OPDRACHTEN", "Opdracht", "main", "voorbeelddossier"]

#: Exit codes.
OK, GEBREKEN, FOUT = 0, 1, 2


@attrs.frozen
class Opdracht:
    """Eén subopdracht: naam, helptekst, argumenten en de functie die haar uitvoert."""

    naam: str
    hulp: str
    argumenten: Callable[[argparse.ArgumentParser], None]
    uitvoeren: Callable[[argparse.Namespace, TextIO], int]


# --- shared helpers ------------------------------------------------------------------------


def _datum(tekst: str) -> dt.date:
    """Een datumargument, precies JJJJ-MM-DD."""
    try:
        if len(tekst) == 10:
            return dt.date.fromisoformat(tekst)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"verwacht een datum als JJJJ-MM-DD, niet {tekst!r}")


def _decimaal(tekst: str) -> decimal.Decimal:
    try:
        waarde = decimal.Decimal(tekst)
    except decimal.InvalidOperation:
        waarde = decimal.Decimal("NaN")
    if not waarde.is_finite():
        raise argparse.ArgumentTypeError(f"verwacht een getal zoals 4 of 6.5, niet {tekst!r}")
    return waarde


def _grondslag(bronnen: Sequence[Any]) -> str:
    return "; ".join(bron_tekst(b) for b in bronnen) or "—"


def toon_termijn(termijn: Termijn, uit: TextIO) -> None:
    """Druk één termijn af: naam, laatste dag, uitleg en bronnen."""
    print(f"{termijn.naam}: uiterlijk {termijn.einde.isoformat()}", file=uit)
    print(f"  {termijn.uitleg}", file=uit)
    print(f"  Grondslag: {_grondslag(termijn.grondslag)}", file=uit)
    print(file=uit)


#: The policies ``--beleid`` knows: the statutory reading and the regional presets.
_BELEID: dict[str, Callable[[], Beleid]] = {
    "wettelijk": Beleid.wettelijk,
    "rijn-gelderse-vallei": Beleid.rijn_gelderse_vallei,
    "zuid-kennemerland": Beleid.zuid_kennemerland,
    "haarlem": Beleid.haarlem,
}


def _beleid_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--beleid",
        choices=sorted(_BELEID),
        help="regionaal beleid in plaats van de wettelijke lezing",
    )


def _beleid(args: argparse.Namespace) -> Beleid | None:
    return None if args.beleid is None else _BELEID[args.beleid]()


@functools.cache
def _voorbeeldtekst() -> str:
    return resources.files("passend").joinpath("data/voorbeelddossier.json").read_text("utf-8")


def voorbeelddossier() -> Dossier:
    """Het voorbeelddossier in ``passend/data/voorbeelddossier.json``: een leerling aangemeld
    bij De Akker, daar geweigerd, aangemeld en ingeschreven bij De Beuk."""
    return pjson.loads(_voorbeeldtekst(), Dossier)


def overstapdossier() -> Dossier:
    """Het voorbeelddossier overstap in ``passend/data/overstapdossier.json``: een leerling
    uit groep 8 met een ondersteuningsbehoefte, uitgeloot bij de eerste VO-school, aangemeld bij
    de tweede."""
    tekst = resources.files("passend").joinpath("data/overstapdossier.json").read_text("utf-8")
    return pjson.loads(tekst, Dossier)


# --- passend demo --------------------------------------------------------------------------


def _demo_termijnen() -> list[Termijn]:
    """Termijnen van een voorbeeld van een aanmelding, OPP en bezwaar (rules.md E1, E9, E7)."""
    return [
        termijnen.beslistermijn(dt.date(2025, 3, 3)),
        termijnen.beslistermijn(dt.date(2025, 3, 3), verlenging_weken=4),
        termijnen.opp_termijn(dt.date(2025, 9, 1)),
        termijnen.bezwaartermijn(dt.date(2026, 3, 16), bestuur_soort=Bestuurssoort.OPENBAAR),
    ]


#: Days on which the demo asks who carries the zorgplicht.
_DEMO_DAGEN = (
    dt.date(2025, 3, 1),
    dt.date(2025, 3, 3),
    dt.date(2025, 4, 2),
    dt.date(2025, 4, 7),
    dt.date(2025, 5, 1),
)


def demo(_: argparse.Namespace, uit: TextIO) -> int:
    """Voer de hoofdtaak uit op de meegeleverde voorbeeldgegevens."""
    print("passend demo: wettelijke termijnen van een voorbeelddossier\n", file=uit)
    for termijn in _demo_termijnen():
        toon_termijn(termijn, uit)
    dossier = voorbeelddossier()
    print("Zorgplicht voor leerling ll-demo op verschillende dagen\n", file=uit)
    for dag in _DEMO_DAGEN:
        oordeel = zorgplicht(dossier, dag)
        bestuur = oordeel.bestuur.naam if oordeel.bestuur else "niemand"
        print(f"{dag.isoformat()}: {bestuur} ({oordeel.reden.value})", file=uit)
        print(f"  {oordeel.uitleg}", file=uit)
        print(f"  Grondslag: {_grondslag(oordeel.grondslag)}", file=uit)
        for termijn in lopende_termijnen(dossier, dag):
            print(f"  Loopt: {termijn.naam}, uiterlijk {termijn.einde.isoformat()}", file=uit)
        print(file=uit)
    _demo_overstap(uit)
    print("Een heel dossier nakijken: passend dossier --voorbeeld --op 2025-06-01", file=uit)
    return OK


def _demo_overstap(uit: TextIO) -> None:
    """Een leerling uit groep 8 met ondersteuningsbehoefte door de overstap (PV-01 … PV-05)."""
    dossier = overstapdossier()
    print("Overstap po-vo: leerling ll-overstap in schooljaar 2025-2026\n", file=uit)
    for dag in (dt.date(2025, 12, 15), dt.date(2026, 3, 26), dt.date(2026, 4, 14)):
        oordeel = zorgplicht(dossier, dag)
        bestuur = oordeel.bestuur.naam if oordeel.bestuur else "niemand"
        print(f"{dag.isoformat()}: {bestuur} ({oordeel.reden.value})", file=uit)
        print(f"  {oordeel.uitleg}", file=uit)
        for termijn in lopende_termijnen(dossier, dag):
            print(f"  Loopt: {termijn.naam}, uiterlijk {termijn.einde.isoformat()}", file=uit)
        print(file=uit)
    dag = dt.date(2026, 4, 14)
    for gebrek in toets(dossier, dag):
        print(f"Gebrek: {gebrek.code.value}: {gebrek.uitleg}", file=uit)
    for punt in aandachtspunten(dossier, dag):
        print(f"Aandachtspunt: {punt.onderwerp}", file=uit)
    print(file=uit)


# --- passend dossier -----------------------------------------------------------------------


def _vandaag() -> dt.date:
    """De datum van vandaag: de enige plek waar passend de klok leest (hier, niet in de kern)."""
    return dt.date.today()


def _dossier_argumenten(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "pad",
        nargs="?",
        metavar="PAD",
        help="JSON-bestand met een Dossier; - leest standaardinvoer",
    )
    p.add_argument(
        "--voorbeeld", action="store_true", help="gebruik het meegeleverde voorbeelddossier"
    )
    p.add_argument(
        "--op", type=_datum, metavar="DATUM", help="peildatum JJJJ-MM-DD (standaard: vandaag)"
    )
    p.add_argument("--json", action="store_true", help="schrijf het antwoord als JSON")
    _beleid_argument(p)


def _lees_dossier(args: argparse.Namespace) -> Dossier:
    if args.voorbeeld == (args.pad is not None):
        raise OngeldigeInvoer("PAD", args.pad, "geef een JSON-bestand (of - ) óf --voorbeeld")
    if args.voorbeeld:
        return voorbeelddossier()
    try:
        if args.pad == "-":
            tekst = sys.stdin.read()
        else:
            with open(args.pad, encoding="utf-8") as bestand:
                tekst = bestand.read()
    except OSError as fout:
        raise OngeldigeInvoer("PAD", args.pad, f"kan niet lezen ({fout.strerror})") from None
    except UnicodeDecodeError:
        raise OngeldigeInvoer("PAD", args.pad, "geen UTF-8-tekst") from None
    return pjson.loads(tekst, Dossier)


def _toon_overzicht(o: Overzicht, peildatum: str, uit: TextIO) -> None:
    z = o.zorgplicht
    print(f"Dossier van leerling {o.leerling.id} — {peildatum}; beleid: {o.beleid}\n", file=uit)
    wie = f"{z.bestuur.naam} ({z.reden.value})" if z.bestuur else f"niemand ({z.reden.value})"
    sinds = f", sinds {z.sinds.isoformat()}" if z.sinds else ""
    print(f"Zorgplicht: {wie}{sinds}", file=uit)
    print(f"  {z.uitleg}", file=uit)
    print(f"  Grondslag: {_grondslag(z.grondslag)}\n", file=uit)
    delen: list[tuple[str, list[tuple[str, str, Sequence[Any]]]]] = [
        (
            "Lopende termijnen",
            [
                (f"{t.naam}: uiterlijk {t.einde.isoformat()}", t.uitleg, t.grondslag)
                for t in o.lopende_termijnen
            ],
        ),
        ("Gebreken", [(g.code.value, g.uitleg, g.grondslag) for g in o.gebreken]),
        ("Aandachtspunten", [(a.onderwerp, a.uitleg, a.grondslag) for a in o.aandachtspunten]),
    ]
    for kop, regels in delen:
        print(f"{kop} ({len(regels)}){':' if regels else ''}", file=uit)
        for wat, uitleg, bronnen in regels:
            print(f"  - {wat}\n    {uitleg}\n    Grondslag: {_grondslag(bronnen)}", file=uit)
        print(file=uit)
    aantal = len(o.gebreken)
    print(
        f"Uitkomst: {aantal} {'gebrek' if aantal == 1 else 'gebreken'} gevonden."
        if aantal
        else "Uitkomst: geen gebreken gevonden.",
        file=uit,
    )


def dossier(args: argparse.Namespace, uit: TextIO) -> int:
    """Zorgplicht, lopende termijnen, gebreken en aandachtspunten van één dossier op één dag."""
    d = _lees_dossier(args)
    op = args.op or _vandaag()
    peildatum = f"peildatum {op.isoformat()}" + ("" if args.op else " (vandaag: geen --op gegeven)")
    o = overzicht(d, op, beleid=_beleid(args))
    if args.json:
        print(pjson.dumps(o), file=uit)
        if not args.op:
            print(f"passend: {peildatum}", file=sys.stderr)
    else:
        _toon_overzicht(o, peildatum, uit)
    return GEBREKEN if o.gebreken else OK


# --- passend voorbeeld ---------------------------------------------------------------------


def voorbeeld(_: argparse.Namespace, uit: TextIO) -> int:
    """Druk het voorbeelddossier af als JSON, om te bewaren en te bewerken.

    ``passend voorbeeld > dossier.json``
    """
    print(_voorbeeldtekst(), end="", file=uit)
    return OK


# --- passend termijn -----------------------------------------------------------------------

#: Every statutory term: the function and the options this name fixes.
_TERMIJNEN: dict[str, tuple[Callable[..., Termijn], dict[str, object]]] = {
    "beslistermijn": (termijnen.beslistermijn, {}),
    "niet-behandelen": (termijnen.niet_behandelen_termijn, {}),
    "opp": (termijnen.opp_termijn, {}),
    "bezwaar": (termijnen.bezwaartermijn, {}),
    "bezwaar-openbaar": (termijnen.bezwaartermijn, {"bestuur_soort": Bestuurssoort.OPENBAAR}),
    "bezwaar-bijzonder": (termijnen.bezwaartermijn, {"bestuur_soort": Bestuurssoort.BIJZONDER}),
    "beslistermijn-bezwaar": (termijnen.beslistermijn_bezwaar, {}),
    "gpo": (termijnen.gpo_termijn, {}),
    "gpo-oordeel": (termijnen.gpo_oordeel_termijn, {}),
    "schorsing": (termijnen.schorsing_maximum, {}),
    "aanmelden-advies": (termijnen.aanmelden_advies, {}),
}

#: Command-line option → keyword parameter of the term functions.
_OPTIES = {
    "--verlenging": "verlenging_weken",
    "--verlenging-medegedeeld": "verlenging_medegedeeld_op",
    "--bestuur": "bestuur_soort",
    "--bezwaartermijn-einde": "bezwaartermijn_einde",
    "--adviescommissie": "adviescommissie",
    "--verdaging": "verdaging_weken",
    "--schoolsoort": "schoolsoort",
    "--beleid": "beleid",
}


def _parameters(soort: str) -> dict[str, inspect.Parameter]:
    functie, vast = _TERMIJNEN[soort]
    return {n: p for n, p in inspect.signature(functie).parameters.items() if n not in vast}


def _termijnoverzicht() -> str:
    regels = ["soorten en hun opties:"]
    for soort in _TERMIJNEN:
        parameters = _parameters(soort)
        opties = [o for o, param in _OPTIES.items() if param in parameters]
        regels.append(f"  {soort}: {', '.join(opties) or 'geen opties'}")
    return "\n".join(regels)


def _termijn_argumenten(p: argparse.ArgumentParser) -> None:
    p.epilog = _termijnoverzicht()
    p.add_argument("soort", choices=list(_TERMIJNEN), metavar="SOORT", help="welke termijn")
    p.add_argument(
        "datum", type=_datum, metavar="DATUM", help="datum van de gebeurtenis (JJJJ-MM-DD)"
    )
    p.add_argument(
        "--verlenging", type=int, metavar="WEKEN", help="verlenging in weken (ten hoogste 4)"
    )
    p.add_argument(
        "--verlenging-medegedeeld",
        type=_datum,
        metavar="DATUM",
        help="dag waarop de verlenging is meegedeeld",
    )
    p.add_argument(
        "--bestuur", choices=[b.value for b in Bestuurssoort], help="openbaar of bijzonder bestuur"
    )
    p.add_argument(
        "--bezwaartermijn-einde",
        type=_datum,
        metavar="DATUM",
        help="laatste dag van de bezwaartermijn (openbaar)",
    )
    p.add_argument(
        "--adviescommissie", action="store_true", help="bezwaar met adviescommissie (Awb 7:13)"
    )
    p.add_argument(
        "--verdaging", type=int, metavar="WEKEN", help="verdaging van de beslissing op bezwaar"
    )
    p.add_argument(
        "--schoolsoort",
        choices=[s.value for s in Schoolsoort],
        help="soort school (kiest de sectorwet)",
    )
    _beleid_argument(p)


def termijn(args: argparse.Namespace, uit: TextIO) -> int:
    """Bereken één wettelijke termijn met de opties die erbij horen."""
    functie, vast = _TERMIJNEN[args.soort]
    parameters = _parameters(args.soort)
    waarden: dict[str, object] = {
        "verlenging_weken": args.verlenging,
        "verlenging_medegedeeld_op": args.verlenging_medegedeeld,
        "bestuur_soort": args.bestuur and Bestuurssoort(args.bestuur),
        "bezwaartermijn_einde": args.bezwaartermijn_einde,
        "adviescommissie": args.adviescommissie or None,
        "verdaging_weken": args.verdaging,
        "schoolsoort": args.schoolsoort and Schoolsoort(args.schoolsoort),
        "beleid": _beleid(args),
    }
    opties = dict(vast)
    for optie, param in _OPTIES.items():
        if waarden[param] is None:
            continue
        if param not in parameters:
            raise OngeldigeInvoer(
                optie, waarden[param], f"geldt niet voor de termijn {args.soort!r}"
            )
        opties[param] = waarden[param]
    for optie, param in _OPTIES.items():
        verplicht = param in parameters and parameters[param].default is inspect.Parameter.empty
        if verplicht and param not in opties:
            raise OngeldigeInvoer(optie, None, f"de termijn {args.soort!r} vraagt deze optie")
    toon_termijn(functie(args.datum, **opties), uit)
    return OK


# --- passend schema ------------------------------------------------------------------------


def _typen() -> dict[str, type]:
    """Elke publieke attrs-klasse van passend en passend.bekostiging, op naam."""
    namen = [(passend, n) for n in passend.__all__] + [
        (bekostiging, n) for n in bekostiging.__all__
    ]
    return {
        n: klasse
        for module, n in namen
        if isinstance(klasse := getattr(module, n), type) and attrs.has(klasse)
    }


def _schema_argumenten(p: argparse.ArgumentParser) -> None:
    p.add_argument("type", metavar="TYPE", help="naam van een klasse, bijvoorbeeld Dossier")


def schema(args: argparse.Namespace, uit: TextIO) -> int:
    """Druk het JSON Schema van één publieke klasse af."""
    typen = _typen()
    if args.type not in typen:
        raise OngeldigeInvoer(
            "TYPE", args.type, "onbekend type; kies uit " + ", ".join(sorted(typen))
        )
    print(json.dumps(pjson.json_schema(typen[args.type]), indent=2, ensure_ascii=False), file=uit)
    return OK


# --- passend begroting ---------------------------------------------------------------------


def _begroting_argumenten(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--zonder-afrondingsverschillen",
        action="store_true",
        help="alleen de bedragen uit het plan, zonder de centen die passend reconstrueerde",
    )
    p.add_argument(
        "--groei", type=_decimaal, metavar="PROCENT", help="wat als: groei per jaar in procent"
    )
    p.add_argument(
        "--regel", action="append", metavar="NAAM", help="begrotingsregel die groeit (herhaalbaar)"
    )
    p.add_argument("--vanaf", type=int, metavar="JAAR", help="eerste jaar met de groei")
    p.add_argument("--csv", action="store_true", help="schrijf de rijen als CSV")


def _toon_begroting(b: Begroting, uit: TextIO) -> None:
    rijen = b.rijen()
    breedte = max(len(str(r["regel"])) for r in rijen)
    print(b.naam, file=uit)
    print(f"{'regel':<{breedte}}" + "".join(f"{j:>14}" for j in b.jaren), file=uit)
    for r in rijen:
        bedragen = "".join(f"{euro(cast(decimal.Decimal, r[str(j)])):>14}" for j in b.jaren)
        print(f"{r['regel']!s:<{breedte}}{bedragen}", file=uit)
    print(file=uit)
    for jaar in b.jaren:
        print(b.uitleg(jaar), file=uit)


def begroting(args: argparse.Namespace, uit: TextIO) -> int:
    """De meegeleverde meerjarenraming van Zuid-Kennemerland, eventueel met groei."""
    b = meerjarenraming_zuid_kennemerland(
        met_afrondingsverschillen=not args.zonder_afrondingsverschillen
    )
    wat_als = (args.groei, args.regel, args.vanaf)
    if any(w is not None for w in wat_als):
        if any(w is None for w in wat_als):
            raise OngeldigeInvoer("--groei", args.groei, "geef --groei, --regel en --vanaf samen")
        b = b.met_groei(args.regel, args.groei / 100, vanaf=args.vanaf)
    if args.csv:
        rijen = b.rijen()
        schrijver = csv.DictWriter(uit, fieldnames=list(rijen[0]), lineterminator="\n")
        schrijver.writeheader()
        schrijver.writerows(rijen)
    else:
        _toon_begroting(b, uit)
    return OK


# --- the table of subcommands and main() ---------------------------------------------------


def _geen_argumenten(_: argparse.ArgumentParser) -> None:
    pass


class _Voortgang:
    """Voortgang van een lange batchrun op stderr: hoogstens eens per ``interval`` seconden, en
    pas als de run al zo lang duurt (een korte run drukt niets af)."""

    def __init__(
        self, fout: TextIO, interval: float = 2.0, klok: Callable[[], float] = time.monotonic
    ) -> None:
        self.fout, self.interval, self.klok = fout, interval, klok
        self.vorige = klok()

    def __call__(self, klaar: int, deel: float | None) -> None:
        nu = self.klok()
        if nu - self.vorige >= self.interval:
            self.vorige = nu
            procent = "" if deel is None else f"{deel:.0%}, "
            print(f"passend batch: {procent}{klaar} dossiers", file=self.fout, flush=True)


#: Help text of ``passend batch``.
_BATCH_HULP = "beantwoord de vragen voor alle dossiers in een JSON-lines-bestand, als CSV"


def _batch_argumenten(parser: argparse.ArgumentParser) -> None:
    """De argumenten van ``passend batch``."""
    parser.description = (
        "Zorgplicht, lopende termijnen, toets en aandachtspunten per dossier, als CSV. "
        "Exitcode 0: alles beantwoord; 1: klaar, maar een of meer dossiers gaven een fout "
        "(zie de kolommen fout_code en fout); 2: de opdracht kon niet worden uitgevoerd."
    )
    parser.add_argument("pad", help="JSON-lines-bestand, één dossier per regel")
    parser.add_argument("--op", required=True, type=_datum, help="peildatum (JJJJ-MM-DD)")
    parser.add_argument(
        "--uit", help="CSV-bestand om te schrijven (standaard: de standaarduitvoer)"
    )
    parser.add_argument("--processen", type=int, default=1, help="aantal processen (standaard 1)")


def _batch(args: argparse.Namespace, uit: TextIO) -> int:
    """``passend batch``: rijen als CSV; voortgang en samenvatting op stderr."""
    try:
        rijen = batch.beantwoord(
            args.pad, args.op, processen=args.processen, voortgang=_Voortgang(sys.stderr)
        )
        with contextlib.ExitStack() as stapel:
            doel = (
                stapel.enter_context(open(args.uit, "w", encoding="utf-8", newline=""))
                if args.uit
                else uit
            )
            schrijver = csv.DictWriter(doel, fieldnames=batch.KOLOMMEN, lineterminator="\n")
            schrijver.writeheader()
            aantal = fouten = 0
            for rij in rijen:
                schrijver.writerow(rij)
                aantal += 1
                fouten += rij["fout_code"] is not None
    except PassendError as fout:
        print(f"fout ({fout.code}): {fout}", file=sys.stderr)
        return 2
    except OSError as fout:
        doelnaam = args.uit or "de standaarduitvoer"
        print(f"fout: {doelnaam} is niet te schrijven ({fout.strerror})", file=sys.stderr)
        return 2
    print(f"passend batch: {aantal} dossiers, {fouten} met een fout", file=sys.stderr)
    return 1 if fouten else 0


#: Every subcommand, in the order ``passend --help`` lists them.
OPDRACHTEN: tuple[Opdracht, ...] = (
    Opdracht(
        "dossier",
        "zorgplicht, termijnen, gebreken en aandachtspunten van een dossier",
        _dossier_argumenten,
        dossier,
    ),
    Opdracht("termijn", "bereken een wettelijke termijn", _termijn_argumenten, termijn),
    Opdracht(
        "begroting",
        "de meerjarenraming van Zuid-Kennemerland, met een wat-als",
        _begroting_argumenten,
        begroting,
    ),
    Opdracht("schema", "het JSON Schema van een klasse", _schema_argumenten, schema),
    Opdracht("voorbeeld", "het voorbeelddossier als JSON", _geen_argumenten, voorbeeld),
    Opdracht("batch", _BATCH_HULP, _batch_argumenten, _batch),
    Opdracht(
        "demo", "toon termijnen en zorgplicht van het voorbeelddossier", _geen_argumenten, demo
    ),
)


class _Gebruiksfout(Exception):
    """Een opdrachtregel die argparse niet kan lezen; ``main`` drukt hem af en geeft 2."""


#: argparse's own messages in Dutch (its texts are English and Python ships no translation).
_VERTALINGEN = (
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"ongeldige keuze \1 (kies uit \2)"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"expected one argument", "verwacht een waarde"),
    (r"invalid (\w+) value: (.*)", r"ongeldige waarde \2"),
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for patroon, vervanging in _VERTALINGEN:
            message = re.sub(patroon, vervanging, message)
        raise _Gebruiksfout(f"{self.format_usage()}{self.prog}: fout: {message}")


class _Hulp(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


def _nederlands(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Nederlandse koppen en een Nederlandse ``--help``."""
    parser._positionals.title = "argumenten"
    parser._optionals.title = "opties"
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = _nederlands(
        _Parser(
            prog="passend",
            description="Passend onderwijs als code: zorgplicht, termijnen, toets en bekostiging.",
            epilog="Exitcodes: 0 in orde, 1 gebreken gevonden, 2 ongeldige invoer.",
            formatter_class=_Hulp,
            add_help=False,
        )
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"passend {passend.__version__}",
        help="toon het versienummer en stop",
    )
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    for opdracht in OPDRACHTEN:
        p = _nederlands(
            sub.add_parser(
                opdracht.naam,
                help=opdracht.hulp,
                description=opdracht.hulp,
                formatter_class=_Hulp,
                add_help=False,
            )
        )
        opdracht.argumenten(p)
        p.set_defaults(uitvoeren=opdracht.uitvoeren)
    return parser


def main(argv: Sequence[str] | None = None, uit: TextIO | None = None) -> int:
    """Ingang van ``passend`` en ``python -m passend``; geeft de afsluitcode."""
    uit = uit or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except _Gebruiksfout as fout:
        print(fout, file=sys.stderr)
        return FOUT
    except SystemExit as einde:  # --help and --version
        return einde.code if isinstance(einde.code, int) else OK
    try:
        return int(args.uitvoeren(args, uit))
    except PassendError as fout:
        print(f"passend: fout ({fout.code}): {fout}", file=sys.stderr)
        return FOUT
