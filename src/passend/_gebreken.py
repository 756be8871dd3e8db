"""Procedurele gebreken (:class:`Gebrek`) en punten om zelf te beoordelen (:class:`Aandachtspunt`).

Een ``Gebrek`` is een procedureregel die volgens het dossier niet is gevolgd; de ``gpo_reden``
is de categorie die de Geschillencommissie passend onderwijs gebruikt voor gegronde verzoeken
(juridische analyse van KBA Nijmegen voor de Geschillencommissie, 2024, bijlage 2, tabel 1).
Open normen die de bibliotheek niet kan beoordelen (was het onderzoek verouderd, was de
verwijdering evenredig) zijn ``Aandachtspunt``\\ en: nooit gebreken, nooit stilzwijgend
overgeslagen.
"""

from __future__ import annotations

import enum

import attrs

from passend._bronnen import Bron
from passend._waarden import als_bronnen, elk_een, is_enum, is_type_of_none, niet_leeg
from passend._weergave import Reeks, Weergave

__all__ = [
    "Aandachtspunt",
    "Aandachtspunten",
    "Gebrek",
    "GebrekCode",
    "Gebreken",
    "Gebreksoort",
    "GpoReden",
]


class GpoReden(enum.Enum):
    """Redenen waarom de GPO een verzoek gegrond verklaart (juridische analyse van KBA Nijmegen,
    2024, bijlage 2, tabel 1)."""

    PROCEDURE_NIET_GEVOLGD = (
        "Procedure niet juist gevolgd / niet in lijn met wet- en regelgeving gehandeld"
    )
    ONDERZOEK_VEROUDERD = "Onderzoek ondersteuningsbehoefte verouderd / niet zelf uitgevoerd"
    ONDERZOEK_ONVOLDOENDE = "Ondersteuningsbehoefte te weinig of niet goed onderzocht"
    OUDERS_NIET_GEHOORD = "Ouders niet gehoord/gesproken"
    VERWIJDERING_ONVOLDOENDE_GEMOTIVEERD = (
        "Reden verwijdering onvoldoende gemotiveerd / niet goed onderzocht "
        "(= verwijdering niet evenredig)"
    )
    OPP_ONTBREEKT_OF_TE_LAAT = "Opp ontbrekend of niet tijdig opgesteld"
    OPP_ONVOLLEDIG = "Opp onvolledig of onjuist/onwaar"
    ONDERZOEK_TE_LAAT = "Onderzoek ondersteuningsbehoefte te laat"
    ONHOUDBARE_SITUATIE_NIET_AANGETOOND = "Onhoudbare situatie niet aangetoond"
    OUDERS_NIET_TIJDIG_BETROKKEN = "Ouders niet tijdig betrokken"
    TE_WEINIG_INSPANNING = (
        "School heeft zich te weinig ingespannen voor passend (alternatief) onderwijs"
    )
    ONDERSTEUNING_NIET_GEBODEN = "Ondersteuning niet geboden"
    ONDERSTEUNING_TE_LAAT = "Ondersteuning te laat ingezet"
    MOTIVERING_ONVOLLEDIG = "Motivering onvolledig"
    PARTIJEN_TE_LAAT_BETROKKEN = "Partijen te laat betrokken"
    COMMUNICATIE_ONDUIDELIJK = "Communicatie met ouders niet begrijpelijk/duidelijk"
    LEERKRACHT_NIET_GEHOORD = "Leerkracht niet gehoord"
    EXTERNEN_NIET_GEHOORD = "Externen niet gehoord"


