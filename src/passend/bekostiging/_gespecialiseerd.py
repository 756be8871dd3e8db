"""Gespecialiseerd onderwijs in het TOP-initiatief van SWV Zuid-Kennemerland: de
volumebekostiging van IKC Zuid-Kennemerland, het vangnet voor SO cluster 3 en de Opmaat-klas
(FIN-07, ondersteuningsplan Zuid-Kennemerland § 8.1.6 – 8.1.8). Regionaal beleid, geen wet;
parameters in :class:`TopModel`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from passend._bronnen import TOP_IKC, TOP_OPMAAT, TOP_VANGNET, Bron
from passend._fouten import OngeldigeInvoer
from passend._tlv import TlvCategorie
from passend._waarden import is_bool, is_datum, is_enum, niet_leeg
from passend._weergave import Weergave
from passend.bekostiging._geld import controleer_aantal, euro, is_aantal, is_bedrag, op_centen
from passend.bekostiging._tarieven import Tarieven, ikc_tarief_onafgerond, kies_tarieven
from passend.bekostiging._top import TopModel, kies_model
from passend.bekostiging._velden import controleer_jaar, grondslag_van, is_grondslag, is_jaar

__all__ = [
    "IkcVolume",
    "OpmaatWeekbedrag",
    "Vangnet",
    "ikc_volumebekostiging",
    "opmaat_weekbedrag",
    "vangnet_so_cluster_3",
]


# --- IKC volume funding (§ 8.1.6) --------------------------------------------------------


@attrs.frozen(kw_only=True)
class IkcVolume(Weergave):
    """Volumebekostiging van IKC Zuid-Kennemerland voor één kalenderjaar.

    ``bedrag`` en ``aanvulling`` rekenen met het onafgeronde tarief (``tarief_onafgerond``) en
    worden één keer afgerond, aan het eind.
    """

    #: Het kalenderjaar van de bekostiging.
    jaar: int = attrs.field(validator=is_jaar)
    #: De teldatum: 1 februari van het jaar ervoor.
    teldatum: dt.date = attrs.field(validator=is_datum)
    #: Aantal leerlingen van het IKC op de teldatum.
    leerlingen: int = attrs.field(validator=is_aantal)
    #: Het IKC-tarief zoals het plan het publiceert, afgerond op centen.
    tarief: Decimal = attrs.field(validator=is_bedrag)
    #: Het IKC-tarief vóór afronding; hiermee wordt gerekend.
    tarief_onafgerond: Decimal = attrs.field(validator=is_bedrag)
    #: Het vaste bedrag: IKC-tarief × leerlingen op de teldatum, in euro.
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    #: Het deel bovenop de SBO-bekostiging die het IKC van DUO krijgt, in euro.
    aanvulling: Decimal = attrs.field(validator=is_bedrag)
    #: Groei of krimp (als fractie, 0,03 = 3 %) waarbinnen het bedrag gelijk blijft.
    bandbreedte: Decimal = attrs.field(validator=is_bedrag)
    #: De bronnen: het ondersteuningsplan (§ 8.1.6) en de gebruikte tarieven.
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)

    @property
    def ondergrens(self) -> Decimal:
        """Kleinste leerlingaantal waarbij het bedrag gelijk blijft (exact, kan een breuk zijn)."""
        return self.leerlingen * (1 - self.bandbreedte)

    @property
    def bovengrens(self) -> Decimal:
        """Grootste aantal leerlingen waarbij het bedrag gelijk blijft."""
        return self.leerlingen * (1 + self.bandbreedte)

    def overleg_nodig(self, leerlingen_nu: int) -> bool:
        """``True`` als ``leerlingen_nu`` buiten de bandbreedte valt: dan overleggen SWV en IKC.
        De uitkomst is een afspraak, geen formule (passend rekent dus geen nieuw bedrag uit)."""
        n = controleer_aantal("leerlingen_nu", leerlingen_nu)
        return not self.ondergrens <= n <= self.bovengrens

    @property
    def uitleg(self) -> str:
        """Uitleg in woorden van het bedrag en de bandbreedte."""
        return (
            f"Volumebekostiging IKC {self.jaar}: {self.leerlingen} leerlingen op "
            f"{self.teldatum.isoformat()} × IKC-tarief {euro(self.tarief_onafgerond)} "
            f"(gepubliceerd afgerond: {euro(self.tarief)}) = {euro(self.bedrag)}, waarvan "
            f"{euro(self.aanvulling)} bovenop de SBO-bekostiging; pas het eindbedrag is "
            f"afgerond. Bij {_getal(self.ondergrens)} tot en met {_getal(self.bovengrens)} leerlingen "
            f"(bandbreedte {self.bandbreedte * 100:.0f} %) blijft het bedrag gelijk; daarbuiten volgt overleg."
        )


def _getal(waarde: Decimal) -> str:
    """A pupil count bound in Dutch notation (``601,4``)."""
    return format(waarde.normalize(), "f").replace(".", ",")


def ikc_volumebekostiging(
    jaar: int,
    *,
    leerlingen_1_februari: int,
    model: TopModel | None = None,
    tarieven: Tarieven | None = None,
) -> IkcVolume:
    """Volumebekostiging IKC: het IKC-tarief van ``jaar`` × leerlingen op 1 februari van
    ``jaar - 1``, vast binnen een bandbreedte van 3 %.

    Het tarief is 70 % SBO + 30 % SO-I; de onafgeronde waarde wordt vermenigvuldigd en alleen
    het bedrag wordt afgerond. Zo rekent ook de begroting van het plan: 620 leerlingen in 2024
    geven een aanvulling van € 1.172.511 (§ 12), waar een eerst afgerond tarief van € 8.525,67
    € 1.172.513 zou geven.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.6 (FIN-07); tarieven FIN-05:
        het SBO-tarief en, voor de 30 %, het tarief SO categorie I, beide met bron.

    >>> from passend.bekostiging import op_euros
    >>> v = ikc_volumebekostiging(2024, leerlingen_1_februari=620)
    >>> v.bedrag, v.aanvulling, op_euros(v.aanvulling)
    (Decimal('5285912.92'), Decimal('1172510.52'), Decimal('1172511'))
    >>> v.overleg_nodig(639), v.overleg_nodig(638)
    (True, False)
    """
    controleer_jaar("jaar", jaar)
    m = kies_model(model)
    n = controleer_aantal("leerlingen_1_februari", leerlingen_1_februari)
    t = kies_tarieven(jaar, tarieven)
    exact = ikc_tarief_onafgerond(t, m.ikc_aandeel_sbo)
    return IkcVolume(
        jaar=jaar,
        teldatum=dt.date(jaar - 1, 2, 1),
        leerlingen=n,
        tarief=op_centen(exact),
        tarief_onafgerond=exact,
        bedrag=op_centen(n * exact),
        aanvulling=op_centen(n * (exact - t.sbo)),
        bandbreedte=m.ikc_bandbreedte,
        grondslag=grondslag_van(
            (TOP_IKC, t.bron(TlvCategorie.SBO)),
            (t.bron(TlvCategorie.SO_LAAG),) if m.ikc_aandeel_sbo < 1 else (),
        ),
    )


# --- Vangnet SO cluster 3 (§ 8.1.7) and Opmaat (§ 8.1.8) ---------------------------------


@attrs.frozen(kw_only=True)
class Vangnet(Weergave):
    """Uitkomst van de vangnetbepaling voor een school voor SO cluster 3 in één schooljaar."""

    #: Of de vangnetbepaling van toepassing is (de tweede periode groeit meer dan de eerste).
    van_toepassing: bool = attrs.field(validator=is_bool)
    #: Aantal leerlingen (de netto instroom) dat het SWV bekostigt; 0 als er niets te
    #: bekostigen valt.
    te_bekostigen_leerlingen: int = attrs.field(validator=is_aantal)
    #: Tot deze dag kan de school factureren (1 oktober van het jaar).
    facturen_tot: dt.date = attrs.field(validator=is_datum)
    #: De bron: het ondersteuningsplan (§ 8.1.7).
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    #: De afweging in woorden.
    uitleg: str = attrs.field(validator=niet_leeg)


def vangnet_so_cluster_3(
    *, jaar: int, groei_1_september_1_februari: int, groei_2_februari_1_juni: int
) -> Vangnet:
    """Vangnet: het SWV betaalt de netto instroom van nieuwe leerlingen op een school voor SO
    cluster 3 als de groei van 2 februari tot 1 juni (van ``jaar``) groter is dan de groei van
    1 september tot 1 februari; factureren kan tot 1 oktober van ``jaar``. Groei is netto (kan
    negatief zijn).

    De voorwaarde is § 8.1.7 letterlijk: ``groei_2_februari_1_juni >
    groei_1_september_1_februari``, ook als de eerste periode kromp. Betaald wordt "de netto
    instroom": passend leest dat als de hele netto groei van de tweede periode (het plan zegt
    niets over alleen het deel boven de eerste). Is die groei 0 of negatief, dan kan aan de
    voorwaarde zijn voldaan terwijl er niets te betalen valt: het plan laat de school alleen
    factureren en noemt geen terugbetaling, dus het aantal is dan 0 en de uitleg zegt waarom.

    Het bedrag per leerling staat niet in het ondersteuningsplan, dus passend geeft het aantal
    leerlingen.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.7 (FIN-03, FIN-07).

    >>> v = vangnet_so_cluster_3(jaar=2024, groei_1_september_1_februari=3, groei_2_februari_1_juni=5)
    >>> v.van_toepassing, v.te_bekostigen_leerlingen, v.facturen_tot
    (True, 5, datetime.date(2024, 10, 1))
    >>> v = vangnet_so_cluster_3(jaar=2024, groei_1_september_1_februari=-4, groei_2_februari_1_juni=-1)
    >>> v.van_toepassing, v.te_bekostigen_leerlingen
    (True, 0)
    """
    controleer_jaar("jaar", jaar)
    for veld, waarde in (
        ("groei_1_september_1_februari", groei_1_september_1_februari),
        ("groei_2_februari_1_juni", groei_2_februari_1_juni),
    ):
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            raise OngeldigeInvoer(veld, waarde, "verwacht een geheel getal (netto groei)")
    van_toepassing = groei_2_februari_1_juni > groei_1_september_1_februari
    aantal = groei_2_februari_1_juni if van_toepassing and groei_2_februari_1_juni > 0 else 0
    uitleg = (
        f"Groei 2 februari t/m 1 juni {jaar}: {groei_2_februari_1_juni}; groei 1 september t/m "
        f"1 februari: {groei_1_september_1_februari}. "
    )
    if not van_toepassing:
        uitleg += (
            "De tweede periode groeit niet meer dan de eerste: de vangnetbepaling is niet van "
            "toepassing."
        )
    elif aantal:
        uitleg += (
            f"De tweede periode groeit meer: het SWV bekostigt de netto instroom van {aantal} "
            f"leerlingen; factureren tot 1 oktober {jaar}."
        )
    else:
        uitleg += (
            "De tweede periode groeit meer dan de eerste, maar er is geen netto instroom: er "
            "valt niets te bekostigen (de bepaling noemt geen terugbetaling)."
        )
    return Vangnet(
        van_toepassing=van_toepassing,
        te_bekostigen_leerlingen=aantal,
        facturen_tot=dt.date(jaar, 10, 1),
        grondslag=(TOP_VANGNET,),
        uitleg=uitleg,
    )


@attrs.frozen(kw_only=True)
class OpmaatWeekbedrag(Weergave):
    """Weekbedrag voor een plaatsing in de Opmaat-klas van SO Molenduin."""

    #: Het kalenderjaar van het tarief.
    jaar: int = attrs.field(validator=is_jaar)
    #: De TLV-categorie waarvan het tarief komt.
    categorie: TlvCategorie = attrs.field(validator=is_enum(TlvCategorie))
    #: Het TLV-tarief per jaar waarvan het weekbedrag is afgeleid, in euro.
    tarief: Decimal = attrs.field(validator=is_bedrag)
    #: Het aantal weken waardoor het tarief is gedeeld (invoer: het plan noemt het niet).
    weken_per_jaar: int = attrs.field(validator=is_aantal)
    #: Het weekbedrag, in euro.
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    #: De bronnen: het ondersteuningsplan (§ 8.1.8) en het tarief.
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    #: De berekening in woorden.
    uitleg: str = attrs.field(validator=niet_leeg)


def opmaat_weekbedrag(
    jaar: int,
    categorie: TlvCategorie,
    *,
    weken_per_jaar: int,
    tarieven: Tarieven | None = None,
) -> OpmaatWeekbedrag:
    """Weekbedrag voor een plaatsing in de Opmaat-klas van SO Molenduin (1 februari tot de
    zomervakantie), betaald door het verwijzende bestuur: het TLV-tarief gedeeld door
    ``weken_per_jaar``.

    Het plan zegt alleen dat het bedrag is gebaseerd op de landelijke TLV-tarieven; het aantal
    weken staat er niet in, dus dat is verplichte invoer, en de deling is de lezing van passend.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.8 (FIN-07); tarief van
        ``categorie`` uit de Regeling bekostiging WPO en WEC (FIN-05).

    >>> w = opmaat_weekbedrag(2024, TlvCategorie.SO_LAAG, weken_per_jaar=40)
    >>> w.bedrag
    Decimal('323.46')
    >>> print(w.uitleg)
    Opmaat-klas SO Molenduin 2024: tarief so categorie I (laag) € 12.938,34 / 40 weken = € 323,46 per week. Het plan noemt het aantal weken niet: 40 is invoer.
    """
    controleer_jaar("jaar", jaar)
    weken = controleer_aantal("weken_per_jaar", weken_per_jaar)
    if weken == 0:
        raise OngeldigeInvoer("weken_per_jaar", weken, "verwacht ten minste 1 week")
    t = kies_tarieven(jaar, tarieven)
    tarief = t.tarief(categorie)
    bedrag = op_centen(tarief / weken)
    return OpmaatWeekbedrag(
        jaar=jaar,
        categorie=categorie,
        tarief=tarief,
        weken_per_jaar=weken,
        bedrag=bedrag,
        grondslag=(TOP_OPMAAT, t.bron(categorie)),
        uitleg=(
            f"Opmaat-klas SO Molenduin {jaar}: tarief {categorie.value} {euro(tarief)} / "
            f"{weken} weken = {euro(bedrag)} per week. Het plan noemt het aantal weken niet: "
            f"{weken} is invoer."
        ),
    )
