"""The rule catalogue (Regelcatalogus), generated from the code at every build.

What it reads, all by introspection, so the page cannot drift from the code:

- every :class:`passend.Bron` defined at module level anywhere in the package (the named
  citations of ``passend._bronnen`` and the ones other modules build from them);
- every public function and method (the ``__all__`` of the public namespaces and the public
  methods of their classes): the rule ids in its source and, through the private helpers it
  calls, the ``Bron`` constants it names;
- every test in ``tests/``: the rule ids, ``Bron`` constant names and citation texts
  (``"WPO art. 40 lid 4"``) it mentions.

The build fails (a warning, an error under ``-W``) when a public function that applies a rule
has no ``Grondslag`` section in its docstring, when a cited rule has no test, and when the code
cites a rule id that the index below does not know. Rule ids anywhere in the documentation
become links to their entry in the catalogue.
"""

from __future__ import annotations

import ast
import doctest
import functools
import importlib
import inspect
import pkgutil
import re
import textwrap
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

import passend
from passend import Bron, Zekerheid

logger = logging.getLogger(__name__)

#: The documentation page that holds the catalogue, and where its generated part goes.
PAGINA = "referentie/regelcatalogus"
MARKERING = "% regelcatalogus: gegenereerd"

#: The public namespaces (DESIGN.md "Layout"); their classes' public methods count as well.
NAAMRUIMTEN = (
    "passend",
    "passend.termijnen",
    "passend.bekostiging",
    "passend.bekostiging.voorbeelden",
    "passend.json",
)

