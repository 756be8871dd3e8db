"""TOP-initiatief van SWV Zuid-Kennemerland: hoe het SWV zijn geld aan de scholen doorgeeft
(FIN-07, ondersteuningsplan Zuid-Kennemerland § 8.1.2 – 8.1.8). Regionaal beleid, geen wet: elke
regel hier komt uit het ondersteuningsplan, en de parameters staan in :class:`TopModel`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from passend._bronnen import (
    BEGROTING_ZK,
    TOP_BUDGET,
    TOP_INSTROOM,
    TOP_INSTROOM_VOORWAARDEN,
    TOP_TLV_OP_BAO,
    Bron,
)
from passend._fouten import NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._partijen import School, Schoolsoort
from passend._tlv import TlvCategorie
from passend._waarden import (
    als_bronnen,
    als_schoolbudgetregels,
    bevroren,
    controleer_datum,
    controleer_mapping,
    controleer_optie,
    controleer_soort,
    is_bool,
    is_datum,
    is_enum,
    is_type,
    niet_leeg,
    plus,
)
from passend._weergave import Weergave, html_tabel
from passend.bekostiging._geld import (
    controleer_aantal,
    controleer_bedrag,
    euro,
    is_aantal,
    is_bedrag,
    is_niet_negatief_bedrag,
    op_centen,
)
from passend.bekostiging._tarieven import Tarieven, kies_tarieven
from passend.bekostiging._velden import (
    controleer_jaar,
    grondslag_van,
    is_grondslag,
    is_jaar,
    reeks_van,
)

__all__ = [
    "Instroombudget",
    "Instroomsoort",
    "Schoolbudget",
    "Schoolbudgetregel",
    "TlvOpBao",
    "TopModel",
    "instroombudget",
    "schoolbudget",
    "tlv_op_bao",
]


def _bevroren(waarde: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return bevroren(waarde)


@attrs.frozen(kw_only=True)
class TopModel(Weergave):
    """Parameters van een TOP-verdeelmodel; :meth:`zuid_kennemerland` is de voorinstelling uit
    het ondersteuningsplan Zuid-Kennemerland.

    Elke parameter is verplicht: een eigen model neemt niets stil over van Zuid-Kennemerland, en
    noemt zijn eigen bron in ``grondslag``.

    >>> TopModel.zuid_kennemerland().bedrag_per_leerling[2024]
    Decimal('450')
    """

    #: Naam van het model, zoals antwoorden en foutmeldingen het noemen.
    naam: str = attrs.field(validator=niet_leeg)
    #: Ondersteuningsbedrag per leerling per kalenderjaar, vóór aftrek van plaatsingen, in euro.
    bedrag_per_leerling: Mapping[int, Decimal] = attrs.field(converter=_bevroren)
    #: Instroom- of terugplaatsingsbudget per leerling per jaar, in euro.
    instroombudget_per_jaar: Decimal = attrs.field(validator=is_niet_negatief_bedrag)
    #: Aantal jaren dat het instroom- of terugplaatsingsbudget loopt (ten minste 1).
    instroombudget_jaren: int = attrs.field()
    #: Eerste inschrijvingsdag waarvoor het instroom- of terugplaatsingsbudget wordt betaald.
    instroombudget_vanaf: dt.date = attrs.field(validator=is_datum)
    #: Aandeel van het SBO-tarief in het IKC-tarief (0 tot en met 1); de rest is SO categorie I.
    ikc_aandeel_sbo: Decimal = attrs.field()
    #: Groei of krimp van het IKC-leerlingaantal (als fractie) waarbinnen het volumebedrag
    #: gelijk blijft.
    ikc_bandbreedte: Decimal = attrs.field()
    #: "Per maand verrekend" (§ 8.1.4, § 8.1.5) zegt niet of de maand waarin de leerling
    #: vertrekt nog wordt betaald. De lezing van passend in de voorinstelling: ja (True); False
    #: verrekent ook die maand.
    uitstroommaand_telt_mee: bool = attrs.field(validator=is_bool)
    #: Het plan waar de parameters vandaan komen.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=is_grondslag)

    @classmethod
    def zuid_kennemerland(cls) -> TopModel:
        """SWV Zuid-Kennemerland: € 450 (2024), 430, 420, 385, € 365 (2028); € 8.000 per jaar
        gedurende twee jaar, voor een instroom vanaf de start van schooljaar 2023-24 (1 augustus
        2023, de eerste dag van een schooljaar); IKC 70 % SBO + 30 % SO-I; bandbreedte 3 %
        (ondersteuningsplan Zuid-Kennemerland § 6.1.3, § 8.1.2, § 8.1.5, § 8.1.6, § 12).

        § 12 belooft ten minste € 400 per leerling voor 2023-2026 (uit een bestemmingsreserve);
        de eigen rij van het plan zakt daaronder in 2027 en 2028, en passend houdt de rij zoals
        gedrukt.

        Grondslag:
            Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2 en § 12 (FIN-07).
        """
        return cls(
            naam="Zuid-Kennemerland (ondersteuningsplan 2024-2028)",
            bedrag_per_leerling={
                2024: Decimal("450"),
                2025: Decimal("430"),
                2026: Decimal("420"),
                2027: Decimal("385"),
                2028: Decimal("365"),
            },
            instroombudget_per_jaar=Decimal("8000"),
            instroombudget_jaren=2,
            instroombudget_vanaf=dt.date(2023, 8, 1),
            ikc_aandeel_sbo=Decimal("0.7"),
            ikc_bandbreedte=Decimal("0.03"),
            uitstroommaand_telt_mee=True,
            grondslag=(TOP_BUDGET, BEGROTING_ZK),
        )

    @bedrag_per_leerling.validator
    def _check_bedragen(self, attribute: attrs.Attribute[Any], value: Mapping[Any, Any]) -> None:
        for jaar, bedrag in controleer_mapping(attribute.name, value).items():
            controleer_jaar(f"{attribute.name} (jaar)", jaar)
            if controleer_bedrag(f"{attribute.name}[{jaar}]", bedrag) < 0:
                raise OngeldigeInvoer(f"{attribute.name}[{jaar}]", bedrag, "mag niet negatief zijn")

    @instroombudget_jaren.validator
    def _check_jaren(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if controleer_aantal(attribute.name, value) == 0:
            raise OngeldigeInvoer(attribute.name, value, "verwacht ten minste 1 jaar")

    @ikc_aandeel_sbo.validator
    @ikc_bandbreedte.validator
    def _check_fractie(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, Decimal) or not Decimal(0) <= value <= Decimal(1):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een Decimal van 0 tot en met 1")

    def bedrag(self, jaar: int) -> Decimal:
        """Het bedrag per leerling van ``jaar`` (:class:`~passend.NietBekend` buiten het plan)."""
        if controleer_jaar("jaar", jaar) not in self.bedrag_per_leerling:
            raise NietBekend("jaar", jaar, f"geen bedrag per leerling in het model {self.naam!r}")
        return self.bedrag_per_leerling[jaar]


def kies_model(model: TopModel | None) -> TopModel:
    """``model`` when given, else the Zuid-Kennemerland preset."""
    if model is None:
        return TopModel.zuid_kennemerland()
    if not isinstance(model, TopModel):
        raise OngeldigeInvoer("model", model, "verwacht een TopModel")
    return model


# --- Schoolbudget (§ 8.1.2) --------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Schoolbudgetregel(Weergave):
    """Eén regel van een schoolbudget: wat, hoeveel (exact) en waarom."""

    #: Wat de regel is, in woorden (``"200 leerlingen × € 450"``).
    omschrijving: str = attrs.field(validator=niet_leeg)
    #: Het exacte bedrag in euro, nog niet afgerond; negatief voor een aftrek.
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    #: De bron van de regel.
    bron: Bron = attrs.field(validator=is_type(Bron))


@attrs.frozen(kw_only=True)
class Schoolbudget:
    """Ondersteuningsbudget van één reguliere basisschool voor één jaar.

    ``totaal`` is de exacte som van de regels, één keer afgerond op centen.
    """

    #: Het kalenderjaar van het budget.
    jaar: int = attrs.field(validator=is_jaar)
    #: De regels van het budget, in volgorde.
    regels: tuple[Schoolbudgetregel, ...] = attrs.field(
        converter=als_schoolbudgetregels, validator=reeks_van(Schoolbudgetregel)
    )
    #: De bronnen van de berekening: het plan en elk gebruikt tarief.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=is_grondslag)

    @property
    def totaal(self) -> Decimal:
        """Som van de regels, aan het eind afgerond op centen."""
        return op_centen(sum((r.bedrag for r in self.regels), Decimal(0)))

    @property
    def uitleg(self) -> str:
        """Uitleg in woorden: elke regel, dan het totaal."""
        delen = [f"{r.omschrijving}: {euro(op_centen(r.bedrag))}" for r in self.regels]
        return (
            f"Ondersteuningsbudget {self.jaar}: "
            + "; ".join(delen)
            + (f". Totaal {euro(self.totaal)}.")
        )

    def rijen(self, *, als_getal: bool = False) -> list[dict[str, object]]:
        """Gewone rijen voor ``pandas.DataFrame``: ``omschrijving``, ``bedrag``, ``bron``;
        bedragen als ``Decimal`` in centen, of als ``float`` met ``als_getal=True``."""
        controleer_soort("als_getal", als_getal, bool)

        def bedrag(waarde: Decimal) -> Decimal | float:
            return float(waarde) if als_getal else waarde

        rijen: list[dict[str, object]] = [
            {
                "omschrijving": r.omschrijving,
                "bedrag": bedrag(op_centen(r.bedrag)),
                "bron": str(r.bron),
            }
            for r in self.regels
        ]
        return [*rijen, {"omschrijving": "totaal", "bedrag": bedrag(self.totaal), "bron": ""}]

    def _repr_html_(self) -> str:
        return html_tabel(
            ["omschrijving", "bedrag", "bron"],
            [[r.omschrijving, euro(op_centen(r.bedrag)), str(r.bron)] for r in self.regels]
            + [["totaal", euro(self.totaal), ""]],
            titel=f"Ondersteuningsbudget {self.jaar}",
            rechts=(1,),
            vet=[len(self.regels)],
        )


def schoolbudget(
    jaar: int,
    *,
    leerlingen: int,
    plaatsingen: int = 0,
    tlvs_op_bao: Sequence[TlvCategorie] = (),
    dws_plaatsingen: int = 0,
    dws_prijs: Decimal | None = None,
    model: TopModel | None = None,
    tarieven: Tarieven | None = None,
) -> Schoolbudget:
    """Ondersteuningsbudget van een reguliere school: leerlingen × bedrag per leerling, min de
    plaatsen die zij inkoopt in SBO/IKC/SO tegen het SBO-tarief, plus het geld voor haar TLV's
    op de bao.

    ``leerlingen`` is het aantal op de teldatum; ``plaatsingen`` zijn de leerlingen die de
    school in het gespecialiseerd onderwijs plaatste (sinds 2022-23 één bedrag: het SBO-tarief
    van ``jaar``); ``tlvs_op_bao`` zijn de categorieën van de TLV's die het SWV betaalt voor
    leerlingen op deze school. Een plaats in de Day a Week School (DWS) wordt ook per jaar
    ingekocht, maar het plan noemt de prijs niet bij naam (het losse "€ 1.350" in de tabel is
    waarschijnlijk die prijs): geef ``dws_prijs`` mee.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2 (FIN-07), of het plan van
        uw eigen ``model``; § 8.1.4 voor TLV's op de bao; tarieven: Regeling bekostiging WPO en
        WEC (FIN-05), met de bron van elk gebruikt tarief.

    >>> b = schoolbudget(2024, leerlingen=200, plaatsingen=2)
    >>> b.totaal
    Decimal('76730.96')
    >>> from passend.bekostiging import tarieven
    >>> goedkoper = attrs.evolve(tarieven(2024), sbo=Decimal("6000"))
    >>> schoolbudget(2024, leerlingen=200, plaatsingen=2, tarieven=goedkoper).totaal
    Decimal('78000.00')
    """
    controleer_jaar("jaar", jaar)
    m = kies_model(model)
    n = controleer_aantal("leerlingen", leerlingen)
    p = controleer_aantal("plaatsingen", plaatsingen)
    if not isinstance(tlvs_op_bao, list | tuple):
        raise OngeldigeInvoer("tlvs_op_bao", tlvs_op_bao, "verwacht een lijst van TlvCategorie")
    tlvs = tuple(tlvs_op_bao)
    for categorie in tlvs:
        if not isinstance(categorie, TlvCategorie):
            raise OngeldigeInvoer("tlvs_op_bao", categorie, "verwacht TlvCategorie-waarden")
    dws = controleer_aantal("dws_plaatsingen", dws_plaatsingen)
    if dws_prijs is not None and controleer_bedrag("dws_prijs", dws_prijs) < 0:
        raise OngeldigeInvoer("dws_prijs", dws_prijs, "mag niet negatief zijn")
    grondslag = list(m.grondslag)
    regels = [
        Schoolbudgetregel(
            omschrijving=f"{n} leerlingen × {euro(m.bedrag(jaar))}",
            bedrag=n * m.bedrag(jaar),
            bron=TOP_BUDGET,
        )
    ]
    if p or tlvs:
        t = kies_tarieven(jaar, tarieven)
        if p:
            grondslag.append(t.bron(TlvCategorie.SBO))
            regels.append(
                Schoolbudgetregel(
                    omschrijving=f"{p} plaatsingen ingekocht × SBO-tarief {euro(t.sbo)}",
                    bedrag=-p * t.sbo,
                    bron=TOP_BUDGET,
                )
            )
        for categorie in tlvs:
            regels.append(
                Schoolbudgetregel(
                    omschrijving=f"TLV op de bao ({categorie.value})",
                    bedrag=t.tarief(categorie),
                    bron=TOP_TLV_OP_BAO,
                )
            )
            grondslag.append(t.bron(categorie))
        if tlvs:
            grondslag.append(TOP_TLV_OP_BAO)
    if dws:
        if dws_prijs is None:
            raise NietBekend(
                "dws_prijs",
                None,
                "de prijs van een DWS-plaats staat niet in het ondersteuningsplan",
            )
        regels.append(
            Schoolbudgetregel(
                omschrijving=f"{dws} DWS-plaatsen ingekocht × {euro(dws_prijs)}",
                bedrag=-dws * dws_prijs,
                bron=TOP_BUDGET,
            )
        )
    return Schoolbudget(jaar=jaar, regels=regels, grondslag=grondslag_van(grondslag))


# --- Monthly settlement (§ 8.1.4, § 8.1.5) -----------------------------------------------


def _maand(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _maanden_recht(vanaf: dt.date, maanden: int, uit: dt.date | None, model: TopModel) -> int:
    """Months of ``maanden`` from ``vanaf`` the school keeps when the pupil leaves on ``uit``."""
    if uit is None:
        return maanden
    tot_en_met_uitstroommaand = _maand(uit) - _maand(vanaf) + 1
    if not model.uitstroommaand_telt_mee:
        tot_en_met_uitstroommaand -= 1
    return max(0, min(maanden, tot_en_met_uitstroommaand))


class Instroomsoort(enum.Enum):
    """Waarom een leerling met een budget op een reguliere school instroomt (§ 8.1.5)."""

    #: Terugplaatsing vanuit gespecialiseerd onderwijs (SBO, IKC, SO).
    TERUGPLAATSING = "terugplaatsing"
    #: Instroom met een voorschoolse TLV.
    VOORSCHOOLSE_TLV = "voorschoolse TLV"


@attrs.frozen(kw_only=True)
class Instroombudget(Weergave):
    """Instroom- of terugplaatsingsbudget van één leerling, met de verrekening per maand."""

    #: De soort instroom.
    soort: Instroomsoort = attrs.field(validator=is_enum(Instroomsoort))
    #: Of de school recht heeft op het budget; False als een voorwaarde van het plan niet is
    #: vervuld: dan wordt niets betaald (``maanden``, ``bedrag`` en ``verrekend`` zijn 0) en
    #: zegt ``uitleg`` welke voorwaarde.
    recht: bool = attrs.field(validator=is_bool)
    #: De dag van inschrijving op de reguliere school.
    ingeschreven_op: dt.date = attrs.field(validator=is_datum)
    #: Eerste dag van de periode waarin het budget loopt (of zou lopen): de eerste van de maand
    #: na de inschrijving.
    vanaf: dt.date = attrs.field(validator=is_datum)
    #: Laatste dag van die periode.
    tot_en_met: dt.date = attrs.field(validator=is_datum)
    #: Aantal maanden waarop de school recht heeft.
    maanden: int = attrs.field(validator=is_aantal)
    #: Het bedrag waarop de school recht heeft, in euro.
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    #: Het deel van het volle budget dat na uitschrijving wordt verrekend, in euro.
    verrekend: Decimal = attrs.field(validator=is_bedrag)
    #: De bronnen: het bedrag en de maanden (§ 8.1.5) en de voorwaarden (§ 6.1.3).
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    #: De berekening of de reden dat er geen budget is, in woorden.
    uitleg: str = attrs.field(validator=niet_leeg)


def _terugplaatsing(
    school: School | None, vanuit: School | None, eerdere: Sequence[School] | None
) -> list[str]:
    """The terugplaatsing conditions of § 6.1.3 that are not met (empty: all are).

    From a gespecialiseerde school "vallend onder het samenwerkingsverband" to a regular school
    "binnen ons samenwerkingsverband" (the same SWV), "indien dit niet de originele school was
    van de leerling of als de leerling niet eerder op een reguliere basisschool heeft gezeten".
    passend reads the original school as any regular basisschool the pupil attended before the
    placement (``eerdere``; empty: none), so a return to the first school or to the referring
    one gets nothing.
    """
    nodig = "nodig voor de voorwaarden van een terugplaatsing (§ 6.1.3)"
    if school is None:
        raise NietBekend("school", None, nodig)
    if vanuit is None:
        raise NietBekend("vanuit", None, nodig)
    if eerdere is None:
        raise NietBekend(
            "eerdere_reguliere_scholen",
            None,
            "op welke reguliere basisscholen zat de leerling vóór de plaatsing (leeg: geen)?",
        )
    if school.soort is not Schoolsoort.BAO:
        raise OngeldigeInvoer("school", school.brin, "verwacht een reguliere basisschool (bao)")
    if vanuit.soort not in (Schoolsoort.SBO, Schoolsoort.SO):
        raise OngeldigeInvoer("vanuit", vanuit.brin, "verwacht een school voor sbo of so")
    for veld, waarde in (("school.swv", school), ("vanuit.swv", vanuit)):
        if waarde.swv is None:
            raise NietBekend(veld, None, f"het samenwerkingsverband van {waarde.naam} is nodig")
    bezwaren = []
    if school.swv != vanuit.swv:
        bezwaren.append(
            f"{vanuit.naam} en {school.naam} vallen niet onder hetzelfde samenwerkingsverband; "
            "het plan betaalt een terugplaatsing van een gespecialiseerde school van het "
            "samenwerkingsverband naar een reguliere school binnen dat samenwerkingsverband"
        )
    if school in tuple(eerdere):
        bezwaren.append(
            f"{school.naam} is een originele school van de leerling (de leerling zat er vóór de "
            "plaatsing); het budget is er alleen voor een andere reguliere school"
        )
    return bezwaren


def instroombudget(
    ingeschreven_op: dt.date,
    *,
    soort: Instroomsoort | None = None,
    uitgeschreven_op: dt.date | None = None,
    model: TopModel | None = None,
    school: School | None = None,
    vanuit: School | None = None,
    eerdere_reguliere_scholen: Sequence[School] | None = None,
) -> Instroombudget:
    """Instroom-/terugplaatsingsbudget: € 8.000 per jaar gedurende twee jaar, vanaf de eerste
    van de maand na de inschrijving; vertrekt de leerling, dan worden de maanden na de maand van
    vertrek verrekend (of de maand van vertrek zelf meetelt, zegt
    ``TopModel.uitstroommaand_telt_mee``; standaard ja).

    Alleen betaald onder de voorwaarden van § 6.1.3, dus ``soort`` is verplicht
    (:class:`~passend.NietBekend` zonder): voor beide soorten een inschrijving vanaf de start van
    schooljaar 2023-24 (``TopModel.instroombudget_vanaf``); voor een terugplaatsing ook een
    terugkeer van de SBO- of SO-school ``vanuit`` naar de basisschool ``school`` van hetzelfde
    SWV, die geen van de ``eerdere_reguliere_scholen`` is (de reguliere scholen waar de leerling
    vóór de plaatsing zat; leeg als die er niet waren). Dat de school het budget met de ouders
    aanvraagt ("indien gewenst en met ouders afgestemd", voorschoolse TLV), neemt passend aan
    door de aanroep.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.5 (bedrag, maanden) en
        § 6.1.3 (voorwaarden) (FIN-07).

    >>> b = instroombudget(dt.date(2024, 3, 12), soort=Instroomsoort.VOORSCHOOLSE_TLV)
    >>> b.recht, b.vanaf, b.tot_en_met, b.bedrag
    (True, datetime.date(2024, 4, 1), datetime.date(2026, 3, 31), Decimal('16000.00'))
    >>> instroombudget(dt.date(2024, 3, 12), soort=Instroomsoort.VOORSCHOOLSE_TLV,
    ...                uitgeschreven_op=dt.date(2024, 12, 20)).bedrag
    Decimal('6000.00')
    >>> instroombudget(dt.date(2023, 6, 1), soort=Instroomsoort.VOORSCHOOLSE_TLV).recht
    False
    """
    controleer_datum("ingeschreven_op", ingeschreven_op)
    if soort is None:
        raise NietBekend("soort", None, "de voorwaarden (§ 6.1.3) hangen af van de soort instroom")
    controleer_soort("soort", soort, Instroomsoort)
    uitgeschreven_op = controleer_optie("uitgeschreven_op", uitgeschreven_op, dt.date)
    controleer_optie("school", school, School)
    controleer_optie("vanuit", vanuit, School)
    if eerdere_reguliere_scholen is not None and not isinstance(
        eerdere_reguliere_scholen, list | tuple
    ):
        raise OngeldigeInvoer(
            "eerdere_reguliere_scholen", eerdere_reguliere_scholen, "verwacht een lijst scholen"
        )
    if uitgeschreven_op is not None and uitgeschreven_op < ingeschreven_op:
        raise TegenstrijdigDossier(
            "uitgeschreven_op", uitgeschreven_op, f"ligt vóór de inschrijving ({ingeschreven_op})"
        )
    m = kies_model(model)
    bezwaren = (
        _terugplaatsing(school, vanuit, eerdere_reguliere_scholen)
        if soort is Instroomsoort.TERUGPLAATSING
        else []
    )
    if ingeschreven_op < m.instroombudget_vanaf:
        bezwaren.insert(
            0,
            f"de leerling stroomde in op {ingeschreven_op.isoformat()}; de afspraak geldt voor "
            f"een instroom vanaf {m.instroombudget_vanaf.isoformat()}",
        )
    totaal_maanden = 12 * m.instroombudget_jaren
    vanaf = plus(ingeschreven_op.replace(day=1), relativedelta(months=1))
    tot_en_met = plus(vanaf, relativedelta(months=totaal_maanden, days=-1))
    wat = f"{soort.value[:1].upper()}{soort.value[1:]}"
    grondslag = (TOP_INSTROOM, TOP_INSTROOM_VOORWAARDEN)
    if bezwaren:
        return Instroombudget(
            soort=soort,
            recht=False,
            ingeschreven_op=ingeschreven_op,
            vanaf=vanaf,
            tot_en_met=tot_en_met,
            maanden=0,
            bedrag=op_centen(Decimal(0)),
            verrekend=op_centen(Decimal(0)),
            grondslag=grondslag,
            uitleg=f"{wat}: geen budget, want {'; en '.join(bezwaren)}.",
        )
    maanden = _maanden_recht(vanaf, totaal_maanden, uitgeschreven_op, m)
    vol = m.instroombudget_per_jaar * m.instroombudget_jaren
    bedrag = op_centen(m.instroombudget_per_jaar * maanden / 12)
    uitleg = (
        f"{wat}: {euro(m.instroombudget_per_jaar)} per jaar, "
        f"{m.instroombudget_jaren} jaar, vanaf {vanaf.isoformat()} (de eerste van de maand na "
        f"inschrijving op {ingeschreven_op.isoformat()}) tot en met {tot_en_met.isoformat()}."
    )
    if maanden < totaal_maanden:
        uitleg += (
            f" Uitgeschreven op {uitgeschreven_op}: recht op {maanden} van {totaal_maanden} "
            f"maanden, {euro(op_centen(vol - bedrag))} wordt verrekend."
        )
    return Instroombudget(
        soort=soort,
        recht=True,
        ingeschreven_op=ingeschreven_op,
        vanaf=vanaf,
        tot_en_met=tot_en_met,
        maanden=maanden,
        bedrag=bedrag,
        verrekend=op_centen(vol - bedrag),
        grondslag=grondslag,
        uitleg=uitleg,
    )


# --- TLV op de bao (§ 8.1.4) -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class TlvOpBao(Weergave):
    """Het geld voor één TLV op de bao voor één schooljaar, uitbetaald in augustus."""

    #: De categorie van de TLV.
    categorie: TlvCategorie = attrs.field(validator=is_enum(TlvCategorie))
    #: Het schooljaar, als ``"2024-2025"``.
    schooljaar: str = attrs.field(validator=niet_leeg)
    #: Wat in augustus is uitbetaald: het tarief van de categorie, in euro.
    uitbetaald: Decimal = attrs.field(validator=is_bedrag)
    #: Aantal maanden van het schooljaar waarop de school recht heeft (12 als de leerling blijft).
    maanden: int = attrs.field(validator=is_aantal)
    #: Het bedrag waarop de school recht heeft, in euro.
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    #: Wat na uitstroom wordt verrekend (uitbetaald min bedrag), in euro.
    verrekend: Decimal = attrs.field(validator=is_bedrag)
    #: De bronnen: het ondersteuningsplan (§ 8.1.4) en het tarief.
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    #: De berekening in woorden.
    uitleg: str = attrs.field(validator=niet_leeg)


def tlv_op_bao(
    categorie: TlvCategorie,
    *,
    augustus_van: int,
    uitgestroomd_op: dt.date | None = None,
    model: TopModel | None = None,
    tarieven: Tarieven | None = None,
) -> TlvOpBao:
    """TLV-middelen op de bao: één keer betaald in augustus van ``augustus_van`` voor het komende
    schooljaar, tegen het tarief van dat (lopende) kalenderjaar; vertrekt de leerling in de loop
    van het schooljaar, dan worden de maanden na de maand van vertrek verrekend.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.4 (FIN-07); tarief FIN-05.

    >>> t = tlv_op_bao(TlvCategorie.SO_LAAG, augustus_van=2024, uitgestroomd_op=dt.date(2025, 1, 15))
    >>> t.uitbetaald, t.maanden, t.verrekend
    (Decimal('12938.34'), 6, Decimal('6469.17'))
    """
    controleer_jaar("augustus_van", augustus_van)
    t = kies_tarieven(augustus_van, tarieven)
    tarief = t.tarief(categorie)
    begin = dt.date(augustus_van, 8, 1)
    uitgestroomd_op = controleer_optie("uitgestroomd_op", uitgestroomd_op, dt.date)
    if uitgestroomd_op is not None and uitgestroomd_op < begin:
        raise OngeldigeInvoer(
            "uitgestroomd_op", uitgestroomd_op, f"ligt vóór het schooljaar (vanaf {begin})"
        )
    maanden = _maanden_recht(begin, 12, uitgestroomd_op, kies_model(model))
    bedrag = op_centen(tarief * maanden / 12)
    schooljaar = f"{augustus_van}-{augustus_van + 1}"
    uitleg = (
        f"TLV op de bao ({categorie.value}), schooljaar {schooljaar}: in augustus {augustus_van} "
        f"uitbetaald tegen het tarief van {augustus_van}: {euro(tarief)}."
    )
    if maanden < 12:
        uitleg += (
            f" Uitgestroomd op {uitgestroomd_op}: recht op {maanden} van 12 maanden, "
            f"{euro(op_centen(tarief - bedrag))} wordt verrekend."
        )
    return TlvOpBao(
        categorie=categorie,
        schooljaar=schooljaar,
        uitbetaald=tarief,
        maanden=maanden,
        bedrag=bedrag,
        verrekend=op_centen(tarief - bedrag),
        grondslag=(TOP_TLV_OP_BAO, t.bron(categorie)),
        uitleg=uitleg,
    )