class GebrekCode(enum.Enum):
    """Vaste codes van procedurele gebreken. De waarde is de code; een code wordt nooit
    hernoemd."""

    # --- Aanmelding en toelating (issue 5) ---
    BESLUIT_AANMELDING_TE_LAAT = "besluit_aanmelding_te_laat"
    VERLENGING_TE_LANG = "verlenging_te_lang"
    VERLENGING_HERHAALD = "verlenging_herhaald"
    VERLENGING_TE_LAAT_MEEGEDEELD = "verlenging_te_laat_meegedeeld"
    WEIGERING_ZONDER_ANDERE_SCHOOL = "weigering_zonder_andere_school"
    WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD = "weigering_niet_schriftelijk_gemotiveerd"

    # --- TLV (issue 4) ---
    TLV_AANVRAGER_ONBEVOEGD = "tlv_aanvrager_onbevoegd"
    TLV_EERSTE_DESKUNDIGE_ONTBREEKT = "tlv_eerste_deskundige_ontbreekt"
    TLV_TWEEDE_DESKUNDIGE_ONTBREEKT = "tlv_tweede_deskundige_ontbreekt"
    TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK = "tlv_advies_niet_individueel_schriftelijk"
    TLV_OUDERS_NIET_GEHOORD = "tlv_ouders_niet_gehoord"
    TLV_FORMULIER_PAST_NIET = "tlv_formulier_past_niet"
    TLV_EENZIJDIG_ZONDER_VOORWAARDEN = "tlv_eenzijdig_zonder_voorwaarden"
    TLV_TWEEDE_DESKUNDIGE_NIET_ONAFHANKELIJK = "tlv_tweede_deskundige_niet_onafhankelijk"

    # --- OPP (issue 4) ---
    OPP_TE_LAAT = "opp_te_laat"
    OPP_UITSTROOMBESTEMMING_ONTBREEKT = "opp_uitstroombestemming_ontbreekt"
    OPP_ONDERBOUWING_ONTBREEKT = "opp_onderbouwing_ontbreekt"
    OPP_HANDELINGSDEEL_ONTBREEKT = "opp_handelingsdeel_ontbreekt"
    OPP_GEEN_OOGO = "opp_geen_oogo"
    OPP_GEEN_INSTEMMING = "opp_geen_instemming"
    OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD = "opp_instemming_door_leerling_onbevoegd"
    OPP_NIET_GEEVALUEERD = "opp_niet_geevalueerd"
    OPP_LEERLING_NIET_GEHOORD = "opp_leerling_niet_gehoord"
    OPP_SYMBIOSE_ONVOLLEDIG = "opp_symbiose_onvolledig"
    OPP_SYMBIOSE_TE_OMVANGRIJK = "opp_symbiose_te_omvangrijk"

    # --- Verwijdering, schorsing en bezwaar (issue 5) ---
    VERWIJDERING_LEERKRACHT_NIET_GEHOORD = "verwijdering_leerkracht_niet_gehoord"
    VERWIJDERING_OUDERS_NIET_GEHOORD = "verwijdering_ouders_niet_gehoord"
    VERWIJDERING_LEERLING_NIET_GEHOORD = "verwijdering_leerling_niet_gehoord"
    VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD = "verwijdering_inspectie_niet_geraadpleegd"
    VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD = "verwijdering_inspectie_niet_geinformeerd"
    VERWIJDERING_ZONDER_ANDERE_SCHOOL = "verwijdering_zonder_andere_school"
    VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD = "verwijdering_niet_schriftelijk_gemotiveerd"
    BEZWAAR_OUDERS_NIET_GEHOORD = "bezwaar_ouders_niet_gehoord"
    BEZWAAR_BESLIST_VOOR_GPO_OORDEEL = "bezwaar_beslist_voor_gpo_oordeel"
    BEZWAAR_BESLISSING_TE_LAAT = "bezwaar_beslissing_te_laat"
    SCHORSING_TE_LANG = "schorsing_te_lang"
    SCHORSING_NIET_SCHRIFTELIJK = "schorsing_niet_schriftelijk"
    SCHORSING_INSPECTIE_NIET_GEMELD = "schorsing_inspectie_niet_gemeld"

    # --- Verwijdering: feitelijke verwijdering en voornemen (issue 11, VER-07) ---
    VERWIJDERING_ZONDER_BESLUIT = "verwijdering_zonder_besluit"
    VERWIJDERING_VOORNEMEN_NIET_GEMOTIVEERD = "verwijdering_voornemen_niet_gemotiveerd"
    # --- Aanmelding en toelating (issue 11) ---
    UITZONDERING_NIET_VAN_TOEPASSING = "uitzondering_niet_van_toepassing"
    NIET_BEHANDELD_ZONDER_INFORMATIEVERZOEK = "niet_behandeld_zonder_informatieverzoek"

    # --- PO→VO overstap (issue 13, PV-01 … PV-03) ---
    VOORLOPIG_ADVIES_ONTBREEKT = "voorlopig_advies_ontbreekt"
    VOORLOPIG_ADVIES_BUITEN_VENSTER = "voorlopig_advies_buiten_venster"
    DEFINITIEF_ADVIES_ONTBREEKT = "definitief_advies_ontbreekt"
    DEFINITIEF_ADVIES_TE_LAAT = "definitief_advies_te_laat"
    HEROVERWEGING_ONTBREEKT = "heroverweging_ontbreekt"
    SCHOOLADVIES_VERLAAGD = "schooladvies_verlaagd"
    HEROVERWEGING_ZONDER_REDENEN = "heroverweging_zonder_redenen"
    OKR_ONTBREEKT = "okr_ontbreekt"
    VO_BESLUIT_OP_TOETSADVIES = "vo_besluit_op_toetsadvies"
    VO_PLAATSING_ONDER_SCHOOLADVIES = "vo_plaatsing_onder_schooladvies"