#: Index of ``legal/rules.md``: every rule id with its title in Dutch. A rule id in the code
#: that is not here fails the build, so a typo or a new rule cannot slip in unnoticed.
REGELS: dict[str, str] = {
    "T-01": "Weektermijnen: begin en einde",
    "T-02": "Algemene termijnenwet art. 1: einde op een weekend- of feestdag",
    "T-03": "Algemene termijnenwet art. 2 en 4: minimaal twee werkdagen, uitzonderingen",
    "T-04": "Algemene termijnenwet art. 3: welke dagen feestdagen zijn",
    "T-05": "Het pakket holidays en de Algemene termijnenwet",
    "T-06": "Termijnen van de Awb voor bezwaar",
    "T-07": "Bouwstenen voor termijnen",
    "T-08": "Gelijkgestelde dagen 2014-2016",
    "AAN-01": "Een schriftelijke aanmelding zet de klok in gang",
    "AAN-02": "Leeftijdsregels in het primair onderwijs",
    "AAN-03": "Aanmelden ten minste tien weken vóór de gewenste startdatum",
    "AAN-04": "Informatieplicht van ouders; aanmelding niet behandelen",
    "AAN-05": "Meer aanmeldingen: de school van eerste voorkeur",
    "AAN-06": "Wachtlijsten, loting en centrale plaatsing",
    "AAN-07": "Wanneer de zorgplicht niet geldt",
    "AAN-08": "Onderinstroom en leerlingen die al ingeschreven zijn",
    "BES-01": "Zes weken, één keer te verlengen met ten hoogste vier weken",
    "BES-02": "Geen besluit na de (verlengde) termijn: tijdelijke inschrijving",
    "BES-03": "Wachten op gevraagde informatie: staat de termijn stil?",
    "BES-04": "Plichten bij het besluit en bij een weigering",
    "ZP-01": "Wie de zorgplicht heeft",
    "ZP-02": "Gedeelde zorgplicht (regionaal)",
    "ZP-03": "Financiële zorgplicht na een wisseling tussen basisscholen (regionaal)",
    "ZP-04": "Welk samenwerkingsverband de TLV afgeeft en betaalt",
    "TLV-01": "Wie de TLV aanvraagt",
    "TLV-02": "Twee deskundigen: het advies is verplicht",
    "TLV-03": "Duur en einddatum van de TLV",
    "TLV-04": "Categorieën",
    "TLV-05": "Bezwaar tegen een TLV-besluit",
    "TLV-06": "Mogelijke uitkomsten van een TLV-aanvraag",
    "OPP-01": "Voor wie een OPP nodig is",
    "OPP-02": "Termijn van het OPP",
    "OPP-03": "Verplichte inhoud van het OPP",
    "OPP-04": "Op overeenstemming gericht overleg en instemmingsrecht",
    "OPP-05": "Evaluatie en bijstelling",
    "OPP-06": "Wet versterking positie ouders en leerlingen in het passend onderwijs",
    "VER-01": "Niet definitief voordat een andere school bereid is tot toelating",
    "VER-02": "De regel van acht weken",
    "VER-03": "Horen en overleggen vóór het besluit",
    "VER-04": "Meldingen na het besluit",
    "VER-05": "Bezwaar tegen weigering of verwijdering",
    "VER-06": "Geschillencommissie passend onderwijs",
    "VER-07": "Feitelijke verwijdering en het voorgenomen besluit",
    "SCH-01": "Schorsing in het primair en speciaal onderwijs",
    "SCH-02": "Schorsing in het voortgezet onderwijs",
    "SCH-03": "Schorsingen achter elkaar; geen weg naar de Geschillencommissie",
    "LAW-01": "Begin van passend onderwijs",
    "FIN-01": "Inkomsten van een samenwerkingsverband PO",
    "FIN-02": "Inhoudingen door DUO voor SBO en SO",
    "FIN-03": "Bekostiging vóór 2023",
    "FIN-04": "Inkomsten van een samenwerkingsverband VO",
    "FIN-05": "Tarieven van de ondersteuningsbekostiging",
    "FIN-06": "Signaleringswaarde bovenmatig eigen vermogen",
    "FIN-07": "Verdeelmodel Zuid-Kennemerland (TOP-initiatief, regionaal)",
    "FIN-08": "Tarieven en bedragen per leerling per jaar",
    "VAK-01": "Vakantieregio's",
    "VAK-02": "Data van de schoolvakanties",
    "OVR-01": "Symbiose",
    "OVR-02": "Variawet: maatwerk in onderwijstijd",
    "OVR-03": "Onderwijsconsulenten",
    "OVR-04": "Ouder- en jeugdsteunpunt",
    "OVR-05": "Thuiszitters",
    "OVR-06": "Vrijstelling van de leerplicht, residentiële plaatsing",
    "OVR-07": "Schoolondersteuningsprofiel",
    "OVR-08": "Cluster 1 en 2",
    "OVR-09": "Registraties in BRON en ROD",
    "OVR-10": "Regionale afspraken (regionaal)",
    "PV-01": "Tijdpad van het schooladvies",
    "PV-02": "Heroverweging bij een hogere toetsuitslag",
    "PV-03": "Onderwijskundig rapport en toelating op het schooladvies",
    "PV-04": "Aanmelding in het VO: centrale aanmeldweek en beslistermijn",
    "PV-05": "Zorgplicht van de VO-school; loting en matching",
    "PV-06": "Leerwegondersteuning en praktijkonderwijs",
    "PV-07": "Multidisciplinair overleg bij de overstap (regionaal)",
    "PV-08": "Wie verantwoordelijk is bij de overstap",
    "PL-01": "Schoolondersteuningsprofiel en ondersteuningsaanbod in de schoolgids",
    "PL-02": "Dekkend aanbod van het samenwerkingsverband",
    "PL-03": "Wat aan de zorgplicht voldoet: een andere school die bereid is",
    "PL-04": "Capaciteit: een volle school",
    "PL-05": "Voorrang op de wachtlijst voor leerlingen met extra ondersteuning",
    "PL-06": "Onderwijsloket en ouder- en jeugdsteunpunt",
    "PL-07": "Thuiszitters",
    "PL-08": "Vier functies (historisch)",
    "SP-00": "Uitgangspunten van het stappenplan (regionaal)",
    **{f"SP-0{n}": "Stappenplan: ontvangende school (regionaal)" for n in range(1, 6)},
    **{f"SP-0{n}": "Stappenplan: verwijzende school (regionaal)" for n in range(6, 10)},
    "SP-10": "Twee jaar financieel zorgplichtig na een wisseling tussen basisscholen (regionaal)",
}
_FAMILIES = sorted({r.split("-")[0] for r in REGELS}, key=len, reverse=True)
#: A rule id as the code and the documentation write it: ``AAN-07``, ``T-04``.
REGEL_ID = re.compile(rf"\b(?:{'|'.join(_FAMILIES)})-\d{{2}}\b")
_VOLGORDE = list(dict.fromkeys(r.split("-")[0] for r in REGELS))

#: The confidence of a citation in the words a user reads (never the internal labels).
ZEKERHEID_WOORDEN: dict[Zekerheid, str] = {
    Zekerheid.GEVERIFIEERD: "wet",
    Zekerheid.BRONDOCUMENT: "brondocument, niet nagekeken",
    Zekerheid.ONGEVERIFIEERD: "onzeker",
}


