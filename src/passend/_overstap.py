"""De overstap van groep 8 naar het voortgezet onderwijs (overstap po→vo): records en kalender.

De records zijn feiten zoals de basisschool, de vo-school en het SWV VO ze vastleggen: het
voorlopig en het definitief schooladvies, de doorstroomtoets, de heroverweging, het
onderwijskundig rapport, het MDO van Zuid-Kennemerland, een loting, het brugklasbesluit en de
lwoo-aanwijzing. :func:`overstapkalender` geeft de vaste datums van een schooljaar uit de
pakketgegevens, met een bron per datum (rules.md PV-01, PV-04). Of de stappen volgens de regels
zijn gezet, beoordeelt ``passend.toets`` (module ``_overstap_toets``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from passend._bronnen import Bron, Zekerheid
from passend._fouten import NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._partijen import Leerling, Samenwerkingsverband, School, Sector
from passend._waarden import (
    als_bronnen,
    als_mdodeelnemers,
    als_overstapmomenten,
    controleer_datum,
    controleer_soort,
    elk_een,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_leeg,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave

__all__ = [
    "Adviessoort",
    "Brugklasbesluit",
    "Brugklasgrond",
    "Doorstroomtoets",
    "Heroverweging",
    "Loting",
    "Lotingsuitkomst",
    "LwooAanwijzing",
    "Mdo",
    "Mdodeelnemer",
    "Mdosoort",
    "Niveau",
    "OnderwijskundigRapport",
    "Overstapkalender",
    "Overstapmoment",
    "Regime",
    "Schooladvies",
    "overstapkalender",
    "schooljaar",
]

_G, _S, _O = Zekerheid.GEVERIFIEERD, Zekerheid.BRONDOCUMENT, Zekerheid.ONGEVERIFIEERD
# Articles of the Wet doorstroomtoetsen po were not seen (rules.md PV-01 (b), OQ A1).
WPO_SCHOOLADVIES = Bron(
    wet="WPO", artikel="42 (schooladvies, Wet doorstroomtoetsen po)", zekerheid=_O, regel="PV-01"
)
WPO_HEROVERWEGING = Bron(
    wet="WPO", artikel="heroverweging (Wet doorstroomtoetsen po)", zekerheid=_O, regel="PV-02"
)
WPO_OKR = Bron(wet="WPO", artikel="42", zekerheid=_G, regel="PV-03")
WEC_OKR = Bron(wet="WEC", artikel="43", zekerheid=_G, regel="PV-03")
WVO_SCHOOLADVIES_LEIDEND = Bron(
    wet="WVO 2020", artikel="toelating op het schooladvies", zekerheid=_O, regel="PV-03"
)
WVO_LOTING = Bron(wet="WVO 2020", artikel="8.9", lid="1-3", zekerheid=_S, regel="PV-05")
KAMERBRIEF_LOTING = Bron(
    wet="Staatssecretaris OCW (Dekker), antwoord op Kamervragen en brief 20-12-2016",
    artikel="loting en voorkeurslijsten",
    zekerheid=_G,
    regel="PV-05",
)
WVO_PRO_LWOO = Bron(
    wet="Uitvoeringsbesluit WVO 2020", artikel="criteria lwoo en pro", zekerheid=_O, regel="PV-06"
)
ZK_OVERSTAP = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 6.1.4",
    zekerheid=_S,
    regel="PV-07",
)


class Niveau(enum.Enum):
    """Het niveau van een schooladvies, toetsadvies of brugklas, van laag naar hoog.

    Een gecombineerd niveau (``HAVO_VWO``) ligt tussen zijn delen, zodat een advies een half
    niveau omhoog kan (PV-02: havo → havo/vwo). Praktijkonderwijs is het laagste: PV-03 en PV-06
    behandelen het als een schoolsoort onder de vmbo-leerwegen, waarvoor het advies niet leidend
    is.

    >>> Niveau.HAVO < Niveau.HAVO_VWO < Niveau.VWO
    True
    >>> max(Niveau.VMBO_KB, Niveau.PRO).value
    'vmbo-kb'
    """

    #: Praktijkonderwijs.
    PRO = "pro"
    #: Vmbo basisberoepsgerichte leerweg.
    VMBO_BB = "vmbo-bb"
    #: Vmbo basis- of kaderberoepsgerichte leerweg (gecombineerd).
    VMBO_BB_KB = "vmbo-bb/kb"
    #: Vmbo kaderberoepsgerichte leerweg.
    VMBO_KB = "vmbo-kb"
    #: Vmbo kaderberoepsgerichte of gemengde/theoretische leerweg (gecombineerd).
    VMBO_KB_GT = "vmbo-kb/gt"
    #: Vmbo gemengde/theoretische leerweg.
    VMBO_GT = "vmbo-gt"
    #: Vmbo gemengde/theoretische leerweg of havo (gecombineerd).
    VMBO_GT_HAVO = "vmbo-gt/havo"
    #: Havo.
    HAVO = "havo"
    #: Havo of vwo (gecombineerd).
    HAVO_VWO = "havo/vwo"
    #: Vwo.
    VWO = "vwo"

    @property
    def rang(self) -> int:
        """Plaats van laag (0, PrO) naar hoog."""
        return _RANG[self]

    @property
    def ondergrens(self) -> Niveau:
        """Het lagere deel van een gecombineerd niveau, anders het niveau zelf: een vo-school die
        een leerling met havo/vwo-advies in de havo plaatst, blijft binnen het advies (PV-03).

        Grondslag:
            WVO 2020 zoals gewijzigd door de Wet doorstroomtoetsen po: toelating op het
            schooladvies (PV-03).

        >>> Niveau.HAVO_VWO.ondergrens.value, Niveau.VWO.ondergrens.value
        ('havo', 'vwo')
        """
        return _ONDERGRENS.get(self, self)

    def __lt__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang < ander.rang

    def __le__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang <= ander.rang

    def __gt__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang > ander.rang

    def __ge__(self, ander: object) -> bool:
        if not isinstance(ander, Niveau):
            return NotImplemented
        return self.rang >= ander.rang


_RANG = {niveau: i for i, niveau in enumerate(Niveau)}
_ONDERGRENS = {
    Niveau.VMBO_BB_KB: Niveau.VMBO_BB,
    Niveau.VMBO_KB_GT: Niveau.VMBO_KB,
    Niveau.VMBO_GT_HAVO: Niveau.VMBO_GT,
    Niveau.HAVO_VWO: Niveau.HAVO,
}


class Adviessoort(enum.Enum):
    """Voorlopig (januari) of definitief (uiterlijk 24 maart) schooladvies (PV-01)."""

    #: Het voorlopig schooladvies, vóór de doorstroomtoets.
    VOORLOPIG = "voorlopig"
    #: Het definitief schooladvies (onder het eindtoetsregime: het enige advies).
    DEFINITIEF = "definitief"


class Regime(enum.Enum):
    """De wettelijke regeling die in een schooljaar geldt (PV-01)."""

    #: Tot en met 2022-2023: schooladvies vóór 1 maart, daarna de eindtoets.
    EINDTOETS = "eindtoets"
    #: Vanaf 2023-2024: voorlopig advies, doorstroomtoets, definitief advies.
    DOORSTROOMTOETS = "doorstroomtoets"


class Mdosoort(enum.Enum):
    """Soort multidisciplinair overleg in Zuid-Kennemerland (PV-07)."""

    #: Overdrachts-MDO: naar een reguliere vo-school.
    MDO_O = "MDO-O"
    #: Toelatings-MDO: naar PrO of VSO (TLV van het SWV VO).
    MDO_T = "MDO-T"


class Mdodeelnemer(enum.Enum):
    """Wie aan een MDO deelnam."""

    #: De ouders.
    OUDERS = "ouders"
    #: De basisschool.
    BASISSCHOOL = "basisschool"
    #: De vo-school (ook PrO of VSO).
    VO_SCHOOL = "vo-school"
    #: De leerling zelf.
    LEERLING = "leerling"
    #: Het samenwerkingsverband.
    SWV = "samenwerkingsverband"
    #: Een andere deelnemer.
    ANDERS = "anders"


class Lotingsuitkomst(enum.Enum):
    """Uitkomst van een loting voor een aanmelding in het vo (PV-05)."""

    #: De leerling is ingeloot.
    INGELOOT = "ingeloot"
    #: De leerling is uitgeloot.
    UITGELOOT = "uitgeloot"


class Brugklasgrond(enum.Enum):
    """Waarop een vo-school haar besluit over het brugklasniveau of een weigering baseerde
    (PV-03)."""

    #: Het definitief schooladvies.
    SCHOOLADVIES = "definitief schooladvies"
    #: Het toetsadvies van de doorstroomtoets.
    TOETSADVIES = "toetsadvies"
    #: De school biedt het geadviseerde niveau niet aan.
    NIVEAU_NIET_AANGEBODEN = "school biedt het geadviseerde niveau niet aan"
    #: Een andere grond.
    ANDERS = "andere grond"


def _zelfde_leerling(veld: str, leerling: Leerling, ander: Leerling) -> None:
    if ander != leerling:
        raise TegenstrijdigDossier(veld, ander.id, "hoort bij een andere leerling")


@attrs.frozen(kw_only=True)
class Schooladvies(Weergave):
    """Een schooladvies van de basisschool: voorlopig of definitief, het niveau, en wanneer.

    Onder het eindtoetsregime (tot en met 2022-2023) wordt het ene advies als definitief
    vastgelegd.
    """

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De basisschool die het advies gaf.
    school: School = attrs.field(validator=is_type(School))
    #: Voorlopig of definitief.
    soort: Adviessoort = attrs.field(validator=is_enum(Adviessoort))
    #: Het geadviseerde niveau.
    niveau: Niveau = attrs.field(validator=is_enum(Niveau))
    #: De dag waarop het advies is gegeven.
    gegeven_op: dt.date = attrs.field(validator=is_datum)

    def stand_op(self, op: dt.date) -> Schooladvies | None:
        """Dit advies zoals bekend op ``op``: None vóór het is gegeven."""
        controleer_datum("op", op)
        return self if self.gegeven_op <= op else None


@attrs.frozen(kw_only=True)
class Doorstroomtoets(Weergave):
    """De uitslag van de doorstroomtoets (vóór 2023-2024: de eindtoets) zoals de school die
    ontving."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De basisschool.
    school: School = attrs.field(validator=is_type(School))
    #: De dag van de uitslag of van de vrijstelling.
    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    #: Of het bevoegd gezag de leerling vrijstelde (zml, meervoudig gehandicapt, korter dan vier
    #: jaar in Nederland); er is dan geen ``toetsadvies`` en het voorlopig advies is definitief
    #: (PV-01).
    vrijgesteld: bool = attrs.field()
    #: Het toetsadvies; None alleen bij vrijstelling.
    toetsadvies: Niveau | None = attrs.field()

    @vrijgesteld.validator
    def _check_vrijgesteld(self, attribute: attrs.Attribute[bool], value: object) -> None:
        if not isinstance(value, bool):
            raise OngeldigeInvoer(attribute.name, value, "verwacht True of False")

    @toetsadvies.validator
    def _check_advies(self, attribute: attrs.Attribute[Niveau | None], value: object) -> None:
        if value is not None and not isinstance(value, Niveau):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een Niveau of None")
        if (value is None) != self.vrijgesteld:
            raise TegenstrijdigDossier(
                attribute.name,
                value,
                "een toetsadvies hoort bij een gemaakte toets, geen toetsadvies bij vrijstelling",
            )

    def stand_op(self, op: dt.date) -> Doorstroomtoets | None:
        """Deze uitslag zoals bekend op ``op``: None vóór hij binnenkwam."""
        controleer_datum("op", op)
        return self if self.ontvangen_op <= op else None