@attrs.frozen(kw_only=True)
class Gebreksoort(Weergave):
    """Catalogusregel van een :class:`GebrekCode`: wat de code betekent, het artikel en de
    GPO-categorie.

    Elke module die een procedure toetst, houdt een ``dict[GebrekCode, Gebreksoort]`` bij van de
    codes die zij kan melden; ``passend.toets`` voegt die samen tot één catalogus, waaruit de
    lijst van codes in de documentatie wordt gemaakt.
    """

    #: Wat het gebrek inhoudt, in één zin.
    omschrijving: str = attrs.field(validator=niet_leeg)
    #: De artikelen (en regelcodes) waarop het gebrek berust.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: De categorie van de Geschillencommissie passend onderwijs; ``None``: geen passende
    #: categorie.
    gpo_reden: GpoReden | None = attrs.field(default=None, validator=is_type_of_none(GpoReden))


@attrs.frozen(kw_only=True)
class Gebrek(Weergave):
    """Een procedureel gebrek: welke regel, op welke grond, wat er gebeurde, en de
    GPO-categorie."""

    #: Welke regel niet is gevolgd.
    code: GebrekCode = attrs.field(validator=is_enum(GebrekCode))
    #: De artikelen (en regelcodes) waarop de regel berust.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Wat er in dit dossier gebeurde, in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)
    #: De categorie van de Geschillencommissie passend onderwijs; ``None``: geen passende
    #: categorie.
    gpo_reden: GpoReden | None = attrs.field(default=None, validator=is_type_of_none(GpoReden))


@attrs.frozen(kw_only=True)
class Aandachtspunt(Weergave):
    """Een open norm die iemand zelf moet beoordelen (bijvoorbeeld "is de verwijdering
    evenredig?")."""

    #: Waarover het punt gaat, kort (bijvoorbeeld "evenredigheid verwijdering").
    onderwerp: str = attrs.field(validator=niet_leeg)
    #: Wat er te beoordelen is en waarom, in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)
    #: De artikelen (en regelcodes) waarop de norm berust; leeg als er geen is.
    grondslag: tuple[Bron, ...] = attrs.field(
        default=(), converter=als_bronnen, validator=elk_een(Bron)
    )
    #: De categorie van de Geschillencommissie passend onderwijs als de norm niet is gehaald;
    #: ``None``: geen passende categorie.
    gpo_reden: GpoReden | None = attrs.field(default=None, validator=is_type_of_none(GpoReden))


class Gebreken(Reeks[Gebrek]):
    """Wat :func:`passend.toets` geeft: een tuple van :class:`Gebrek` dat zich in Jupyter als
    tabel toont en gewone rijen geeft (``rijen()``)."""

    __slots__ = ()
    titel = "Gebreken"
    leeg = "Geen gebreken gevonden."


class Aandachtspunten(Reeks[Aandachtspunt]):
    """Wat :func:`passend.aandachtspunten` geeft: een tuple van :class:`Aandachtspunt` dat zich
    in Jupyter als tabel toont en gewone rijen geeft (``rijen()``)."""

    __slots__ = ()
    titel = "Aandachtspunten"
    leeg = "Geen aandachtspunten."