def regel_sleutel(regel: str) -> tuple[int, int]:
    """Sort rule ids as ``legal/rules.md`` orders them: by family, then by number."""
    familie, nummer = regel.split("-")
    return _VOLGORDE.index(familie), int(nummer)


def anker(regel: str) -> str:
    """The label of a rule's entry in the catalogue (``regel-aan-07``)."""
    return f"regel-{regel.lower()}"


@dataclass
class Functie:
    """A public function or method and the rules it applies."""

    naam: str  # the name a user imports, e.g. ``passend.termijnen.beslistermijn``
    object: types.FunctionType
    klasse: type | None = None  # the class of a method
    regels: set[str] = field(default_factory=set)
    bronnen: set[Bron] = field(default_factory=set)

    @property
    def heeft_grondslag(self) -> bool:
        return re.search(r"^\s*Grondslag\b", inspect.getdoc(self.object) or "", re.M) is not None

    @property
    def past_regel_toe(self) -> bool:
        return bool(self.regels or self.bronnen)


@dataclass
class Test:
    """One test (or the module-level part of a test file) and what it mentions."""

    naam: str  # ``tests/test_opp.py::test_x`` or ``tests/test_opp.py`` for the module part
    regels: set[str] = field(default_factory=set)
    bronnen: set[Bron] = field(default_factory=set)


@dataclass
class Catalogus:
    """Everything the catalogue page shows and checks."""

    #: Every citation the package defines, with the names it is defined under.
    bronnen: dict[Bron, list[str]]
    functies: list[Functie]
    tests: list[Test]

    def regels(self) -> list[str]:
        """Every rule id the library cites: in a ``Bron`` or in a public function."""
        ids = {b.regel for b in self.bronnen if b.regel}
        ids |= {r for f in self.functies for r in f.regels}
        return sorted(ids, key=regel_sleutel)

    def bronnen_van(self, regel: str) -> list[Bron]:
        return sorted((b for b in self.bronnen if b.regel == regel), key=str)

    def functies_van(self, regel: str) -> list[Functie]:
        return [f for f in self.functies if regel in f.regels | {b.regel for b in f.bronnen}]

    def tests_van(self, regel: str) -> list[Test]:
        return [t for t in self.tests if regel in t.regels | {b.regel for b in t.bronnen}]

    def tests_van_bron(self, bron: Bron) -> list[Test]:
        return [t for t in self.tests if bron in t.bronnen]

    def functies_van_bron(self, bron: Bron) -> list[Functie]:
        return [f for f in self.functies if bron in f.bronnen]


# --- Citations defined in the package --------------------------------------------------------


def _delen(waarde: object) -> Iterable[object]:
    """The parts of a container, or the ``grondslag`` of a record or result (a Gebreksoort)."""
    if isinstance(waarde, tuple | list | set | frozenset):
        return waarde
    if isinstance(waarde, dict | types.MappingProxyType):
        return waarde.values()
    grondslag = None if isinstance(waarde, type) else getattr(waarde, "grondslag", None)
    return grondslag if isinstance(grondslag, tuple) else ()


def _bronnen_in(waarde: object, diepte: int = 3) -> Iterator[Bron]:
    """The citations in a value: a ``Bron`` itself, or one inside containers and records."""
    if isinstance(waarde, Bron):
        yield waarde
    elif diepte:
        for deel in _delen(waarde):
            yield from _bronnen_in(deel, diepte - 1)


def _functies_in(waarde: object, diepte: int = 2) -> Iterator[types.FunctionType]:
    """The functions in a value: a function itself, or one in a container (a list of checks)."""
    functie = _als_functie(waarde)
    if functie is not None:
        yield functie
    elif diepte and isinstance(waarde, tuple | list | dict | types.MappingProxyType):
        for deel in _delen(waarde):
            yield from _functies_in(deel, diepte - 1)


