"""Ontwikkelingsperspectief (OPP) en handelingsdeel (rules.md §5): wat een OPP vastlegt en de
termijnen die ervoor lopen. Wanneer een OPP verplicht is (OPP-01) staat in
:mod:`passend._opp_behoefte` (``OppVereist`` en ``opp_vereist`` worden hier opnieuw
geëxporteerd); de toetsen van de procedure staan in :mod:`passend._opp_toets`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

from passend import termijnen
from passend._beleid import Beleid, OppTermijnVanaf
from passend._fouten import OngeldigeInvoer
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender
from passend._opp_behoefte import (
    Blijk,
    OppVereist,
    behoefte,
    inschrijving_op,
    opp_artikel,
    opp_vereist,
    vereist,
)
from passend._partijen import Leerling, School
from passend._waarden import (
    als_datums,
    als_teksten,
    controleer_datum,
    elk,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst,
    is_type,
    kalenderdag,
    niet_voor,
    plus,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave
from passend.termijnen import Termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "ExtraOndersteuning",
    "Handelingsdeel",
    "Instemmer",
    "Opp",
    "OppStart",
    "OppVereist",
    "Symbiose",
    "huidig_opp",
    "lopende",
    "opp_start",
    "opp_vereist",
]

#: Dagen na een nominaal einde waarbinnen de Atw dat einde nog kan verschuiven. Berekend, geen
#: regel uit rules.md: in elk jaar waarvan de Kalender de KB-lijst kent, verschuift de Atw een
#: einde ten hoogste :data:`ATW_GROOTSTE_VERSCHUIVING` dagen; weekends en de feestdagen van Atw
#: art. 3 lid 1-2 alleen geven ten hoogste 4 (2017-2030; tests/test_opp.py controleert beide).
#: De rest laat ruimte voor de KB-dagen van een jaar waarvan de lijst niet bekend is.
ATW_MARGE: Final = dt.timedelta(days=10)
#: De grootste Atw-verschuiving van een einde over de jaren met een bekende KB-lijst
#: (2024-12-25 → 12-30).
ATW_GROOTSTE_VERSCHUIVING: Final = 5
#: De OPP-termijn: "uiterlijk binnen zes weken na de inschrijving" (OPP-02).
ZES_WEKEN: Final = dt.timedelta(weeks=6)


@attrs.frozen(kw_only=True)
class ExtraOndersteuning(Weergave):
    """Extra ondersteuning (boven de basisondersteuning) die de leerling op ``school`` krijgt.

    In regulier PO en VO is dit een van de feiten die de behoefte aan een OPP laten zien
    (OPP-01); een vastgelegd ``tot`` beëindigt de behoefte die oudere feiten (een aanmelding,
    een OPP) lieten zien.
    """

    #: De leerling die de ondersteuning krijgt.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school die de ondersteuning geeft.
    school: School = attrs.field(validator=is_type(School))
    #: De eerste dag van de ondersteuning.
    vanaf: dt.date = attrs.field(validator=is_datum)
    #: De dag waarop de ondersteuning stopte (die dag zelf telt niet mee); ``None``: loopt nog.
    tot: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("vanaf", "het begin")]
    )

    def stand_op(self, op: dt.date) -> ExtraOndersteuning | None:
        """Deze ondersteuning zoals bekend op ``op``: ``None`` vóór het begin; een later einde
        valt weg."""
        if self.vanaf > controleer_datum("op", op):
            return None
        return vervang(self, tot=tot_en_met(self.tot, op))


class Instemmer(enum.Enum):
    """Wie instemt met het handelingsdeel (OPP-04)."""

    #: De ouders.
    OUDERS = "ouders"
    #: De VSO-leerling die meerderjarig en handelingsbekwaam is. passend controleert de school
    #: en de leeftijd; de handelingsbekwaamheid beoordeelt de school, en zij legt dat vast met
    #: deze keuze.
    MEERDERJARIGE_LEERLING = "meerderjarige, handelingsbekwame vso-leerling"


@attrs.frozen(kw_only=True)
class Symbiose(Weergave):
    """Het deel van het programma dat op een andere school wordt gevolgd, zoals vastgelegd in
    het OPP (symbiose, OVR-01).

    Het OPP moet duur, inhoud en omvang noemen, en beide bevoegde gezagen ondertekenen het.
    Onbekende delen blijven ``None``; ``passend.toets`` meldt ze.
    """

    #: De school waar het deel van het programma wordt gevolgd.
    andere_school: School = attrs.field(validator=is_type(School))
    #: De eerste dag van de symbiose.
    begin: dt.date = attrs.field(validator=is_datum)
    #: De laatste dag van de symbiose; ``None``: niet vastgelegd.
    einde: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("begin", "het begin")]
    )
    #: De inhoud van het programma op de andere school; leeg: niet vastgelegd.
    inhoud: str = attrs.field(default="", validator=is_tekst)
    #: De omvang, in procent van het programma (1 tot en met 100); ``None``: niet vastgelegd.
    omvang_procent: int | None = attrs.field(default=None)
    #: De dag waarop beide bevoegde gezagen tekenden; ``None``: niet ondertekend.
    ondertekend_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @omvang_procent.validator
    def _check_omvang(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 100
        ):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een percentage van 1 tot 100")


@attrs.frozen(kw_only=True)
class Handelingsdeel(Weergave):
    """De ondersteuning en begeleiding die de school biedt, en de afwijkingen van het programma
    (OPP-03)."""

    #: De ondersteuning en begeleiding die de school biedt; leeg: niet beschreven.
    ondersteuning: str = attrs.field(validator=is_tekst)
    #: De afwijkingen van het onderwijsprogramma; ``None``: niet vastgelegd.
    afwijkingen: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_tekst)
    )


@attrs.frozen(kw_only=True)
class Opp(Weergave):
    """Een OPP zoals vastgesteld door het bevoegd gezag.

    Ontbrekende delen worden als ontbrekend vastgelegd (lege tekst, lege tuple,
    ``handelingsdeel=None``); ``passend.toets`` meldt ze.
    """

    #: De leerling van het OPP.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school die het OPP vaststelde.
    school: School = attrs.field(validator=is_type(School))
    #: De dag waarop het bevoegd gezag het OPP vaststelde.
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    #: De verwachte uitstroombestemming; leeg: ontbreekt.
    uitstroombestemming: str = attrs.field(validator=is_tekst)
    #: De belemmerende factoren die de onderbouwing noemt; leeg: ontbreken.
    belemmerende_factoren: tuple[str, ...] = attrs.field(
        converter=als_teksten, validator=elk(is_tekst)
    )
    #: De bevorderende factoren die de onderbouwing noemt; leeg: ontbreken.
    bevorderende_factoren: tuple[str, ...] = attrs.field(
        converter=als_teksten, validator=elk(is_tekst)
    )
    #: Het handelingsdeel; ``None``: ontbreekt.
    handelingsdeel: Handelingsdeel | None = attrs.field(
        validator=attrs.validators.optional(is_type(Handelingsdeel))
    )
    #: De dag waarop ``instemming_door`` instemde met het handelingsdeel; ``None``: geen
    #: instemming vastgelegd.
    instemming_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De dagen waarop het OPP is geëvalueerd.
    evaluaties: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_datums, validator=elk(is_datum)
    )
    #: De dag waarop de leerling bij het opstellen is gehoord (hoorrecht vanaf 2025-08-01);
    #: ``None``: niet vastgelegd.
    leerling_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De dag van het op overeenstemming gericht overleg (OOGO) met de ouders; ``None``: niet
    #: vastgelegd.
    oogo_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Wie instemt met het handelingsdeel: de ouders, of de meerderjarige, handelingsbekwame
    #: VSO-leerling.
    instemming_door: Instemmer = attrs.field(default=Instemmer.OUDERS, validator=is_enum(Instemmer))
    #: De dagen waarop het OPP is bijgesteld.
    aanpassingen: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_datums, validator=elk(is_datum)
    )
    #: De evaluatie- en bijstellingsdagen waarop de leerling is gehoord (hoorrecht vanaf
    #: 2025-08-01).
    leerling_gehoord_bij: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_datums, validator=elk(is_datum)
    )
    #: Het deel van het programma op een andere school; ``None``: geen symbiose.
    symbiose: Symbiose | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_type(Symbiose))
    )

    def stand_op(self, op: dt.date) -> Opp | None:
        """Dit OPP zoals bekend op ``op``: ``None`` vóór de vaststelling; latere feiten vallen
        weg."""
        if self.vastgesteld_op > controleer_datum("op", op):
            return None
        symbiose = self.symbiose
        if symbiose is not None:
            symbiose = vervang(symbiose, ondertekend_op=tot_en_met(symbiose.ondertekend_op, op))
        return vervang(
            self,
            instemming_op=tot_en_met(self.instemming_op, op),
            evaluaties=[d for d in self.evaluaties if d <= op],
            leerling_gehoord_op=tot_en_met(self.leerling_gehoord_op, op),
            oogo_op=tot_en_met(self.oogo_op, op),
            aanpassingen=[d for d in self.aanpassingen if d <= op],
            leerling_gehoord_bij=[d for d in self.leerling_gehoord_bij if d <= op],
            symbiose=symbiose,
        )

    def volgende_evaluatie_uiterlijk(self) -> dt.date:
        """De laatste dag van het schooljaar na dat van de laatste evaluatie (of vaststelling).

        Het OPP wordt ten minste eens per schooljaar geëvalueerd (OPP-05); een schooljaar loopt
        van 1 augustus tot en met 31 juli.

        Grondslag:
            WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-05).
        """
        laatste = max((self.vastgesteld_op, *self.evaluaties))
        return kalenderdag(_schooljaar(laatste) + 2, 7, 31, veld="evaluaties")


def _schooljaar(d: dt.date) -> int:
    """The calendar year in which the school year of ``d`` began (1 August)."""
    return d.year if d.month >= 8 else d.year - 1


# --- The OPP term and the current OPP (OPP-02, OPP-05) -----------------------------------------


@attrs.frozen
class OppStart:
    """Waar en vanaf wanneer de OPP-termijn loopt."""

    #: De school waarvoor de OPP-termijn loopt.
    school: School
    #: De dag van inschrijving op die school: de wettelijke start.
    ingeschreven_op: dt.date
    #: De start volgens het beleid.
    start: dt.date
    #: Hoe de uitleg die start noemt (bijvoorbeeld "de inschrijving").
    aanleiding: str = "de inschrijving"

    @property
    def nominaal_einde(self) -> dt.date:
        """Zes weken na ``start``, vóór verschuiving door de Atw."""
        return plus(self.start, ZES_WEKEN)

    @property
    def wettelijk_nominaal_einde(self) -> dt.date:
        """Zes weken na de inschrijving, de wettelijke norm; voor een behoefte die later ontstond
        (geen wettelijke termijn, OQ 8) het einde volgens het beleid."""
        if self.start > plus(self.ingeschreven_op, ZES_WEKEN):
            return self.nominaal_einde
        return plus(self.ingeschreven_op, ZES_WEKEN)

    def termijn(self, kalender: Kalender, beleid: Beleid) -> Termijn:
        """De OPP-termijn als :class:`Termijn`; bij een start volgens beleid staat het wettelijke
        einde ernaast.

        Voor een behoefte die meer dan zes weken na de inschrijving ontstond, geeft de wet geen
        termijn (OQ 8): de termijn is dan alleen die van het beleid, en de uitleg zegt dat.
        """
        soort = self.school.soort
        if self.start == self.ingeschreven_op:
            return termijnen.opp_termijn(self.start, schoolsoort=soort, kalender=kalender)
        termijn = termijnen.opp_termijn(self.start, schoolsoort=soort, kalender=kalender)
        uitleg = termijn.uitleg.replace("na inschrijving", f"na {self.aanleiding}")
        uitleg += f" Volgens beleid '{beleid.naam}' telt {self.aanleiding};"
        if self.start > plus(self.ingeschreven_op, ZES_WEKEN):
            return attrs.evolve(
                termijn,
                uitleg=f"{uitleg} de wet noemt alleen de inschrijving en geeft geen termijn voor "
                "een behoefte die later ontstond (open vraag 8).",
                beleid=beleid.naam,
            )
        wettelijk = termijnen.opp_termijn(
            self.ingeschreven_op, schoolsoort=soort, kalender=kalender
        )
        return attrs.evolve(
            termijn,
            uitleg=f"{uitleg} de wet noemt de inschrijving (uiterlijk "
            f"{wettelijk.einde.isoformat()}).",
            wettelijk_einde=wettelijk.einde,
            beleid=beleid.naam,
        )


def later_ontstaan(dossier: Dossier, op: dt.date) -> tuple[Inschrijving, Blijk] | None:
    """De inschrijving op een reguliere school en het eerste feit dat daar op ``op`` de
    behoefte laat zien, als die behoefte meer dan zes weken na de inschrijving bleek (OQ 8)."""
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None or inschrijving.school.soort.gespecialiseerd:
        return None
    blijken = behoefte(dossier, inschrijving, op)
    if not blijken or blijken[0].sinds <= plus(inschrijving.ingeschreven_op, ZES_WEKEN):
        return None
    return inschrijving, blijken[0]


def opp_start(dossier: Dossier, op: dt.date, beleid: Beleid) -> OppStart | None:
    """Waar en vanaf wanneer de OPP-termijn van 6 weken loopt voor het OPP dat op ``op``
    verplicht is (OPP-02).

    De termijn loopt vanaf de inschrijving; met ``OppTermijnVanaf.START_ONDERSTEUNING`` vanaf
    de dag waarop de behoefte voor het eerst bleek (``behoefte``), als die later ligt (OQ 8).
    Onder de wettelijke standaard heeft een behoefte op een reguliere school die meer dan zes
    weken na de inschrijving bleek geen termijn: de wet noemt alleen de inschrijving
    (``passend.aandachtspunten`` zegt dat). Een OPP dat alleen voor symbiose of de Variawet
    verplicht is, heeft evenmin een wettelijke termijn.
    """
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None:
        return None
    school, ingeschreven_op = inschrijving.school, inschrijving.ingeschreven_op
    if school.soort.gespecialiseerd:
        return OppStart(school, ingeschreven_op, ingeschreven_op)
    blijken = behoefte(dossier, inschrijving, op)
    if not blijken:
        return None
    eerste = blijken[0]
    if beleid.opp_termijn_vanaf is OppTermijnVanaf.START_ONDERSTEUNING:
        return OppStart(school, ingeschreven_op, eerste.sinds, eerste.aanleiding)
    if eerste.sinds > plus(ingeschreven_op, ZES_WEKEN):
        return None
    return OppStart(school, ingeschreven_op, ingeschreven_op)


def huidig_opp(dossier: Dossier, op: dt.date) -> Opp | None:
    """Het laatste OPP van de school waar de leerling staat ingeschreven, zolang daar een OPP
    verplicht is.

    Een OPP dat niet meer verplicht is (de extra ondersteuning stopte), hoeft niet te worden
    geëvalueerd.
    """
    oordeel = vereist(dossier, op)
    if not oordeel.vereist:
        return None
    opps = [o for o in dossier.opps if o.school == oordeel.school]
    return max(opps, key=lambda o: o.vastgesteld_op) if opps else None


def lopende(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Termijn]:
    """De OPP-termijn (zolang er geen OPP is vastgesteld) en de volgende evaluatie van het
    huidige OPP.

    Grondslag:
        WPO art. 40a lid 1, WEC art. 41a, WVO 2020 art. 2.44 (OPP-02, OPP-05); Atw art. 1.
    """
    start = opp_start(dossier, op, beleid)
    # A term whose nominal end lies more than the Atw margin before ``op`` no longer runs,
    # and is not computed (an old year may lack its Atw calendar).
    if (
        start is not None
        and not any(o.school == start.school for o in dossier.opps)
        and op <= plus(start.nominaal_einde, ATW_MARGE)
    ):
        yield start.termijn(kalender, beleid)
    huidig = huidig_opp(dossier, op)
    if huidig is not None:
        laatste = max((huidig.vastgesteld_op, *huidig.evaluaties))
        uiterlijk = huidig.volgende_evaluatie_uiterlijk()
        yield Termijn(
            naam="Evaluatie ontwikkelingsperspectief",
            begin=plus(laatste, dt.timedelta(days=1)),
            nominaal_einde=uiterlijk,
            einde=uiterlijk,
            grondslag=(opp_artikel(huidig.school),),
            uitleg="Het OPP wordt ten minste eens per schooljaar (1 augustus tot en met 31 juli) "
            f"geëvalueerd. De laatste evaluatie of vaststelling was op {laatste.isoformat()}. Het "
            "schooljaar daarna moet er een evaluatie zijn, dus uiterlijk op "
            f"{uiterlijk.isoformat()}. Dit is geen termijn in weken; de Algemene termijnenwet "
            "verschuift dit einde niet.",
            atw_toegepast=False,
        )