@attrs.frozen(kw_only=True)
class Heroverweging(Weergave):
    """De school heroverwoog het advies na een hoger toetsadvies (PV-02)."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De basisschool.
    school: School = attrs.field(validator=is_type(School))
    #: De dag van de heroverweging.
    op: dt.date = attrs.field(validator=is_datum)
    #: Het niveau na de heroverweging (het voorlopige niveau als het advies niet omhoog ging).
    niveau: Niveau = attrs.field(validator=is_enum(Niveau))
    #: De vastgelegde redenen om het advies niet (helemaal) te verhogen; None als er geen zijn
    #: vastgelegd (``passend.toets`` meldt dat waar redenen verplicht zijn).
    redenen: str | None = attrs.field(default=None)

    @redenen.validator
    def _check_redenen(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is not None:
            niet_leeg(self, attribute, value)

    def stand_op(self, op: dt.date) -> Heroverweging | None:
        """Deze heroverweging zoals bekend op ``op``: None vóór ze plaatsvond."""
        controleer_datum("op", op)
        return self if self.op <= op else None


@attrs.frozen(kw_only=True)
class OnderwijskundigRapport(Weergave):
    """Het onderwijskundig rapport (OKR) dat de school van vertrek opstelde voor de ontvangende
    school."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school van vertrek, die het rapport opstelde.
    school: School = attrs.field(validator=is_type(School))
    #: De ontvangende school.
    aan: School = attrs.field(validator=is_type(School))
    #: De dag waarop het rapport is opgesteld.
    opgesteld_op: dt.date = attrs.field(validator=is_datum)
    #: De dag waarop de ouders hun kopie kregen; None: niet vastgelegd.
    kopie_ouders_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("opgesteld_op", "het rapport")]
    )

    def stand_op(self, op: dt.date) -> OnderwijskundigRapport | None:
        """Dit OKR zoals bekend op ``op``: None vóór het is opgesteld."""
        controleer_datum("op", op)
        if self.opgesteld_op > op:
            return None
        return vervang(self, kopie_ouders_op=tot_en_met(self.kopie_ouders_op, op))


