"""Interpretatiekeuzes en regionaal beleid, als uitdrukkelijke opties met een naam.

De wet laat sommige vragen open (de open vragen in legal/rules.md) en regio's voegen eigen
regels toe. Elke keuze is een veld van :class:`Beleid` met als standaard de lezing van de wet
(of, waar de wet zwijgt, de lezing die rules.md aanbeveelt). Regionale voorinstellingen zetten
velden aan; een uitkomst die door beleid verschuift, toont altijd de wettelijke datum naast die
van het beleid.
"""

from __future__ import annotations

import enum

import attrs

from passend._waarden import controleer_optie, is_bool, is_enum, niet_leeg, vervang
from passend._weergave import Weergave

__all__ = [
    "Beleid",
    "OppTermijnVanaf",
    "Opschortingsinterval",
    "Schrikkeldag",
    "Verlengingsbasis",
]


class Verlengingsbasis(enum.Enum):
    """Vanaf welk einde de verlenging (hoogstens 4 weken) van de beslistermijn telt (OQ 12)."""

    #: De verlenging komt bij het nominale einde van de 6 weken; de Atw wordt één keer
    #: toegepast, op het uiteindelijke einde.
    NOMINAAL_EINDE = "nominaal einde"
    #: De verlenging komt bij het door de Atw verschoven einde van de 6 weken.
    ATW_EINDE = "Atw-einde"


class Opschortingsinterval(enum.Enum):
    """Hoe de dagen van een opschorting worden geteld (OQ 14, E13)."""

    #: Vanaf de dag van indiening tot, niet tot en met, de dag van het oordeel: ``[van, tot)``.
    HALF_OPEN = "[van, tot)"
    #: Zowel de dag van indiening als de dag van het oordeel tellen mee: ``[van, tot]``.
    GESLOTEN = "[van, tot]"


class Schrikkeldag(enum.Enum):
    """De verjaardag in een gewoon jaar van een kind geboren op 29 februari (rules.md OQ 17)."""

    #: 1 maart: het kind bereikt een leeftijd pas als het hele jaar voorbij is.
    EERSTE_MAART = "1 maart"
    #: 28 februari: de laatste dag van de geboortemaand.
    EIND_FEBRUARI = "28 februari"


class OppTermijnVanaf(enum.Enum):
    """Vanaf welke dag de OPP-termijn van 6 weken loopt op een reguliere school (OPP-02, OQ 8)."""

    #: De wet: zes weken na de inschrijving. Voor een behoefte die meer dan zes weken later
    #: ontstond noemt de wet geen termijn; passend meldt dan een aandachtspunt, geen uiterste
    #: datum.
    INSCHRIJVING = "inschrijving"
    #: Praktijk van de GPO (juridische analyse van KBA Nijmegen, 2024): zes weken na de start van
    #: de extra ondersteuning, als die later is dan de inschrijving.
    START_ONDERSTEUNING = "start extra ondersteuning"


