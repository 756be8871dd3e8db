"""Begroting: regels baten en lasten per jaar, subtotalen, resultaat, eigen vermogen en de
signaleringswaarde van een samenwerkingsverband (FIN-06, ondersteuningsplan Zuid-Kennemerland
§ 12).

Bedragen zijn exacte ``Decimal``\\ s; niets wordt afgerond tot u om hele euro's vraagt
(:func:`~passend.bekostiging.op_euros`) of naar de tabel kijkt. Een begrotingstabel toont elke
regel *en* elk totaal apart afgerond, dus de som van de getoonde regels kan afwijken van het
getoonde totaal: :meth:`Begroting.afrondingscontrole` meldt precies waar.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

import attrs

from passend._bronnen import Bron
from passend._fouten import NietBekend, OngeldigeInvoer
from passend._waarden import (
    als_begrotingsregels,
    als_bronnen,
    als_jaren,
    bevroren,
    controleer_mapping,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_enum,
    is_type,
    niet_leeg,
)
from passend._weergave import Weergave, html_tabel
from passend.bekostiging._geld import (
    controleer_bedrag,
    euro,
    is_aantal,
    is_bedrag,
    op_centen,
    op_euros,
)
from passend.bekostiging._reserves import signaleringswaarde
from passend.bekostiging._velden import controleer_jaar, is_jaar, reeks_van, scenario_bron

__all__ = [
    "Afrondingscontrole",
    "Begroting",
    "Begrotingsregel",
    "Kant",
    "Regelsoort",
]


class Kant(enum.Enum):
    """De kant van de begroting waar een regel staat."""

    #: Inkomsten.
    BATEN = "baten"
    #: Uitgaven.
    LASTEN = "lasten"


class Regelsoort(enum.Enum):
    """Wat een regel is: een echt bedrag, of een zichtbare correctie op een gepubliceerde tabel."""

    #: Een begroot bedrag.
    BEDRAG = "bedrag"
    #: Centen die een gepubliceerde tabel verbergt door hele euro's te tonen (altijd minder
    #: dan € 1).
    AFRONDING = "afrondingsverschil"
    #: Een bedrag dat de gepubliceerde tabel toont, maar niet meetelt in haar eigen totaal.
    CORRECTIE = "correctie"
    #: Een regel die een wat-als veranderde (:meth:`Begroting.met_bedrag`,
    #: :meth:`Begroting.met_groei`).
    SCENARIO = "scenario"


#: Hoe een tabel, een DataFrame-rij en de uitleg een regel markeren die geen begrotingsregel is.
MERKTEKEN: Mapping[Regelsoort, str] = types.MappingProxyType(
    {
        Regelsoort.AFRONDING: "reconstructie, geen bron",
        Regelsoort.CORRECTIE: "correctie van passend op de tabel",
        Regelsoort.SCENARIO: "scenario",
    }
)


def _bedragen(waarde: Mapping[int, Decimal]) -> Mapping[int, Decimal]:
    return bevroren(waarde)


def _check_per_jaar(naam: str, value: Mapping[int, Decimal]) -> None:
    for jaar, bedrag in controleer_mapping(naam, value).items():
        controleer_jaar(f"{naam} (jaar)", jaar)
        controleer_bedrag(f"{naam}[{jaar}]", bedrag)


def _tekst_of_none(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een tekst of None")


def _bron_of_none(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Bron):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een Bron of None")


@attrs.frozen(kw_only=True)
class Begrotingsregel(Weergave):
    """Eén regel van een begroting: bedragen per kalenderjaar, met de bron.

    Subtotalen worden genomen per hoofdgroep en per subgroep.
    """

    #: Baten of lasten.
    kant: Kant = attrs.field(validator=is_enum(Kant))
    #: Het onderdeel van de begroting (``"I Rijksbijdragen"``).
    hoofdgroep: str = attrs.field(validator=niet_leeg)
    #: Een deel van de hoofdgroep (``"Speciaal onderwijs"``); None als de regel los in de
    #: hoofdgroep staat.
    subgroep: str | None = attrs.field(default=None, validator=_tekst_of_none)
    #: De naam van de regel, zoals de tabel hem noemt.
    naam: str = attrs.field(validator=niet_leeg)
    #: Het bedrag per kalenderjaar, in euro (exact).
    bedragen: Mapping[int, Decimal] = attrs.field(converter=_bedragen)
    #: De bron van de regel; None als er geen is opgegeven.
    bron: Bron | None = attrs.field(default=None, validator=_bron_of_none)
    #: Wat de regel is: een begroot bedrag, een afrondingsverschil, een correctie of een scenario.
    soort: Regelsoort = attrs.field(default=Regelsoort.BEDRAG, validator=is_enum(Regelsoort))
    #: Een toelichting in woorden; leeg als er geen is.
    toelichting: str = attrs.field(default="", validator=is_type(str))

    @bedragen.validator
    def _check_bedragen(
        self, attribute: attrs.Attribute[Any], value: Mapping[int, Decimal]
    ) -> None:
        _check_per_jaar(f"{attribute.name} ({self.naam})", value)
        for jaar, bedrag in value.items():
            if self.soort is Regelsoort.AFRONDING and abs(bedrag) >= 1:
                raise OngeldigeInvoer(
                    f"{attribute.name}[{jaar}] ({self.naam})",
                    bedrag,
                    "een afrondingsverschil is kleiner dan € 1",
                )

    @property
    def weergavenaam(self) -> str:
        """De naam zoals tabellen en rijen hem tonen: een regel die geen begrotingsregel is, zegt
        dat erbij.

        >>> Begrotingsregel(kant=Kant.LASTEN, hoofdgroep="A", naam="afrondingsverschil",
        ...     bedragen={2024: Decimal("0.2")}, soort=Regelsoort.AFRONDING).weergavenaam
        'afrondingsverschil (reconstructie, geen bron)'
        """
        merk = MERKTEKEN.get(self.soort)
        return self.naam if merk is None else f"{self.naam} ({merk})"

    def bedrag(self, jaar: int) -> Decimal:
        """Het bedrag van ``jaar``; een jaar zonder bedrag geeft :class:`~passend.NietBekend`."""
        try:
            return self.bedragen[controleer_jaar("jaar", jaar)]
        except KeyError:
            raise NietBekend(f"bedragen ({self.naam})", jaar, "geen bedrag voor dit jaar") from None


@attrs.frozen(kw_only=True)
class Afrondingscontrole(Weergave):
    """Een totaal zoals een tabel het toont (één keer afgerond) naast de som van de afgeronde
    delen."""

    #: Het jaar van het totaal.
    jaar: int = attrs.field(validator=is_jaar)
    #: Welk totaal (``"I Rijksbijdragen"``, ``"totale baten"``, ``"resultaat"``).
    totaal: str = attrs.field(validator=niet_leeg)
    #: De exacte som, één keer afgerond op hele euro's.
    afgeronde_som: Decimal = attrs.field(validator=is_bedrag)
    #: De som van de delen, elk apart afgerond op hele euro's.
    som_afgeronde_delen: Decimal = attrs.field(validator=is_bedrag)
    #: Aantal delen van het totaal.
    delen: int = attrs.field(validator=is_aantal)

    @property
    def verschil(self) -> Decimal:
        """Som van de afgeronde delen min het afgeronde totaal (ten hoogste ``delen`` × € 0,50)."""
        return self.som_afgeronde_delen - self.afgeronde_som


@attrs.frozen(kw_only=True)
class Begroting:
    """Een (meerjaren)begroting: regels per jaar, totalen, resultaat en eigen vermogen.

    >>> from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland
    >>> b = meerjarenraming_zuid_kennemerland()
    >>> op_euros(b.resultaat(2024)), op_euros(b.eigen_vermogen()[2024])
    (Decimal('-762957'), Decimal('1797043'))
    """

    #: De naam van de begroting.
    naam: str = attrs.field(validator=niet_leeg)
    #: De kalenderjaren van de begroting, in volgorde.
    jaren: tuple[int, ...] = attrs.field(converter=als_jaren, validator=elk_een(int))
    #: De regels van de begroting, in de volgorde van de tabel.
    regels: tuple[Begrotingsregel, ...] = attrs.field(
        converter=als_begrotingsregels, validator=elk_een(Begrotingsregel)
    )
    #: Het eigen vermogen op 1 januari van het eerste jaar, in euro; None als het niet bekend is.
    eigen_vermogen_begin: Decimal | None = attrs.field(default=None)
    #: Het deel van het eigen vermogen dat het SWV als buffer houdt, per jaar, zoals het SWV
    #: het vaststelde (in euro); de rest is bestemmingsreserve.
    weerstandsvermogen: Mapping[int, Decimal] = attrs.field(factory=dict, converter=_bedragen)
    #: De bronnen van de begroting als geheel; leeg als er geen zijn opgegeven.
    grondslag: tuple[Bron, ...] = attrs.field(
        default=(), converter=als_bronnen, validator=reeks_van(Bron)
    )

    @jaren.validator
    def _check_jaren(self, attribute: attrs.Attribute[Any], value: tuple[int, ...]) -> None:
        for jaar in value:
            controleer_jaar(attribute.name, jaar)
        if not value or list(value) != list(range(value[0], value[0] + len(value))):
            raise OngeldigeInvoer(attribute.name, value, "verwacht opeenvolgende kalenderjaren")

    @regels.validator
    def _check_regels(self, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for regel in value:
            ontbreekt = [j for j in self.jaren if j not in regel.bedragen]
            if ontbreekt:
                raise OngeldigeInvoer(
                    f"{attribute.name} ({regel.naam})", ontbreekt, "geen bedrag voor deze jaren"
                )

    @weerstandsvermogen.validator
    def _check_weerstand(
        self, attribute: attrs.Attribute[Any], value: Mapping[int, Decimal]
    ) -> None:
        _check_per_jaar(attribute.name, value)

    @eigen_vermogen_begin.validator
    def _check_begin(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            controleer_bedrag(attribute.name, value)

    # --- totals (exact) ------------------------------------------------------------------

    def _jaar(self, jaar: int) -> int:
        if controleer_jaar("jaar", jaar) not in self.jaren:
            raise NietBekend(
                "jaar", jaar, f"valt buiten de begroting ({self.jaren[0]}-{self.jaren[-1]})"
            )
        return jaar

    def _regels(
        self, kant: Kant, hoofdgroep: str | None = None, subgroep: str | None = None
    ) -> Iterator[Begrotingsregel]:
        controleer_soort("kant", kant, Kant)
        controleer_optie("hoofdgroep", hoofdgroep, str)
        controleer_optie("subgroep", subgroep, str)
        for r in self.regels:
            if r.kant is not kant or (hoofdgroep is not None and r.hoofdgroep != hoofdgroep):
                continue
            if subgroep is None or r.subgroep == subgroep:
                yield r

    def hoofdgroepen(self, kant: Kant) -> tuple[str, ...]:
        """De hoofdgroepen van ``kant`` in de volgorde van de regels."""
        return tuple(dict.fromkeys(r.hoofdgroep for r in self._regels(kant)))

    def subgroepen(self, kant: Kant, hoofdgroep: str) -> tuple[str | None, ...]:
        """De subgroepen van één hoofdgroep in de volgorde van de regels (None: regels zonder
        subgroep)."""
        controleer_soort("hoofdgroep", hoofdgroep, str)
        return tuple(dict.fromkeys(r.subgroep for r in self._regels(kant, hoofdgroep)))

    def subtotaal(
        self, kant: Kant, hoofdgroep: str, jaar: int, *, subgroep: str | None = None
    ) -> Decimal:
        """Exacte som van de regels van één hoofdgroep (of van één subgroep ervan) in ``jaar``."""
        regels = list(self._regels(kant, controleer_soort("hoofdgroep", hoofdgroep, str), subgroep))
        if not regels:
            raise NietBekend("hoofdgroep", hoofdgroep, f"geen {kant.value}regels in deze groep")
        return sum((r.bedrag(self._jaar(jaar)) for r in regels), Decimal(0))

    def _delen(self, kant: Kant, hoofdgroep: str, jaar: int) -> list[Decimal]:
        """The parts a table adds up to a hoofdgroep total: subtotals, and loose lines."""
        delen: list[Decimal] = []
        for sub in self.subgroepen(kant, hoofdgroep):
            if sub is None:
                delen += [
                    r.bedrag(jaar) for r in self._regels(kant, hoofdgroep) if r.subgroep is None
                ]
            else:
                delen.append(self.subtotaal(kant, hoofdgroep, jaar, subgroep=sub))
        return delen

    def totale_baten(self, jaar: int) -> Decimal:
        """Som van alle batenregels van ``jaar`` (exact)."""
        return sum((r.bedrag(self._jaar(jaar)) for r in self._regels(Kant.BATEN)), Decimal(0))

    def totale_lasten(self, jaar: int) -> Decimal:
        """Som van alle lastenregels van ``jaar`` (exact)."""
        return sum((r.bedrag(self._jaar(jaar)) for r in self._regels(Kant.LASTEN)), Decimal(0))

    def resultaat(self, jaar: int) -> Decimal:
        """Totale baten min totale lasten: negatief als het SWV uit zijn reserves uitgeeft."""
        return self.totale_baten(jaar) - self.totale_lasten(jaar)

    def eigen_vermogen(self, begin: Decimal | None = None) -> Mapping[int, Decimal]:
        """Eigen vermogen op 31 december van elk jaar, doorgerekend vanaf ``begin``.

        Grondslag:
            Boekhouding, geen wettelijke regel: eigen vermogen + resultaat, zoals de
            meerjarenraming van het ondersteuningsplan Zuid-Kennemerland (§ 12) het doorrekent.

        ``begin`` is het eigen vermogen op 1 januari van het eerste jaar; zonder ``begin`` geldt
        ``eigen_vermogen_begin`` van de begroting zelf (:class:`~passend.NietBekend` als geen van
        beide bekend is).
        """
        stand = begin if begin is not None else self.eigen_vermogen_begin
        if stand is None:
            raise NietBekend("begin", None, "eigen vermogen op 1 januari niet gegeven")
        stand = controleer_bedrag("begin", stand)
        standen: dict[int, Decimal] = {}
        for jaar in self.jaren:
            stand += self.resultaat(jaar)
            standen[jaar] = stand
        return types.MappingProxyType(standen)

    def bestemmingsreserve(self, jaar: int, begin: Decimal | None = None) -> Decimal:
        """Eigen vermogen aan het eind van ``jaar`` min het weerstandsvermogen van dat jaar."""
        if self._jaar(jaar) not in self.weerstandsvermogen:
            raise NietBekend("weerstandsvermogen", jaar, "niet gegeven voor dit jaar")
        return self.eigen_vermogen(begin)[jaar] - self.weerstandsvermogen[jaar]

    def signaleringswaarde(self, jaar: int) -> Decimal:
        """Signaleringswaarde van ``jaar`` over de totale baten van deze begroting, in centen.

        Grondslag:
            Inspectie van het Onderwijs, signaleringswaarde bovenmatig eigen vermogen (rules.md
            FIN-06): max(3,5 % van de totale baten, € 250.000).
        """
        return signaleringswaarde(self.totale_baten(jaar))

    def uitleg(self, jaar: int) -> str:
        """Uitleg in woorden van ``jaar``: baten, lasten, resultaat, wat in de totalen geen
        begrotingsregel is (gereconstrueerde centen, correcties) en, als het beginvermogen bekend
        is, het eigen vermogen tegenover de signaleringswaarde (FIN-06).

        Grondslag:
            Inspectie van het Onderwijs, signaleringswaarde bovenmatig eigen vermogen (FIN-06).

        >>> from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland
        >>> print(meerjarenraming_zuid_kennemerland().uitleg(2028))
        Begroting 2028: baten € 18.551.921, lasten € 18.552.711, resultaat € -790. De lasten bevatten € 0,60 aan afrondingsverschillen (reconstructie, geen bron). Eigen vermogen eind 2028 € 613.292; de signaleringswaarde is € 649.317 (3,5 % van de baten, minstens € 250.000). Het eigen vermogen ligt daar niet boven.
        """
        tekst = (
            (
                f"Begroting {jaar}: baten {euro(op_euros(self.totale_baten(jaar)))}, lasten "
                f"{euro(op_euros(self.totale_lasten(jaar)))}, resultaat "
                f"{euro(op_euros(self.resultaat(jaar)))}."
            )
            + self._niet_begroot(jaar)
            + self._scenario_zin()
        )
        if self.eigen_vermogen_begin is None:
            return tekst + " Het eigen vermogen is onbekend: er is geen beginstand gegeven."
        vermogen = self.eigen_vermogen()[jaar]
        grens = self.signaleringswaarde(jaar)
        oordeel = (
            "Het eigen vermogen ligt daarboven: mogelijk bovenmatig (een signaal, geen norm)."
            if vermogen > grens
            else "Het eigen vermogen ligt daar niet boven."
        )
        return tekst + (
            f" Eigen vermogen eind {jaar} {euro(op_euros(vermogen))}; de signaleringswaarde is "
            f"{euro(op_euros(grens))} (3,5 % van de baten, minstens € 250.000). {oordeel}"
        )

    def _scenario_zin(self) -> str:
        namen = [r.naam for r in self.regels if r.soort is Regelsoort.SCENARIO]
        if not namen:
            return ""
        return f" Dit is een scenario; gewijzigd: {', '.join(namen)}."

    def _niet_begroot(self, jaar: int) -> str:
        """Sentences naming what the totals of ``jaar`` hold that is no line of the budget."""
        zinnen = ""
        for soort, wat in (
            (Regelsoort.AFRONDING, "afrondingsverschillen"),
            (Regelsoort.CORRECTIE, "correcties"),
        ):
            for kant in Kant:
                regels = [r for r in self._regels(kant) if r.soort is soort and r.bedrag(jaar)]
                if regels:
                    som = sum((r.bedrag(jaar) for r in regels), Decimal(0))
                    zinnen += (
                        f" De {kant.value} bevatten {euro(op_centen(som))} aan {wat} "
                        f"({MERKTEKEN[soort]})."
                    )
        return zinnen

    # --- what-if -------------------------------------------------------------------------

    def _regel(self, naam: str) -> Begrotingsregel:
        gevonden = [r for r in self.regels if r.naam == controleer_soort("naam", naam, str)]
        if len(gevonden) != 1:
            raise NietBekend("naam", naam, f"{len(gevonden)} regels met deze naam (verwacht 1)")
        return gevonden[0]

    def _scenario(self, nieuw: Mapping[str, Mapping[int, Decimal]], wat: str) -> Begroting:
        """A copy whose lines named in ``nieuw`` get those amounts, marked as a scenario: the
        line's soort, its name in tables and its citation say "scenario", not the plan."""
        regels = []
        for r in self.regels:
            if r.naam in nieuw:
                eerder = (
                    r.toelichting
                    if r.soort is Regelsoort.SCENARIO
                    else (f"oorspronkelijke bedragen: {r.bron or 'geen bron'}")
                )
                r = attrs.evolve(
                    r,
                    bedragen={**r.bedragen, **nieuw[r.naam]},
                    soort=Regelsoort.SCENARIO,
                    bron=scenario_bron(wat),
                    toelichting=f"{wat}; {eerder}",
                )
            regels.append(r)
        naam = self.naam if self.naam.endswith("(scenario)") else f"{self.naam} (scenario)"
        return attrs.evolve(self, naam=naam, regels=regels)

    def met_bedrag(self, naam: str, jaar: int, bedrag: Decimal) -> Begroting:
        """Een kopie waarin regel ``naam`` in ``jaar`` het ``bedrag`` heeft (wat-als in één
        regel). De gewijzigde regel is een scenario (:attr:`Regelsoort.SCENARIO`): haar naam
        in tabellen en haar bron zeggen dat, niet het plan.
        """
        self._jaar(jaar)
        regel = self._regel(naam)
        controleer_bedrag("bedrag", bedrag)
        return self._scenario({regel.naam: {jaar: bedrag}}, f"{jaar}: {euro(bedrag)}")

    def met_groei(self, namen: str | Sequence[str], groei: Decimal, *, vanaf: int) -> Begroting:
        """Een kopie waarin elke regel van ``namen`` vanaf ``vanaf`` elk jaar met ``groei``
        groeit, gerekend vanaf haar eigen bedrag in het jaar ervoor (wat-als in één regel).

        ``bedrag(j) = bedrag(vanaf − 1) × (1 + groei) ** (j − vanaf + 1)``, exact; ``groei`` is
        een fractie (``Decimal("0.04")`` is 4 %). De gewijzigde regels zijn een scenario
        (:attr:`Regelsoort.SCENARIO`).

        >>> from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland
        >>> so = "7 ondersteuningsbekostiging inh. DUO (so)"
        >>> zes = meerjarenraming_zuid_kennemerland().met_groei(so, Decimal("0.06"), vanaf=2025)
        >>> op_euros(zes.resultaat(2028))
        Decimal('-299995')
        >>> [(r.weergavenaam, str(r.bron)) for r in zes.regels if r.naam == so]
        [('7 ondersteuningsbekostiging inh. DUO (so) (scenario)', 'Scenario groei 6 % per jaar vanaf 2025')]
        """
        if not isinstance(groei, Decimal) or not groei.is_finite() or groei <= -1:
            raise OngeldigeInvoer("groei", groei, "verwacht een Decimal groter dan -1 (0.04 = 4 %)")
        basisjaar = self._jaar(vanaf) - 1
        self._jaar(basisjaar)
        factor = 1 + groei
        nieuw = {}
        if not isinstance(namen, str | list | tuple):
            raise OngeldigeInvoer("namen", namen, "verwacht een regelnaam of een lijst ervan")
        for naam in (namen,) if isinstance(namen, str) else namen:
            basis = self._regel(naam).bedrag(basisjaar)
            nieuw[naam] = {j: basis * factor ** (j - basisjaar) for j in self.jaren if j >= vanaf}
        procent = (groei * 100).normalize()
        return self._scenario(nieuw, f"groei {procent:f} % per jaar vanaf {vanaf}")

    # --- rounding, rows and HTML ---------------------------------------------------------

    def afrondingscontrole(self, jaar: int) -> tuple[Afrondingscontrole, ...]:
        """Elk totaal van ``jaar`` één keer afgerond, naast de som van de delen die elk apart
        zijn afgerond.

        Een tabel in hele euro's toont beide; waar ze verschillen, klopt de optelling van de
        tabel een paar euro niet, zonder dat een bedrag fout is.
        """

        def controle(totaal: str, delen: list[Decimal]) -> Afrondingscontrole:
            return Afrondingscontrole(
                jaar=jaar,
                totaal=totaal,
                afgeronde_som=op_euros(sum(delen, Decimal(0))),
                som_afgeronde_delen=sum((op_euros(d) for d in delen), Decimal(0)),
                delen=len(delen),
            )

        self._jaar(jaar)
        uitkomst = []
        for kant in Kant:
            for hoofd in self.hoofdgroepen(kant):
                for sub in self.subgroepen(kant, hoofd):
                    if sub is not None:
                        delen = [r.bedrag(jaar) for r in self._regels(kant, hoofd, sub)]
                        uitkomst.append(controle(f"{hoofd} / {sub}", delen))
                uitkomst.append(controle(hoofd, self._delen(kant, hoofd, jaar)))
            delen = [self.subtotaal(kant, h, jaar) for h in self.hoofdgroepen(kant)]
            uitkomst.append(controle(f"totale {kant.value}", delen))
        uitkomst.append(controle("resultaat", [self.totale_baten(jaar), -self.totale_lasten(jaar)]))
        return tuple(uitkomst)

    def rijen(self, *, afgerond: bool = True, als_getal: bool = False) -> list[dict[str, object]]:
        """Gewone rijen (één dict per regel en per totaal) voor ``pandas.DataFrame(rijen)``.

        Sleutels: ``kant``, ``hoofdgroep``, ``subgroep``, ``regel``, ``soort`` en één sleutel
        per jaar (als tekst). Met ``afgerond`` is elk bedrag afgerond op hele euro's, zoals in de
        tabel.
        Bedragen zijn ``Decimal``; ``als_getal=True`` geeft ``float``\\ s, die pandas kan
        tekenen.

        >>> from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland
        >>> rijen = meerjarenraming_zuid_kennemerland().rijen(als_getal=True)
        >>> [r["2024"] for r in rijen if r["regel"] == "resultaat"]
        [-762957.0]
        """

        controleer_soort("afgerond", afgerond, bool)
        controleer_soort("als_getal", als_getal, bool)

        def waarde(bedrag: Decimal) -> Decimal | float:
            exact = op_euros(bedrag) if afgerond else bedrag
            return float(exact) if als_getal else exact

        rijen: list[dict[str, object]] = []

        def rij(
            kant: str,
            hoofd: str,
            sub: str | None,
            naam: str,
            soort: str,
            bedragen: Mapping[int, Decimal],
        ) -> None:
            rijen.append(
                {
                    "kant": kant,
                    "hoofdgroep": hoofd,
                    "subgroep": sub,
                    "regel": naam,
                    "soort": soort,
                    **{str(j): waarde(bedragen[j]) for j in self.jaren},
                }
            )

        for kant in Kant:
            for hoofd in self.hoofdgroepen(kant):
                for sub in self.subgroepen(kant, hoofd):
                    for r in self._regels(kant, hoofd, sub):
                        if r.subgroep == sub:
                            rij(
                                kant.value,
                                hoofd,
                                sub,
                                r.weergavenaam,
                                r.soort.value,
                                dict(r.bedragen),
                            )
                    if sub is not None:
                        rij(
                            kant.value,
                            hoofd,
                            sub,
                            f"subtotaal {sub}",
                            "subtotaal",
                            {j: self.subtotaal(kant, hoofd, j, subgroep=sub) for j in self.jaren},
                        )
                rij(
                    kant.value,
                    hoofd,
                    None,
                    f"totaal {hoofd}",
                    "subtotaal",
                    {j: self.subtotaal(kant, hoofd, j) for j in self.jaren},
                )
            totaal = self.totale_baten if kant is Kant.BATEN else self.totale_lasten
            rij(
                kant.value,
                "",
                None,
                f"totaal {kant.value}",
                "totaal",
                {j: totaal(j) for j in self.jaren},
            )
        rij("", "", None, "resultaat", "totaal", {j: self.resultaat(j) for j in self.jaren})
        if self.eigen_vermogen_begin is not None:
            rij("", "", None, "eigen vermogen 31-12", "stand", dict(self.eigen_vermogen()))
            if all(j in self.weerstandsvermogen for j in self.jaren):
                rij(
                    "",
                    "",
                    None,
                    "waarvan weerstandsvermogen",
                    "stand",
                    dict(self.weerstandsvermogen),
                )
                rij(
                    "",
                    "",
                    None,
                    "waarvan bestemmingsreserve",
                    "stand",
                    {j: self.bestemmingsreserve(j) for j in self.jaren},
                )
        rij(
            "",
            "",
            None,
            "signaleringswaarde",
            "norm",
            {j: self.signaleringswaarde(j) for j in self.jaren},
        )
        return rijen

    def _repr_html_(self) -> str:
        rijen = self.rijen()
        vet = [i for i, r in enumerate(rijen) if r["soort"] in ("subtotaal", "totaal")]
        return html_tabel(
            ["regel", *map(str, self.jaren)],
            [[r["regel"], *(euro(cast(Decimal, r[str(j)])) for j in self.jaren)] for r in rijen],
            titel=self.naam,
            rechts=range(1, len(self.jaren) + 1),
            vet=vet,
        )