@attrs.frozen(kw_only=True)
class Mdo(Weergave):
    """Een multidisciplinair overleg over de overstap in Zuid-Kennemerland (PV-07)."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: Overdrachts- of toelatings-MDO.
    soort: Mdosoort = attrs.field(validator=is_enum(Mdosoort))
    #: De dag van het overleg.
    op: dt.date = attrs.field(validator=is_datum)
    #: De basisschool.
    basisschool: School = attrs.field(validator=is_type(School))
    #: De vo-, PrO- of VSO-school die deelneemt.
    vo_school: School = attrs.field(validator=is_type(School))
    #: Wie deelnamen.
    deelnemers: tuple[Mdodeelnemer, ...] = attrs.field(
        converter=als_mdodeelnemers, validator=elk_een(Mdodeelnemer)
    )
    #: De dag waarop de basisschool de onderwijsbehoeften op papier naar de vo-school stuurde;
    #: None: niet vastgelegd.
    behoeften_verstuurd_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    def stand_op(self, op: dt.date) -> Mdo | None:
        """Dit MDO zoals bekend op ``op``: None vóór het is gehouden (eerder verstuurde stukken
        blijven staan)."""
        controleer_datum("op", op)
        return self if self.op <= op else None


@attrs.frozen(kw_only=True)
class Loting(Weergave):
    """Een loting op een vo-school voor de aanmelding van de leerling daar (PV-05)."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De vo-school die loot.
    school: School = attrs.field(validator=is_type(School))
    #: De dag waarop bekend werd dat de school voor deze aanmelding loot (de zorgplicht wacht
    #: dan op de uitkomst).
    bekend_op: dt.date = attrs.field(validator=is_datum)
    #: Ingeloot of uitgeloot; None tot de loting.
    uitkomst: Lotingsuitkomst | None = attrs.field(default=None)
    #: De dag van de loting; None tot de loting.
    uitkomst_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("bekend_op", "het bekend worden")]
    )

    @uitkomst.validator
    def _check_uitkomst(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            is_enum(Lotingsuitkomst)(self, attribute, value)

    def __attrs_post_init__(self) -> None:
        if (self.uitkomst is None) != (self.uitkomst_op is None):
            raise TegenstrijdigDossier(
                "uitkomst", self.uitkomst, "een uitkomst hoort bij een datum van de loting"
            )

    def stand_op(self, op: dt.date) -> Loting | None:
        """Deze loting zoals bekend op ``op``: None vóór ze bekend was; de uitkomst vanaf de dag
        van de loting."""
        controleer_datum("op", op)
        if self.bekend_op > op:
            return None
        if self.uitkomst_op is not None and self.uitkomst_op > op:
            return vervang(self, uitkomst=None, uitkomst_op=None)
        return self


@attrs.frozen(kw_only=True)
class Brugklasbesluit(Weergave):
    """Het besluit van de vo-school over de brugklas: geplaatst op ``niveau`` of geweigerd, en op
    welke grond (PV-03)."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De vo-school.
    school: School = attrs.field(validator=is_type(School))
    #: De dag van het besluit.
    op: dt.date = attrs.field(validator=is_datum)
    #: Het brugklasniveau; None als de school de leerling weigerde.
    niveau: Niveau | None = attrs.field()
    #: Waarop de school het besluit baseerde.
    grond: Brugklasgrond = attrs.field(validator=is_enum(Brugklasgrond))

    @niveau.validator
    def _check_niveau(self, attribute: attrs.Attribute[Niveau | None], value: object) -> None:
        if value is not None:
            is_enum(Niveau)(self, attribute, value)

    def stand_op(self, op: dt.date) -> Brugklasbesluit | None:
        """Dit besluit zoals bekend op ``op``: None vóór het is genomen."""
        controleer_datum("op", op)
        return self if self.op <= op else None


@attrs.frozen(kw_only=True)
class LwooAanwijzing(Weergave):
    """Een aanvraag voor een aanwijzing leerwegondersteuning (lwoo) bij het SWV VO, en het
    besluit daarop. Geen TLV (PV-06)."""

    #: De leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: Het SWV VO dat over de aanwijzing beslist.
    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    #: De school die de aanvraag deed.
    aanvrager: School = attrs.field(validator=is_type(School))
    #: De dag van de aanvraag.
    aangevraagd_op: dt.date = attrs.field(validator=is_datum)
    #: De dag van het besluit; None zolang er niet is beslist.
    besluit_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("aangevraagd_op", "de aanvraag")]
    )
    #: Of de aanwijzing is afgegeven; None zolang er niet is beslist.
    afgegeven: bool | None = attrs.field(default=None, validator=is_bool_of_none)

    @swv.validator
    def _check_swv(self, attribute: attrs.Attribute[Samenwerkingsverband], value: Any) -> None:
        if value.sector is not Sector.VO:
            raise OngeldigeInvoer(attribute.name, value.id, "een lwoo-aanwijzing geeft een SWV VO")

    def __attrs_post_init__(self) -> None:
        if (self.afgegeven is None) != (self.besluit_op is None):
            raise TegenstrijdigDossier(
                "afgegeven", self.afgegeven, "een besluit heeft een datum en een uitkomst"
            )

    def stand_op(self, op: dt.date) -> LwooAanwijzing | None:
        """Deze aanvraag zoals bekend op ``op``: None vóór ze is gedaan; een later besluit valt
        weg."""
        controleer_datum("op", op)
        if self.aangevraagd_op > op:
            return None
        if self.besluit_op is not None and self.besluit_op > op:
            return vervang(self, besluit_op=None, afgegeven=None)
        return self


# --- The overstap calendar -----------------------------------------------------------------

_SCHOOLJAAR = re.compile(r"(\d{4})-(\d{4})")


def schooljaar(d: dt.date) -> str:
    """Het schooljaar (1 augustus - 31 juli) waarin ``d`` valt.

    >>> schooljaar(dt.date(2026, 3, 25)), schooljaar(dt.date(2026, 8, 1))
    ('2025-2026', '2026-2027')
    """
    begin = d.year if controleer_datum("d", d).month >= 8 else d.year - 1
    return f"{begin}-{begin + 1}"


@attrs.frozen(kw_only=True)
class Overstapmoment(Weergave):
    """Een vaste datum of periode van de overstap: van ``van`` tot en met ``tot``."""

    #: De naam van het moment (``"definitief schooladvies"``).
    naam: str = attrs.field(validator=niet_leeg)
    #: De eerste dag; None als het moment alleen een einddatum heeft.
    van: dt.date | None = attrs.field(validator=is_datum_of_none)
    #: De laatste dag.
    tot: dt.date = attrs.field(validator=[is_datum, niet_voor("van", "het begin")])
    #: De bron van de datum.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))


@attrs.frozen(kw_only=True)
class Overstapkalender(Weergave):
    """De vaste datums van de overstap in één schooljaar, elk met een bron.

    :meth:`moment` geeft :class:`~passend.NietBekend` voor een datum die niet in de
    pakketgegevens staat (niet nagekeken), nooit een gok.
    """

    #: Het schooljaar, als ``"2025-2026"``.
    schooljaar: str = attrs.field(validator=niet_leeg)
    #: De wettelijke regeling van het schooljaar.
    regime: Regime = attrs.field(validator=is_enum(Regime))
    #: De vaste momenten van het schooljaar.
    momenten: tuple[Overstapmoment, ...] = attrs.field(
        converter=als_overstapmomenten, validator=elk_een(Overstapmoment)
    )

    def moment(self, naam: str) -> Overstapmoment:
        """Het moment met de naam ``naam`` (``"voorlopig schooladvies"``, ``"doorstroomtoets"``,
        ``"toetsuitslag"``, ``"definitief schooladvies"``, ``"centrale aanmeldweek"``; onder het
        eindtoetsregime ``"schooladvies"`` en ``"eindtoets"``).

        Grondslag:
            WPO zoals gewijzigd door de Wet doorstroomtoetsen po en het tijdpad van OCW voor het
            schooljaar (PV-01); elk moment noemt zijn eigen bron.
        """
        controleer_soort("naam", naam, str)
        for m in self.momenten:
            if m.naam == naam:
                return m
        raise NietBekend(
            naam,
            self.schooljaar,
            "deze datum van de overstap is voor dit schooljaar niet geverifieerd (rules.md "
            "PV-01, OQ A1)",
        )


@functools.cache
def _kalenderdata() -> dict[str, Any]:
    tekst = resources.files("passend").joinpath("data/overstap.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(tekst)
    return data


def _bron(sleutel: str) -> Bron:
    ruw = _kalenderdata()["bronnen"][sleutel]
    return Bron(
        wet=ruw["wet"], artikel=ruw["artikel"], zekerheid=Zekerheid(ruw["zekerheid"]), regel="PV-01"
    )


def overstapkalender(jaar: str) -> Overstapkalender:
    """De overstapkalender van schooljaar ``jaar`` (``"2025-2026"``).

    Vaste kalenderdatums, geen termijnen in weken: de Atw verschuift ze niet (rules.md PV-01,
    OQ A3). Een schooljaar dat niet in de pakketgegevens staat, geeft
    :class:`~passend.NietBekend`.

    Grondslag:
        WPO zoals gewijzigd door de Wet doorstroomtoetsen po (PV-01, PV-04); de bron van elke
        datum staat in zijn ``grondslag``.

    >>> k = overstapkalender("2025-2026")
    >>> k.moment("definitief schooladvies").tot
    datetime.date(2026, 3, 24)
    >>> k.moment("doorstroomtoets")
    Traceback (most recent call last):
    ...
    passend._fouten.NietBekend: doorstroomtoets = '2025-2026': deze datum ...
    """
    if not isinstance(jaar, str) or not (m := _SCHOOLJAAR.fullmatch(jaar)):
        raise OngeldigeInvoer("jaar", jaar, "verwacht een schooljaar als '2025-2026'")
    if int(m[2]) != int(m[1]) + 1:
        raise OngeldigeInvoer("jaar", jaar, "een schooljaar loopt over twee opeenvolgende jaren")
    ruw = _kalenderdata()["schooljaren"].get(jaar)
    if ruw is None:
        raise NietBekend(
            "jaar", jaar, "voor dit schooljaar heeft passend geen geverifieerde overstapdatums"
        )
    momenten = tuple(
        Overstapmoment(
            naam=naam,
            van=None if w["van"] is None else dt.date.fromisoformat(w["van"]),
            tot=dt.date.fromisoformat(w["tot"]),
            grondslag=(_bron(w["bron"]),),
        )
        for naam, w in ruw["momenten"].items()
    )
    return Overstapkalender(schooljaar=jaar, regime=Regime(ruw["regime"]), momenten=momenten)
