"""Gespecialiseerd onderwijs in the TOP-initiatief of SWV Zuid-Kennemerland: volume funding
of IKC Zuid-Kennemerland, the vangnet for SO cluster 3 and the Opmaat group (FIN-07, seed 004
§ 8.1.6 – 8.1.8). Regional policy, not statute; parameters in :class:`TopModel`.
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
    """Volume funding of IKC Zuid-Kennemerland for one calendar year.

    ``bedrag`` = IKC tariff × pupils on 1 February of the previous year (the fixed amount);
    ``aanvulling`` is the part on top of the SBO bekostiging the IKC gets from DUO. Both use
    the unrounded tariff (``tarief_onafgerond``) and are rounded once, at the end; ``tarief``
    is the tariff as the plan publishes it, rounded to cents.
    """

    jaar: int = attrs.field(validator=is_jaar)
    teldatum: dt.date = attrs.field(validator=is_datum)
    leerlingen: int = attrs.field(validator=is_aantal)
    tarief: Decimal = attrs.field(validator=is_bedrag)
    tarief_onafgerond: Decimal = attrs.field(validator=is_bedrag)
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    aanvulling: Decimal = attrs.field(validator=is_bedrag)
    bandbreedte: Decimal = attrs.field(validator=is_bedrag)
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)

    @property
    def ondergrens(self) -> Decimal:
        """Fewest pupils for which the amount stays the same (exact, may be fractional)."""
        return self.leerlingen * (1 - self.bandbreedte)

    @property
    def bovengrens(self) -> Decimal:
        """Most pupils for which the amount stays the same."""
        return self.leerlingen * (1 + self.bandbreedte)

    def overleg_nodig(self, leerlingen_nu: int) -> bool:
        """True when ``leerlingen_nu`` is outside the band: then the SWV and IKC consult; the
        outcome is an agreement, not a formula (so passend does not compute a new amount)."""
        n = controleer_aantal("leerlingen_nu", leerlingen_nu)
        return not self.ondergrens <= n <= self.bovengrens

    @property
    def uitleg(self) -> str:
        """Dutch explanation of amount and band."""
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
    """IKC volume funding: the IKC tariff of ``jaar`` × pupils on 1 February of ``jaar - 1``,
    fixed within a band of 3 %.

    The tariff is 70 % SBO + 30 % SO-I; its unrounded value is multiplied and only the amount is
    rounded (DESIGN principle 6). That is also how the plan's begroting computes it: 620 pupils
    in 2024 give an aanvulling of € 1.172.511 (§ 12), where a tariff first rounded to
    € 8.525,67 would give € 1.172.513.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.6 (FIN-07); tariffs FIN-05:
        the SBO tariff and, for its 30 %, the SO categorie I tariff, both cited.

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
    """Outcome of the vangnetbepaling for an SO cluster 3 school in one school year."""

    van_toepassing: bool = attrs.field(validator=is_bool)
    te_bekostigen_leerlingen: int = attrs.field(validator=is_aantal)
    facturen_tot: dt.date = attrs.field(validator=is_datum)
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    uitleg: str = attrs.field(validator=niet_leeg)


def vangnet_so_cluster_3(
    *, jaar: int, groei_1_september_1_februari: int, groei_2_februari_1_juni: int
) -> Vangnet:
    """Vangnet: the SWV pays the net inflow of new pupils at an SO cluster 3 school when growth
    from 2 February to 1 June (of ``jaar``) is larger than growth from 1 September to
    1 February; invoices until 1 October of ``jaar``. Growth is net (may be negative).

    The condition is § 8.1.7 word for word: ``groei_2_februari_1_juni >
    groei_1_september_1_februari``, also when the first period shrank. What is paid is "de
    netto instroom": passend reads that as the whole net growth of the second period (the plan
    says nothing of paying only the excess over the first). When that growth is 0 or negative
    the condition can hold while there is nothing to pay: the plan only lets the school invoice,
    it names no repayment, so the count is then 0 and the uitleg says why.

    The amount per pupil is not in the ondersteuningsplan, so passend gives the pupil count.

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
    """Weekly rate for a placement in the Opmaat group of SO Molenduin; the amount is
    ``bedrag``, the tariff it is derived from ``tarief``."""

    jaar: int = attrs.field(validator=is_jaar)
    categorie: TlvCategorie = attrs.field(validator=is_enum(TlvCategorie))
    tarief: Decimal = attrs.field(validator=is_bedrag)
    weken_per_jaar: int = attrs.field(validator=is_aantal)
    bedrag: Decimal = attrs.field(validator=is_bedrag)
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    uitleg: str = attrs.field(validator=niet_leeg)


def opmaat_weekbedrag(
    jaar: int,
    categorie: TlvCategorie,
    *,
    weken_per_jaar: int,
    tarieven: Tarieven | None = None,
) -> OpmaatWeekbedrag:
    """Weekly rate for a placement in the Opmaat group of SO Molenduin (1 February to the summer
    holiday), paid by the referring bestuur: the TLV tariff divided by ``weken_per_jaar``.

    The plan only says the rate is "based on the national TLV tariffs"; the number of weeks is
    not in it, so it is a required input, and dividing by it is passend's reading.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.8 (FIN-07); tariff of
        ``categorie`` from the Regeling bekostiging WPO en WEC (FIN-05).

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