def _modules() -> Iterator[types.ModuleType]:
    yield passend
    for info in pkgutil.walk_packages(passend.__path__, "passend."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def _gedefinieerde_namen(module: types.ModuleType) -> Iterator[str]:
    """The names a module assigns at top level (not the ones it imports)."""
    for knoop in ast.parse(inspect.getsource(module)).body:
        doelen = knoop.targets if isinstance(knoop, ast.Assign) else []
        if isinstance(knoop, ast.AnnAssign):
            doelen = [knoop.target]
        for doel in doelen:
            if isinstance(doel, ast.Name):
                yield doel.id


def verzamel_bronnen() -> dict[Bron, list[str]]:
    """Every ``Bron`` defined at module level in the package, with the names defining it."""
    bronnen: dict[Bron, list[str]] = {}
    for module in _modules():
        for naam in _gedefinieerde_namen(module):
            for bron in _bronnen_in(getattr(module, naam)):
                bronnen.setdefault(bron, []).append(f"{module.__name__}.{naam}")
    return bronnen


# --- Public functions and the rules they apply -----------------------------------------------


def _publieke_functies() -> Iterator[Functie]:
    """Each public function and class once, under the first name that exports it."""
    gezien: set[int] = set()  # ids: some exports (WETTEN) are not hashable
    for ruimte in NAAMRUIMTEN:
        module = importlib.import_module(ruimte)
        for naam in module.__all__:
            ding = inspect.unwrap(getattr(module, naam))
            if id(ding) in gezien:
                continue
            gezien.add(id(ding))
            if inspect.isfunction(ding):
                yield Functie(naam=f"{ruimte}.{naam}", object=ding)
            elif inspect.isclass(ding) and ding.__module__.startswith("passend"):
                yield from _publieke_methoden(f"{ruimte}.{naam}", ding)


def _publieke_methoden(klassenaam: str, klasse: type) -> Iterator[Functie]:
    for naam, lid in vars(klasse).items():
        if naam.startswith("_"):
            continue
        functie = _als_functie(lid)
        if functie is not None:
            yield Functie(naam=f"{klassenaam}.{naam}", object=functie, klasse=klasse)


def _als_functie(lid: object) -> types.FunctionType | None:
    """The plain function behind a method, property, class- or staticmethod (or None)."""
    if isinstance(lid, property):
        lid = lid.fget
    elif isinstance(lid, classmethod | staticmethod):
        lid = lid.__func__
    lid = inspect.unwrap(lid) if callable(lid) else lid
    return lid if isinstance(lid, types.FunctionType) else None


def _zonder_voorbeelden(bron_tekst: str, boom: ast.Module) -> str:
    """The source with the doctest examples of its docstring left out: an example's data
    (``regel="BES-04"``) is no rule the function applies."""
    definitie = boom.body[0]
    eerste = getattr(definitie, "body", [None])[0]
    if not (isinstance(eerste, ast.Expr) and isinstance(eerste.value, ast.Constant)):
        return bron_tekst
    regels = bron_tekst.splitlines(keepends=True)
    uitleg = "".join(
        deel
        for deel in doctest.DocTestParser().parse(str(eerste.value.value))
        if isinstance(deel, str)
    )
    begin, einde = eerste.lineno - 1, eerste.end_lineno or eerste.lineno
    return "".join(regels[:begin]) + uitleg + "".join(regels[einde:])


class _Verwijzingen:
    """Rule ids and citations a function reaches: in its own source, and through the private
    helpers (functions of passend that are not public) it names."""

    def __init__(self, publiek: set[types.FunctionType]) -> None:
        self.publiek = publiek
        self.bezig: set[types.FunctionType] = set()

    @functools.cache  # noqa: B019 - one instance per build; the cache is the point
    def van(
        self, functie: types.FunctionType, klasse: type | None
    ) -> tuple[frozenset[str], frozenset[Bron]]:
        try:
            bron_tekst = textwrap.dedent(inspect.getsource(functie))
        except OSError:  # generated by attrs: no source, no rule
            return frozenset(), frozenset()
        try:
            boom = ast.parse(bron_tekst)
        except SyntaxError:
            # A lambda's source is the line it stands on (``"pattern": lambda p: ...,``), often
            # no statement by itself; the global names it uses are in its code object.
            namen = [ast.Expr(ast.Name(naam)) for naam in functie.__code__.co_names]
            boom = ast.Module(body=[ast.Pass(), *namen], type_ignores=[])
        regels = set(REGEL_ID.findall(_zonder_voorbeelden(bron_tekst, boom)))
        bronnen: set[Bron] = set()
        self.bezig.add(functie)
        for knoop, waarde in self._namen(boom, functie.__globals__, klasse):
            bronnen.update(_bronnen_in(waarde))
            for helper in _functies_in(waarde):
                if (
                    helper.__module__.startswith("passend")
                    and helper not in self.publiek
                    and helper not in self.bezig
                ):
                    eigenaar = klasse if isinstance(knoop, ast.Attribute) else None
                    r, b = self.van(helper, eigenaar)
                    regels |= r
                    bronnen |= b
        self.bezig.discard(functie)
        return frozenset(regels), frozenset(bronnen)

    def _namen(
        self, knoop: ast.AST, globalen: dict[str, Any], klasse: type | None
    ) -> Iterator[tuple[ast.AST, object]]:
        """Every name, dotted name or subscript in the source whose value can be known, with
        that value; ``GEBREKSOORTEN[GebrekCode.X]`` is the one entry, not the whole table."""
        waarde = self._waarde(knoop, globalen, klasse)
        if waarde is not None:
            yield knoop, waarde
            return
        for kind in ast.iter_child_nodes(knoop):
            yield from self._namen(kind, globalen, klasse)

    def _waarde(self, knoop: ast.AST, globalen: dict[str, Any], klasse: type | None) -> object:
        """What a name or dotted name in the source refers to, when it can be known."""
        if isinstance(knoop, ast.Name):
            return globalen.get(knoop.id)
        if isinstance(knoop, ast.Attribute):
            if isinstance(knoop.value, ast.Name) and knoop.value.id in {"self", "cls"}:
                return inspect.getattr_static(klasse, knoop.attr, None) if klasse else None
            basis = self._waarde(knoop.value, globalen, klasse)
            if isinstance(basis, types.ModuleType | type):
                return inspect.getattr_static(basis, knoop.attr, None)
        if isinstance(knoop, ast.Subscript):
            tabel = self._waarde(knoop.value, globalen, klasse)
            sleutel = self._waarde(knoop.slice, globalen, klasse)
            if isinstance(tabel, dict | types.MappingProxyType) and sleutel in tabel:
                return tabel[sleutel]
        return None


def verzamel_functies() -> list[Functie]:
    functies = list(_publieke_functies())
    verwijzingen = _Verwijzingen({f.object for f in functies})
    for f in functies:
        regels, bronnen = verwijzingen.van(f.object, f.klasse)
        f.regels, f.bronnen = set(regels), set(bronnen)
    return functies


# --- Tests and what they exercise -------------------------------------------------------------


class _BronHerkenner:
    """Finds citations in a test's text: by constant name or by citation text, as whole words
    (``WPO art. 40`` does not match ``WPO art. 40 lid 4``)."""

    def __init__(self, bronnen: dict[Bron, list[str]]) -> None:
        self.per_woord: dict[str, set[Bron]] = {}
        for bron, namen in bronnen.items():
            for naam in namen:
                kort = naam.rsplit(".", 1)[1]
                if not kort.startswith("_"):
                    self.per_woord.setdefault(kort, set()).add(bron)
            self.per_woord.setdefault(str(bron), set()).add(bron)
        woorden = sorted(self.per_woord, key=len, reverse=True)
        keuze = "|".join(re.escape(w) + (r"(?! lid)" if " " in w else "") for w in woorden)
        self.patroon = re.compile(rf"(?<![\w.])(?:{keuze})(?![\w.])")

    def in_tekst(self, tekst: str) -> set[Bron]:
        return {b for w in self.patroon.findall(tekst) for b in self.per_woord[w]}


def _test_delen(pad: Path, wortel: Path) -> Iterator[tuple[str, str]]:
    """(name, text) per test function of a file; the rest of the file under the file's name.
    Comments right above a test belong to it."""
    tekst = pad.read_text(encoding="utf-8")
    regels = tekst.splitlines(keepends=True)
    bestand = pad.relative_to(wortel).as_posix()
    rest = list(regels)
    vorige_einde = 0
    for knoop in ast.parse(tekst).body:
        begin = min([knoop.lineno, *(d.lineno for d in getattr(knoop, "decorator_list", []))]) - 1
        while begin > vorige_einde and regels[begin - 1].lstrip().startswith("#"):
            begin -= 1
        einde = knoop.end_lineno or knoop.lineno
        vorige_einde = einde
        tests: list[ast.FunctionDef] = []
        if isinstance(knoop, ast.FunctionDef):
            tests = [knoop]
        elif isinstance(knoop, ast.ClassDef) and knoop.name.startswith("Test"):
            tests = [k for k in knoop.body if isinstance(k, ast.FunctionDef)]
        if not any(t.name.startswith("test") for t in tests):
            continue
        assert isinstance(knoop, ast.FunctionDef | ast.ClassDef)
        yield f"{bestand}::{knoop.name}", "".join(regels[begin:einde])
        rest[begin:einde] = [""] * (einde - begin)
    yield bestand, "".join(rest)


def verzamel_tests(wortel: Path, bronnen: dict[Bron, list[str]]) -> list[Test]:
    herkenner = _BronHerkenner(bronnen)
    tests = []
    for pad in sorted((wortel / "tests").rglob("test_*.py")):
        for naam, tekst in _test_delen(pad, wortel):
            test = Test(naam=naam, regels=set(REGEL_ID.findall(tekst)))
            test.bronnen = herkenner.in_tekst(tekst)
            if test.regels or test.bronnen:
                tests.append(test)
    return tests


def verzamel(wortel: Path) -> Catalogus:
    bronnen = verzamel_bronnen()
    return Catalogus(
        bronnen=bronnen, functies=verzamel_functies(), tests=verzamel_tests(wortel, bronnen)
    )


def controleer(catalogus: Catalogus) -> Iterable[str]:
    """The problems that fail the build."""
    for f in catalogus.functies:
        if f.past_regel_toe and not f.heeft_grondslag:
            yield (
                f"{f.naam} past regels toe ({', '.join(sorted(f.regels | {b.regel or str(b) for b in f.bronnen}))}) "
                "maar de docstring heeft geen Grondslag-sectie"
            )
    for regel in catalogus.regels():
        if regel not in REGELS:
            yield f"regel {regel} staat niet in de index van legal/rules.md (REGELS)"
        elif not catalogus.tests_van(regel):
            yield f"regel {regel} wordt geciteerd maar door geen test genoemd"


# --- The page ----------------------------------------------------------------------------------


def _md(tekst: str) -> str:
    """Text as literal MyST inline content (CommonMark backslash escapes)."""
    return re.sub(r"([\\`*_\[\]<>|#$])", r"\\\1", tekst)


def _wet_md(bron: Bron) -> str:
    """The law or document, linked to the article on wetten.overheid.nl when there is one."""
    return f"[{_md(bron.wet)}]({bron.url})" if bron.url else _md(bron.wet)


def _functie_md(f: Functie) -> str:
    return f"{{py:obj}}`{f.naam.removeprefix('passend.')} <{f.naam}>`"


def _tests_md(tests: list[Test]) -> str:
    per_bestand: dict[str, list[str]] = {}
    for t in tests:
        bestand, _, naam = t.naam.partition("::")
        per_bestand.setdefault(bestand, [])
        if naam:
            per_bestand[bestand].append(naam)
    delen = []
    for bestand, namen in per_bestand.items():
        delen.append(f"`{bestand}`" + (": " + ", ".join(f"`{n}`" for n in namen) if namen else ""))
    return "; ".join(delen)


def _tabel(koppen: list[str], rijen: Iterable[list[str]]) -> list[str]:
    regels = ["| " + " | ".join(koppen) + " |", "|" + " --- |" * len(koppen)]
    regels += ["| " + " | ".join(rij) + " |" for rij in rijen]
    return [*regels, ""]


_KOPPEN = ["Wet of document", "Artikel", "Lid", "Zekerheid", "Geldig vanaf"]


def _bronrij(bron: Bron) -> list[str]:
    return [
        _wet_md(bron),
        _md(bron.artikel),
        _md(bron.lid or "—"),
        ZEKERHEID_WOORDEN[bron.zekerheid],
        bron.geldig_vanaf.isoformat() if bron.geldig_vanaf else "—",
    ]


def pagina_md(catalogus: Catalogus) -> str:
    """The generated part of the catalogue page, as MyST markdown."""
    regels_ = catalogus.regels()
    uit = [
        f"De bibliotheek citeert **{len(regels_)} regels** en **{len(catalogus.bronnen)} bronnen**.",
        "",
    ]
    for regel in regels_:
        titel = REGELS.get(regel, "niet in de juridische onderbouwing")
        uit += [f"({anker(regel)})=", f"### {regel} — {titel}", ""]
        bronnen = catalogus.bronnen_van(regel)
        if bronnen:
            uit += _tabel(_KOPPEN, map(_bronrij, bronnen))
        else:
            uit += [
                "Geen eigen bron: de regel wordt alleen in de uitleg van een functie genoemd.",
                "",
            ]
        functies = catalogus.functies_van(regel)
        uit += [
            "**Toegepast door:** "
            + (", ".join(_functie_md(f) for f in functies) if functies else "—")
            + "",
            "",
            f"**Getest in:** {_tests_md(catalogus.tests_van(regel))}",
            "",
        ]
    uit += ["(artikeldekking)=", "## Artikeldekking", ""]
    bronnen = sorted(
        catalogus.bronnen, key=lambda b: (b.wet, b.artikel, b.lid or "", b.regel or "")
    )
    getest = [b for b in bronnen if catalogus.tests_van_bron(b)]
    uit += [
        f"Van de {len(bronnen)} bronnen noemt een test er {len(getest)} bij naam of met hun "
        "tekst; de tests van de andere staan bij hun regel hierboven. Elke geciteerde regel "
        "heeft ten minste één test: anders faalt de build.",
        "",
    ]
    uit += ["```{container} passend-dekking", ""]
    uit += _tabel(
        [*_KOPPEN[:4], "Regel", "Functies", "Tests"],
        (
            [
                *_bronrij(b)[:4],
                b.regel or "—",
                str(len(catalogus.functies_van_bron(b))),
                str(len(catalogus.tests_van_bron(b))),
            ]
            for b in bronnen
        ),
    )
    uit += ["```", ""]
    return "\n".join(uit)


# --- Sphinx -----------------------------------------------------------------------------------


def _catalogus(app: Sphinx) -> Catalogus:
    gevonden: Catalogus | None = getattr(app, "_passend_catalogus", None)
    if gevonden is None:
        gevonden = verzamel(Path(app.srcdir).parent)
        app._passend_catalogus = gevonden  # type: ignore[attr-defined]
    return gevonden


def _lees_bron(app: Sphinx, docname: str, inhoud: list[str]) -> None:
    if docname != PAGINA:
        return
    if MARKERING not in inhoud[0]:
        logger.warning("regelcatalogus: de regel %r ontbreekt", MARKERING, location=docname)
        return
    catalogus = _catalogus(app)
    for probleem in controleer(catalogus):
        logger.warning("regelcatalogus: %s", probleem, location=docname)
    inhoud[0] = inhoud[0].replace(MARKERING, pagina_md(catalogus))


def _altijd_opnieuw(
    app: Sphinx, env: Any, toegevoegd: set[str], veranderd: set[str], verwijderd: set[str]
) -> list[str]:
    """The catalogue depends on the code and the tests, not on its own page: read it always."""
    return [PAGINA] if PAGINA in env.found_docs else []


_OVERSLAAN = (
    nodes.FixedTextElement,
    nodes.literal,
    nodes.reference,
    nodes.title,
    nodes.raw,
    nodes.target,
)


def _koppel_regels(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Turn every cited rule id in running text into a link to its catalogue entry."""
    if app.builder.format != "html":
        return
    bekend = set(_catalogus(app).regels())
    pagina = app.builder.get_relative_uri(docname, PAGINA)
    for tekst in list(doctree.findall(nodes.Text)):
        ouder = tekst.parent
        if ouder is None or _binnen(tekst, _OVERSLAAN):
            continue
        delen = REGEL_ID.split(tekst.astext())
        ids = REGEL_ID.findall(tekst.astext())
        if not any(i in bekend for i in ids):
            continue
        nieuw: list[nodes.Node] = []
        for deel, regel in zip(delen, [*ids, None], strict=True):
            if deel:
                nieuw.append(nodes.Text(deel))
            if regel is None:
                continue
            if regel in bekend:
                uri = ("" if docname == PAGINA else pagina) + "#" + anker(regel)
                link = nodes.reference(regel, regel, refuri=uri, internal=True)
                link["classes"].append("passend-regel")
                nieuw.append(link)
            else:
                nieuw.append(nodes.Text(regel))
        ouder.replace(tekst, nieuw)


def _binnen(knoop: nodes.Node, soorten: tuple[type[nodes.Node], ...]) -> bool:
    ouder = knoop.parent
    while ouder is not None:
        if isinstance(ouder, soorten):
            return True
        ouder = ouder.parent
    return False


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("source-read", _lees_bron)
    app.connect("env-get-outdated", _altijd_opnieuw)
    app.connect("doctree-resolved", _koppel_regels)
    return {"parallel_read_safe": False, "parallel_write_safe": True, "version": "1"}
