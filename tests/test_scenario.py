"""What-ifs on the funding (issue 15): growth on a Begroting in one line, rows a notebook can
plot, and a scenario that says it is one instead of citing the regulation."""

from __future__ import annotations

from decimal import Decimal as D

import attrs
import pytest

from passend import NietBekend, OngeldigeInvoer, TlvCategorie, Zekerheid
from passend._bronnen import BEGROTING_ZK, REGELING_BEKOSTIGING_2024
from passend.bekostiging import (
    Begroting,
    Regelsoort,
    op_euros,
    schoolbudget,
    tarieven,
)
from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland

SO = "7 ondersteuningsbekostiging inh. DUO (so)"


@pytest.fixture(scope="module")
def raming() -> Begroting:
    return meerjarenraming_zuid_kennemerland()


def test_groei_vanaf_het_jaar_ervoor(raming: Begroting) -> None:
    zes = raming.met_groei(SO, D("0.06"), vanaf=2025)
    basis = raming._regel(SO).bedrag(2024)
    for jaar in range(2025, 2029):
        assert zes._regel(SO).bedrag(jaar) == basis * D("1.06") ** (jaar - 2024)
    assert zes._regel(SO).bedrag(2024) == basis
    assert zes.resultaat(2024) == raming.resultaat(2024)
    # The plan itself grows the SO line by 4 % a year (ondersteuningsplan § 2): growing it by
    # 4 % changes no year by more than the cents the plan rounded away.
    vier = raming.met_groei(SO, D("0.04"), vanaf=2025)
    for jaar in range(2025, 2029):
        assert abs(vier.resultaat(jaar) - raming.resultaat(jaar)) < 1
    assert [int(op_euros(zes.resultaat(j))) for j in range(2025, 2029)] == [
        -649945,
        -643695,
        -303320,
        -299995,
    ]


def test_een_scenario_zegt_dat_het_een_scenario_is(raming: Begroting) -> None:
    zes = raming.met_groei(SO, D("0.06"), vanaf=2025)
    regel = zes._regel(SO)
    assert regel.soort is Regelsoort.SCENARIO
    assert regel.bron is not None
    assert str(regel.bron) == "Scenario groei 6 % per jaar vanaf 2025"
    assert regel.bron.zekerheid is Zekerheid.ONGEVERIFIEERD
    assert str(BEGROTING_ZK) in regel.toelichting  # where the other years come from
    assert zes.naam.endswith("(scenario)")
    (rij,) = [r for r in zes.rijen() if str(r["regel"]).startswith(SO)]
    assert rij["regel"] == f"{SO} (scenario)"
    assert rij["soort"] == "scenario"
    assert "Dit is een scenario; gewijzigd: " + SO in zes.uitleg(2026)
    assert "scenario" not in raming.uitleg(2026)
    # Untouched lines keep the plan as their source.
    assert zes._regel("8 Expertisepool").bron == BEGROTING_ZK


def test_twee_wijzigingen_houden_hun_geschiedenis(raming: Begroting) -> None:
    twee = raming.met_groei(SO, D("0.06"), vanaf=2025).met_bedrag(SO, 2028, D("4000000"))
    regel = twee._regel(SO)
    assert regel.bedrag(2028) == D("4000000")
    assert regel.toelichting.startswith("2028: € 4.000.000; groei 6 % per jaar vanaf 2025;")
    assert twee.naam.count("(scenario)") == 1


def test_groei_over_meer_regels_en_ongeldige_groei(raming: Begroting) -> None:
    beide = raming.met_groei([SO, "8 Expertisepool"], D("0"), vanaf=2026)
    assert beide._regel("8 Expertisepool").bedrag(2028) == raming._regel("8 Expertisepool").bedrag(
        2025
    )
    with pytest.raises(OngeldigeInvoer, match="groei"):
        raming.met_groei(SO, D("-1"), vanaf=2025)
    with pytest.raises(OngeldigeInvoer, match="groei"):
        raming.met_groei(SO, 0.06, vanaf=2025)  # type: ignore[arg-type]
    with pytest.raises(NietBekend, match="valt buiten"):
        raming.met_groei(SO, D("0.06"), vanaf=2023)  # no year before the first
    with pytest.raises(NietBekend, match="regels met deze naam"):
        raming.met_groei("bestaat niet", D("0.06"), vanaf=2025)


def test_rijen_als_getal_voor_een_grafiek(raming: Begroting) -> None:
    exact = raming.rijen()
    getallen = raming.rijen(als_getal=True)
    assert len(exact) == len(getallen)
    for a, b in zip(exact, getallen, strict=True):
        for jaar in map(str, raming.jaren):
            assert isinstance(a[jaar], D)
            assert isinstance(b[jaar], float)
            assert b[jaar] == float(a[jaar])  # type: ignore[arg-type]
    onafgerond = raming.rijen(afgerond=False, als_getal=True)
    (resultaat,) = [r for r in onafgerond if r["regel"] == "resultaat"]
    assert resultaat["2024"] == float(raming.resultaat(2024))


def test_schoolbudget_rijen_als_getal() -> None:
    budget = schoolbudget(2024, leerlingen=312, plaatsingen=2, tlvs_op_bao=[TlvCategorie.SO_LAAG])
    rijen = budget.rijen(als_getal=True)
    assert rijen[-1] == {"omschrijving": "totaal", "bedrag": 140069.30, "bron": ""}
    assert budget.rijen()[-1]["bedrag"] == D("140069.30")


def test_een_gewijzigd_tarief_citeert_de_regeling_niet() -> None:
    t = tarieven(2024)
    assert t.bron(TlvCategorie.SBO) == REGELING_BEKOSTIGING_2024
    duurder = attrs.evolve(t, sbo=D("7000.00"))
    bron = duurder.bron(TlvCategorie.SBO)
    assert bron.wet == "Scenario"
    assert bron.zekerheid is Zekerheid.ONGEVERIFIEERD
    assert "€ 7.000,00" in bron.artikel
    assert "€ 6.634,52" in bron.artikel
    assert duurder.bron(TlvCategorie.SO_LAAG) == REGELING_BEKOSTIGING_2024  # unchanged
    # The 2024 amounts are not the 2025 tariffs either.
    ander_jaar = attrs.evolve(t, jaar=2025)
    assert ander_jaar.bron(TlvCategorie.SO_HOOG).wet == "Scenario"
    # A school budget on the changed tariff cites the scenario, not the regulation.
    budget = schoolbudget(2024, leerlingen=312, plaatsingen=2, tarieven=duurder)
    assert bron in budget.grondslag
    assert t.bron(TlvCategorie.SBO) not in budget.grondslag
    assert duurder.rijen()[0]["bron"] == str(bron)
