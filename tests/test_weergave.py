"""Jupyter display (issue 15): every record and result as an escaped HTML table, the result
tuples of ``toets``, ``aandachtspunten`` and ``lopende_termijnen``, rows for pandas and the
dossier timeline with its SVG figure.

The HTML is checked by parsing it (``html.parser``), never by comparing strings.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import pickle
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import Protocol

import attrs
import pytest

import passend
from passend import (
    Aandachtspunten,
    Aanmelding,
    Bestuurssoort,
    Dossier,
    GebrekCode,
    Gebreken,
    Leerling,
    LopendeTermijnen,
    Ondersteuningsbehoefte,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    Tijdlijnsoort,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    aandachtspunten,
    bekostiging,
    laatste_feit,
    lopende_termijnen,
    overzicht,
    termijnen,
    tijdlijn,
    toets,
)
from passend import json as pjson
from passend._cli import voorbeelddossier
from passend._weergave import html_tabel, plat, rij
from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland

SVG = "{http://www.w3.org/2000/svg}"


class Tabellen(html.parser.HTMLParser):
    """The tables of an HTML fragment: caption, header cells and body rows as text; and every
    tag seen, so a test can tell that user data did not become markup."""

    def __init__(self, tekst: str) -> None:
        super().__init__()
        self.tabellen: list[dict[str, object]] = []
        self.tags: list[str] = []
        self.links: list[str] = []
        self._cel: list[str] | None = None
        self._rij: list[str] | None = None
        self._in: str | None = None
        self.feed(tekst)
        self.close()

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "table":
            self.tabellen.append({"caption": "", "koppen": [], "rijen": []})
        elif tag in ("caption", "thead", "tbody"):
            self._in = tag
        elif tag == "tr":
            self._rij = []
        elif tag in ("td", "th"):
            self._cel = []
        elif tag == "a":
            self.links.append(dict(attrs_).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        tabel = self.tabellen[-1] if self.tabellen else {}
        if tag in ("td", "th") and self._cel is not None and self._rij is not None:
            self._rij.append("".join(self._cel).strip())
            self._cel = None
        elif tag == "tr" and self._rij is not None:
            sleutel = "koppen" if self._in == "thead" else "rijen"
            lijst = tabel[sleutel]
            assert isinstance(lijst, list)
            lijst.append(self._rij)
            self._rij = None

    def handle_data(self, data: str) -> None:
        if self._cel is not None:
            self._cel.append(data)
        elif self._in == "caption" and self.tabellen:
            self.tabellen[-1]["caption"] = str(self.tabellen[-1]["caption"]) + data

    def tabel(self, index: int = -1) -> tuple[str, list[str], list[list[str]]]:
        t = self.tabellen[index]
        koppen = t["koppen"]
        rijen = t["rijen"]
        assert isinstance(koppen, list)
        assert isinstance(rijen, list)
        return str(t["caption"]), koppen[0] if koppen else [], rijen


# --- example data from the law (rules.md E1, AAN-01, AAN-08) --------------------------------

LL = Leerling(id="ll-1", geboortedatum=dt.date(2018, 5, 1))
BESTUUR = Schoolbestuur(id="b-1", naam="Stichting <b>Linde</b>", soort=Bestuurssoort.BIJZONDER)
LINDE = School(
    brin="12AB", naam="<script>alert('x')</script> De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR
)
#: Received Monday 3 March 2025; no decision: the six weeks end on 14 April (E1), so from
#: 15 April the decision is late (AAN-01).
ZONDER_BESLUIT = Dossier(
    leerling=LL,
    aanmeldingen=[
        Aanmelding(
            leerling=LL,
            school=LINDE,
            ontvangen_op=dt.date(2025, 3, 3),
            ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
            voorkeur=1,
        )
    ],
)


def test_een_record_is_een_tabel_van_zijn_velden_en_repr_blijft() -> None:
    aanmelding = ZONDER_BESLUIT.aanmeldingen[0]
    t = Tabellen(aanmelding._repr_html_())
    caption, _, rijen = t.tabel()
    assert caption == "Aanmelding"
    velden = {r[0]: r[1] for r in rijen}
    assert velden["ontvangen op"] == "2025-03-03"
    assert velden["ondersteuningsbehoefte"] == "vermoed"
    assert velden["besluit"] == "—"  # unknown stays visible, not left out
    assert velden["school"] == "<script>alert('x')</script> De Linde (12AB)"
    assert "script" not in t.tags
    assert "b" not in t.tags
    assert repr(aanmelding).startswith("Aanmelding(leerling=Leerling(id='ll-1'")


def test_een_termijn_toont_datums_grondslag_en_uitleg() -> None:
    termijn = termijnen.beslistermijn(dt.date(2025, 3, 3))
    t = Tabellen(termijn._repr_html_())
    caption, _, rijen = t.tabel()
    velden = {r[0]: r[1] for r in rijen}
    assert caption == "Termijn: Beslistermijn aanmelding"
    assert (velden["begin"], velden["einde"]) == ("2025-03-04", "2025-04-14")  # E1
    assert "WPO art. 40 lid 6" in velden["grondslag"]
    assert [r[0] for r in rijen][-2:] == ["grondslag", "uitleg"]  # citation, then explanation
    assert any(link.startswith("https://wetten.overheid.nl/") for link in t.links)
    assert "details" in t.tags  # the long explanation folds
    assert velden["uitleg"].endswith(termijn.uitleg)


def test_toets_geeft_gebreken_die_een_tuple_zijn() -> None:
    gebreken = toets(ZONDER_BESLUIT, dt.date(2025, 5, 1))
    assert isinstance(gebreken, Gebreken)
    assert isinstance(gebreken, tuple)
    assert gebreken == tuple(gebreken)
    assert tuple(gebreken) == gebreken
    assert repr(gebreken) == repr(tuple(gebreken))
    assert [g.code for g in gebreken] == [GebrekCode.BESLUIT_AANMELDING_TE_LAAT]
    assert pickle.loads(pickle.dumps(gebreken)) == gebreken
    caption, koppen, rijen = Tabellen(gebreken._repr_html_()).tabel()
    assert caption == "Gebreken (1)"
    assert koppen[0] == "code"
    assert koppen[-2:] == ["grondslag", "uitleg"]
    assert rijen[0][0] == "besluit_aanmelding_te_laat"
    assert "WPO art. 40 lid 6" in rijen[0][koppen.index("grondslag")]


def test_lege_uitkomsten_zeggen_dat() -> None:
    geen = toets(ZONDER_BESLUIT, dt.date(2025, 3, 4))
    assert geen == ()
    assert isinstance(geen, Gebreken)
    assert Tabellen(geen._repr_html_()).tabel()[2] == [["Geen gebreken gevonden."]]
    leeg = Dossier(leerling=LL)
    assert Tabellen(lopende_termijnen(leeg, dt.date(2025, 3, 4))._repr_html_()).tabel()[2] == [
        ["Geen lopende termijnen."]
    ]


def test_lopende_termijnen_en_aandachtspunten_als_tabel() -> None:
    lopend = lopende_termijnen(ZONDER_BESLUIT, dt.date(2025, 3, 10))
    assert isinstance(lopend, LopendeTermijnen)
    caption, koppen, rijen = Tabellen(lopend._repr_html_()).tabel()
    assert caption == "Lopende termijnen (1)"
    assert rijen[0][koppen.index("einde")] == "2025-04-14"
    assert "beleid" not in koppen  # empty for every term: left out
    punten = aandachtspunten(voorbeelddossier(), dt.date(2025, 6, 1))
    assert isinstance(punten, Aandachtspunten)
    _, koppen, rijen = Tabellen(punten._repr_html_()).tabel()
    assert koppen[0] == "onderwerp"
    assert len(rijen) == len(punten) > 0


def test_uitkomsten_als_json_blijven_een_lijst() -> None:
    gebreken = toets(ZONDER_BESLUIT, dt.date(2025, 5, 1))
    assert pjson.loads(pjson.dumps(gebreken), tuple[passend.Gebrek, ...]) == gebreken


def test_rijen_zijn_gewone_waarden() -> None:
    rijen = lopende_termijnen(ZONDER_BESLUIT, dt.date(2025, 3, 10)).rijen()
    assert rijen[0]["einde"] == dt.date(2025, 4, 14)
    assert rijen[0]["grondslag"] == "WPO art. 40 lid 6; WPO art. 40 lid 12; Atw art. 1 lid 1"
    gebrek = toets(ZONDER_BESLUIT, dt.date(2025, 5, 1)).rijen()[0]
    assert gebrek["code"] == "besluit_aanmelding_te_laat"
    assert isinstance(gebrek["gpo_reden"], str)
    for waarde in [*rijen[0].values(), *gebrek.values()]:
        assert waarde is None or type(waarde) in (str, int, bool, dt.date)


def test_plat_maakt_bedragen_alleen_op_verzoek_float() -> None:
    assert plat(Decimal("6634.52")) == Decimal("6634.52")
    assert plat(Decimal("6634.52"), als_getal=True) == 6634.52
    assert plat(TlvCategorie.SO_LAAG) == "so categorie I (laag)"
    assert rij(bekostiging.tarieven(2024), als_getal=True)["sbo"] == 6634.52


def test_tabel_laat_html_alleen_toe_als_het_veilig_is() -> None:
    t = Tabellen(html_tabel(["<th>"], [["<td>"]], titel="<caption>"))
    assert t.tags == ["table", "caption", "thead", "tr", "th", "tbody", "tr", "td"]
    assert t.tabel() == ("<caption>", ["<th>"], [["<td>"]])


def publieke_attrs_klassen() -> list[type]:
    namen = [getattr(passend, n) for n in passend.__all__]
    namen += [getattr(bekostiging, n) for n in bekostiging.__all__]
    return [k for k in namen if isinstance(k, type) and attrs.has(k)]


#: Values of passend, not results or records: a calendar, a citation.
GEEN_RECORD = {"Kalender", "Bron"}


@pytest.mark.parametrize("klasse", publieke_attrs_klassen(), ids=lambda k: k.__name__)
def test_elk_publiek_record_en_resultaat_toont_een_tabel(klasse: type) -> None:
    assert hasattr(klasse, "_repr_html_") != (klasse.__name__ in GEEN_RECORD)


class HeeftHtml(Protocol):
    def _repr_html_(self) -> str: ...


def voorbeeldwaarden() -> list[HeeftHtml]:
    """One value of many public classes, built from the demo dossier and the funding data."""
    d = voorbeelddossier()
    op = dt.date(2025, 6, 1)
    swv = Samenwerkingsverband(id="swv", naam="SWV <i>PO</i>", sector=Sector.PO)
    tlv = Tlv(
        leerling=d.leerling,
        swv=swv,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=dt.date(2025, 5, 12),
        aanvrager=d.inschrijvingen[0].school,
        besluit_op=dt.date(2025, 6, 2),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=dt.date(2025, 8, 1),
        einddatum=dt.date(2027, 7, 31),
    )
    besluit = d.aanmeldingen[0].besluit
    assert besluit is not None
    return [
        *d.records(),
        d.leerling,
        d.aanmeldingen[0].school,
        besluit,
        tlv,
        swv,
        passend.zorgplicht(d, op),
        passend.opp_vereist(d, op),
        passend.financieel_verantwoordelijke(d, op),
        overzicht(d, op),
        tijdlijn(d, op),
        passend.catalogus()[GebrekCode.SCHORSING_TE_LANG],
        passend.Beleid.zuid_kennemerland(),
        bekostiging.tarieven(2024),
        bekostiging.schoolbudget(2024, leerlingen=312, plaatsingen=2),
        bekostiging.ikc_volumebekostiging(2024, leerlingen_1_februari=620),
        meerjarenraming_zuid_kennemerland().regels[0],  # a plan, cited without a link
    ]


@pytest.mark.parametrize("waarde", voorbeeldwaarden(), ids=lambda w: type(w).__name__)
def test_voorbeeldwaarden_geven_geldige_tabellen(waarde: HeeftHtml) -> None:
    weergave = waarde._repr_html_()
    assert isinstance(weergave, str)
    t = Tabellen(weergave)
    assert t.tabellen, "ten minste één tabel"
    for tabel in t.tabellen:
        rijen = tabel["rijen"]
        assert isinstance(rijen, list)
        assert rijen
    assert not {"script", "i"} & set(t.tags)


# --- the timeline ----------------------------------------------------------------------------


def test_dossier_toont_zijn_tijdlijn_tot_het_laatste_feit() -> None:
    d = voorbeelddossier()
    assert laatste_feit(d) == dt.date(2025, 5, 1)  # the enrolment at De Beuk
    t = Tabellen(d._repr_html_())
    caption, koppen, rijen = t.tabel()
    assert caption == "Tijdlijn van leerling ll-demo, stand op 2025-05-01"
    assert koppen == ["van", "tot en met", "soort", "omschrijving", "grondslag", "uitleg"]
    perioden = [(r[0], r[1], r[3]) for r in rijen if r[2] == "zorgplicht"]
    # AAN-08: the zorgplicht passes at receipt of the later written aanmelding; ZP-01: then
    # the school of enrolment.
    assert perioden == [
        ("2025-03-03", "2025-04-06", "Stichting A, De Akker (11AA) (aanmelding)"),
        ("2025-04-07", "2025-04-30", "Gemeente B, De Beuk (22BB) (aanmelding)"),
        ("2025-05-01", "2025-05-01", "Gemeente B, De Beuk (22BB) (ingeschreven)"),
    ]
    assert "svg" in t.tags


def test_tijdlijn_toont_een_gebrek_op_de_dag_dat_het_ontstaat() -> None:
    lijn = tijdlijn(ZONDER_BESLUIT, dt.date(2025, 6, 1))
    gebreken = [r for r in lijn.regels if r.soort is Tijdlijnsoort.GEBREK]
    assert [r.van for r in gebreken] == [dt.date(2025, 4, 15)]  # the day after the six weeks
    (termijn,) = [r for r in lijn.regels if r.soort is Tijdlijnsoort.TERMIJN]
    assert (termijn.van, termijn.tot) == (dt.date(2025, 3, 4), dt.date(2025, 4, 14))
    perioden = [r for r in lijn.regels if r.soort is Tijdlijnsoort.ZORGPLICHT]
    assert [(p.van, p.tot) for p in perioden] == [
        (dt.date(2025, 3, 3), dt.date(2025, 4, 14)),
        (dt.date(2025, 4, 15), dt.date(2025, 6, 1)),  # BES-02: right to temporary enrolment
    ]
    assert perioden[1].omschrijving.endswith("(tijdelijk ingeschreven)")
    assert lijn.regels == tuple(sorted(lijn.regels, key=lambda r: r.van))


def test_tijdlijn_rijen_zijn_gewone_waarden() -> None:
    rijen = tijdlijn(ZONDER_BESLUIT, dt.date(2025, 6, 1)).rijen()
    assert {r["soort"] for r in rijen} == {"dossier", "zorgplicht", "termijn", "gebrek"}
    for r in rijen:
        assert set(r) == {"soort", "van", "tot", "omschrijving", "grondslag", "uitleg"}
        assert all(v is None or type(v) in (str, dt.date) for v in r.values())


def test_tijdlijn_als_svg_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "tijdlijn.svg"
    pad.write_text(tijdlijn(ZONDER_BESLUIT, dt.date(2025, 6, 1)).svg(), encoding="utf-8")
    wortel = ET.parse(pad).getroot()
    assert wortel.tag == f"{SVG}svg"
    assert float(wortel.attrib["width"]) > 0
    assert float(wortel.attrib["height"]) > 0
    teksten = [e.text or "" for e in wortel.iter(f"{SVG}text")]
    assert "zorgplicht" in teksten
    assert "gebrek" in teksten
    assert any("<script>" in t for t in teksten)  # the school name, escaped, not markup
    titels = [e.text or "" for e in wortel.iter(f"{SVG}title")]
    assert any("tijdelijk ingeschreven" in t for t in titels)
    assert not list(wortel.iter(f"{SVG}script"))
    assert len(list(wortel.iter(f"{SVG}rect"))) == 3  # two zorgplicht periods and one term


def test_laatste_feit_telt_geplande_datums_niet() -> None:
    d = voorbeelddossier()
    swv = Samenwerkingsverband(id="swv", naam="SWV", sector=Sector.PO)
    tlv = Tlv(
        leerling=d.leerling,
        swv=swv,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=dt.date(2025, 5, 12),
        aanvrager=d.inschrijvingen[0].school,
        besluit_op=dt.date(2025, 6, 2),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=dt.date(2025, 8, 1),
        einddatum=dt.date(2027, 7, 31),
    )
    assert laatste_feit(attrs.evolve(d, tlvs=[tlv])) == dt.date(2025, 6, 2)
    assert laatste_feit(Dossier(leerling=LL)) is None


def test_leeg_dossier_zegt_dat_het_leeg_is() -> None:
    caption, _, rijen = Tabellen(Dossier(leerling=LL)._repr_html_()).tabel()
    assert caption == ""
    assert rijen == [["Het dossier heeft geen records."]]


def test_een_onbeantwoordbare_vraag_wordt_een_regel() -> None:
    # The calendar of 2031 is not known: the beslistermijn cannot be computed (BuitenBereik).
    laat = attrs.evolve(
        ZONDER_BESLUIT,
        aanmeldingen=[
            attrs.evolve(ZONDER_BESLUIT.aanmeldingen[0], ontvangen_op=dt.date(2031, 1, 6))
        ],
    )
    lijn = tijdlijn(laat, dt.date(2031, 1, 7))
    onbekend = [r for r in lijn.regels if r.soort is Tijdlijnsoort.ONBEKEND]
    assert onbekend
    assert all("buiten" in r.uitleg or "niet" in r.uitleg for r in onbekend)
    assert Tabellen(lijn._repr_html_()).tabellen


def test_overzicht_toont_vier_tabellen() -> None:
    t = Tabellen(overzicht(ZONDER_BESLUIT, dt.date(2025, 5, 1))._repr_html_())
    assert [str(tabel["caption"]).split(" (")[0] for tabel in t.tabellen] == [
        "Zorgplichtoordeel",
        "Lopende termijnen",
        "Gebreken",
        "Aandachtspunten",
    ]