@attrs.frozen(kw_only=True)
class Beleid(Weergave):
    """Een set interpretatiekeuzes. ``Beleid()`` is de wettelijke standaard.

    >>> Beleid().informatieverzoek_schort_op
    False
    >>> Beleid.rijn_gelderse_vallei().informatieverzoek_schort_op
    True
    """

    #: Naam die de uitleg toont als een keuze een datum verschoof.
    naam: str = attrs.field(default="wettelijk", validator=niet_leeg)
    #: Vanaf welk einde de verlenging van de beslistermijn telt (OQ 12).
    verlenging_vanaf: Verlengingsbasis = attrs.field(
        default=Verlengingsbasis.NOMINAAL_EINDE, validator=is_enum(Verlengingsbasis)
    )
    #: "Zorgplicht in schema" (SWV Rijn & Gelderse Vallei, 2022) § 4: de tijd tussen het verzoek
    #: om informatie aan de ouders en de ontvangst ervan komt bij de 6 weken. Niet in de wet
    #: (BES-03), dus standaard uit.
    informatieverzoek_schort_op: bool = attrs.field(default=False, validator=is_bool)
    #: Hoe de dagen van een opschorting tellen (OQ 14, E13).
    opschorting: Opschortingsinterval = attrs.field(
        default=Opschortingsinterval.HALF_OPEN, validator=is_enum(Opschortingsinterval)
    )
    #: Atw art. 4 (zoals secundaire bronnen het lezen) sluit termijnen langer dan 12 weken uit,
    #: dus een verdaagde Awb 7:10-termijn van 18 weken schuift standaard niet door de Atw (OQ 13).
    atw_bij_termijn_boven_12_weken: bool = attrs.field(default=False, validator=is_bool)
    #: De verjaardag van een kind van 29 februari in een gewoon jaar. OQ 17 (niet onderzocht in
    #: rules.md): 1 maart, zoals een secundaire bron meldt voor het Nederlandse recht ("juridisch
    #: pas op 1 maart een jaar ouder"); een ONGEVERIFIEERDE standaard, dus een keuze.
    schrikkeldag: Schrikkeldag = attrs.field(
        default=Schrikkeldag.EERSTE_MAART, validator=is_enum(Schrikkeldag)
    )
    #: "Zorgplicht in schema" (SWV Rijn & Gelderse Vallei, 2022) § 8: de zorgplicht gaat pas
    #: over naar een andere school als die de leerling *inschrijft*, ook nadat de ouders er
    #: schriftelijk aanmeldden; de school van de latere aanmelding deelt hem intussen ("gedeelde
    #: zorgplicht", ZP-02). De wet: hij gaat over bij ontvangst van de schriftelijke aanmelding
    #: (AAN-08), dus standaard uit.
    zorgplicht_over_bij_inschrijving: bool = attrs.field(default=False, validator=is_bool)
    #: Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.2 (Haarlem): bij centrale
    #: plaatsing is de aanmelding voor de zorgplicht de dag waarop de ouders de aangeboden plaats
    #: op een basisschool aanvaarden (AAN-06).
    centrale_plaatsing: bool = attrs.field(default=False, validator=is_bool)
    #: Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.1: een "morele zorgplicht"
    #: vanaf het eerste contact van ouders of professionals met de school, vóór elke
    #: schriftelijke aanmelding.
    morele_zorgplicht: bool = attrs.field(default=False, validator=is_bool)
    #: Regionale afspraken (stappenplannen) van het directienetwerk Zuid-Kennemerland en het
    #: ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 8.1.3: na een overstap bao-bao die
    #: geen verhuizing is, blijft de verwijzende school twee jaar financieel verantwoordelijk
    #: (ZP-03).
    financiele_zorgplicht_bao_bao: bool = attrs.field(default=False, validator=is_bool)

    #: Vanaf welke dag de OPP-termijn loopt. OPP-02 / OQ 8: de wet noemt alleen de inschrijving
    #: als start van de OPP-termijn.
    opp_termijn_vanaf: OppTermijnVanaf = attrs.field(
        default=OppTermijnVanaf.INSCHRIJVING, validator=is_enum(OppTermijnVanaf)
    )
    #: Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.3: TLV-formulieren A, B en D
    #: en de voorwaarden van een "eenzijdige TLV". Regionaal, dus standaard uit;
    #: :meth:`zuid_kennemerland` zet het aan.
    tlv_formulieren_zuid_kennemerland: bool = attrs.field(default=False, validator=is_bool)

    #: Juridische analyse van KBA Nijmegen (2024, noot 44, naar Zoontjens 2023): in het VO mag
    #: een schorsing die aan een verwijdering voorafgaat zo lang duren als de
    #: verwijderingsprocedure. De lezing van de wet (ten hoogste één week, WVO 2020 art. 8.14) is
    #: de standaard (rules.md OQ 7, SCH-02). Geen regionale voorinstelling zet dit aan: die
    #: analyse is geen beleid van een regio.
    vo_schorsing_zolang_verwijdering_loopt: bool = attrs.field(default=False, validator=is_bool)

    #: OQ A2: het tijdpad van OCW telt de VO-beslistermijn vanaf het einde van de centrale
    #: aanmeldweek ("uiterlijk 12 mei"); de wet vanaf ontvangst (PV-04). Standaard uit; staat
    #: het aan, dan toont ``lopende_termijnen`` ook het OCW-einde naast het wettelijke.
    vo_beslistermijn_vanaf_aanmeldweek: bool = attrs.field(default=False, validator=is_bool)
    #: Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.4: MDO-O tussen 1 november
    #: en 1 februari, loting na het MDO-O, aanmelding lwoo en PrO vanaf 1 januari, MDO-T voor
    #: PrO en VSO (PV-07). Getoetst als aandachtspunten, nooit als wettelijke gebreken.
    overstap_zuid_kennemerland: bool = attrs.field(default=False, validator=is_bool)
    #: Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.1: een school mag zich per
    #: groep "vol" verklaren op een capaciteitenlijst; de wet spreekt over de school (PL-04, A9).
    capaciteit_per_groep: bool = attrs.field(default=False, validator=is_bool)
    #: Regionale afspraken (stappenplannen) van het directienetwerk Zuid-Kennemerland:
    #: leerlingen met een ondersteuningsbehoefte mogen voorrang krijgen op een wachtlijst. Geen
    #: landelijke bron staat het toe of verbiedt het (PL-05, A10); alleen als opmerking getoond.
    voorrang_zorgleerlingen: bool = attrs.field(default=False, validator=is_bool)
    #: Regionale afspraken (stappenplannen) van het directienetwerk Zuid-Kennemerland: de
    #: stappenplannen van de ontvangende en de verwijzende basisschool (SP-00 … SP-09), een
    #: regionale checklist; nooit een gebrek, nooit een pauze van een wettelijke termijn.
    stappenplan_bao_bao: bool = attrs.field(default=False, validator=is_bool)

    @property
    def regionaal(self) -> bool:
        """True als een regionale regel (niet alleen een interpretatiekeuze) aan staat.

        De naam telt niet mee, en de interpretatiekeuzes bij open vragen ook niet (basis van de
        verlenging, opschortingsinterval, start van de OPP-termijn, VO-schorsing, 29 februari).

        >>> Beleid(naam="eigen").regionaal, Beleid.haarlem().regionaal
        (False, True)
        """
        return vervang(self, naam="wettelijk") != self.zonder_regionale_regels()

    def zonder_regionale_regels(self) -> Beleid:
        """Dezelfde interpretatiekeuzes met elke regionale regel uit: het wettelijke antwoord.

        >>> Beleid.haarlem().zonder_regionale_regels() == Beleid()
        True
        """
        # vervang: no checks again (all values are valid), and the policy itself when it
        # has no regional rule, as the statutory default has not.
        return vervang(
            self,
            naam="wettelijk",
            informatieverzoek_schort_op=False,
            zorgplicht_over_bij_inschrijving=False,
            centrale_plaatsing=False,
            morele_zorgplicht=False,
            financiele_zorgplicht_bao_bao=False,
            tlv_formulieren_zuid_kennemerland=False,
            overstap_zuid_kennemerland=False,
            capaciteit_per_groep=False,
            voorrang_zorgleerlingen=False,
            stappenplan_bao_bao=False,
        )

    @classmethod
    def wettelijk(cls) -> Beleid:
        """De wettelijke standaard: elk veld op zijn standaardwaarde."""
        return cls()

    @classmethod
    def rijn_gelderse_vallei(cls) -> Beleid:
        """SWV Rijn & Gelderse Vallei, *Zorgplicht in schema* (2022)."""
        return cls(
            naam="Rijn & Gelderse Vallei (Zorgplicht in schema, 2022)",
            informatieverzoek_schort_op=True,
            zorgplicht_over_bij_inschrijving=True,
        )

    @classmethod
    def zuid_kennemerland(cls) -> Beleid:
        """SWV Zuid-Kennemerland: het ondersteuningsplan 2024-2028.

        Met de regionale afspraken (stappenplannen) van het directienetwerk Zuid-Kennemerland.
        """
        return cls(
            naam="Zuid-Kennemerland (ondersteuningsplan 2024-2028)",
            morele_zorgplicht=True,
            financiele_zorgplicht_bao_bao=True,
            tlv_formulieren_zuid_kennemerland=True,
            overstap_zuid_kennemerland=True,
            capaciteit_per_groep=True,
            voorrang_zorgleerlingen=True,
            stappenplan_bao_bao=True,
        )

    @classmethod
    def haarlem(cls) -> Beleid:
        """Zuid-Kennemerland plus de centrale plaatsing van vierjarigen in Haarlem.

        Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.2.
        """
        return attrs.evolve(
            cls.zuid_kennemerland(),
            naam="Haarlem, plaatsingsbeleid (ondersteuningsplan 2024-2028)",
            centrale_plaatsing=True,
        )


#: The statutory default that every question uses when given no ``beleid``: one shared value
#: (a Beleid is immutable) instead of a new one per call.
_STANDAARD = Beleid()


def beleid_of_standaard(beleid: Beleid | None) -> Beleid:
    """``beleid`` (checked to be a :class:`Beleid`), or the statutory default when None."""
    return controleer_optie("beleid", beleid, Beleid) or _STANDAARD
