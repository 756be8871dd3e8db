"""Begroting and the built-in meerjarenraming of Zuid-Kennemerland (seed 004 § 12).

The expected figures are typed over from the table in seed 004 § 12, independently of the
package data, so a wrong line in the data makes these tests fail.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from passend import NietBekend, OngeldigeInvoer
from passend.bekostiging import (
    Begroting,
    Begrotingsregel,
    Kant,
    Regelsoort,
    op_euros,
    signaleringswaarde,
)
from passend.bekostiging.voorbeelden import (
    afwijkingen_zuid_kennemerland,
    bedrag_per_leerling_zuid_kennemerland,
    meerjarenraming_zuid_kennemerland,
    tabel_zuid_kennemerland,
)

D = Decimal
JAREN = (2023, 2024, 2025, 2026, 2027, 2028)

# Seed 004 § 12, rows "baten", "lasten", "resultaat", "Prognose eigen vermogen op 31-12",
# "waarvan: weerstandvermogen", "Waarvan: bestemmingsreserve", "signaleringswaarde Inspectie".
SEED_BATEN = [18680066, 19412806, 19245938, 18793799, 18672534, 18551921]
SEED_LASTEN = [18981488, 20175763, 19831272, 19301811, 18762149, 18552711]
SEED_RESULTAAT = [-301422, -762957, -585334, -508013, -89615, -790]
SEED_EIGEN_VERMOGEN = [2560000, 1797043, 1211709, 703696, 614081, 613292]
SEED_WEERSTAND = [550000, 655000, 655000, 650000, 600000, 613292]
SEED_BESTEMMING = [2010000, 1142043, 556709, 53696, 14081, 0]
SEED_SIGNALERING = [653802, 679448, 673608, 657783, 653539, 649317]
SEED_SUBTOTALEN = {
    ("I Rijksbijdragen", None): [18036536, 18812002, 18692192, 18561426, 18443661, 18328048],
    ("II Overige baten", None): [643530, 600804, 553746, 232373, 228873, 223873],
    ("I Overdrachten", "Regulier onderwijs"): [
        7687106,
        8757813,
        8340295,
        8064798,
        7270271,
        6797876,
    ],
    ("I Overdrachten", "Speciaal basisonderwijs en SBO-plus"): [
        4764929,
        5118705,
        5219779,
        5322874,
        5428032,
        5535293,
    ],
    ("I Overdrachten", "Speciaal onderwijs"): [
        3371523,
        3280518,
        3409738,
        3544128,
        3683893,
        3829249,
    ],
    ("I Overdrachten", None): [15823558, 17157035, 16969812, 16931801, 16382196, 16162418],
    ("II Management & organisatie", None): [
        1090530,
        1133793,
        1153060,
        1172611,
        1192552,
        1212893,
    ],
    ("III Uitvoeringsorganisatie swv", None): [
        2067400,
        1884935,
        1708400,
        1197400,
        1187400,
        1177400,
    ],
}


@pytest.fixture(scope="module")
def raming() -> Begroting:
    return meerjarenraming_zuid_kennemerland()


def euros(waarden: list[Decimal]) -> list[int]:
    return [int(op_euros(w)) for w in waarden]


def test_acceptatie_2024(raming: Begroting) -> None:
    assert op_euros(raming.resultaat(2024)) == D("-762957")
    assert op_euros(raming.eigen_vermogen()[2024]) == D("1797043")
    assert op_euros(raming.signaleringswaarde(2024)) == D("679448")
    assert raming.signaleringswaarde(2024) == D("679448.21")


def test_totalen_resultaat_en_vermogen_elk_jaar(raming: Begroting) -> None:
    assert raming.jaren == JAREN
    assert euros([raming.totale_baten(j) for j in JAREN]) == SEED_BATEN
    assert euros([raming.totale_lasten(j) for j in JAREN]) == SEED_LASTEN
    assert euros([raming.resultaat(j) for j in JAREN]) == SEED_RESULTAAT
    assert euros(list(raming.eigen_vermogen().values())) == SEED_EIGEN_VERMOGEN
    assert euros([raming.weerstandsvermogen[j] for j in JAREN]) == SEED_WEERSTAND
    assert euros([raming.bestemmingsreserve(j) for j in JAREN]) == SEED_BESTEMMING
    assert euros([raming.signaleringswaarde(j) for j in JAREN]) == SEED_SIGNALERING


@pytest.mark.parametrize(("groep", "verwacht"), list(SEED_SUBTOTALEN.items()))
def test_subtotalen_regel_voor_regel(
    raming: Begroting, groep: tuple[str, str | None], verwacht: list[int]
) -> None:
    kant = Kant.BATEN if groep[0] in ("I Rijksbijdragen", "II Overige baten") else Kant.LASTEN
    waarden = [raming.subtotaal(kant, groep[0], j, subgroep=groep[1]) for j in JAREN]
    assert euros(waarden) == verwacht


def test_elke_getoonde_regel_staat_erin(raming: Begroting) -> None:
    bedragen = {r.naam: r.bedragen for r in raming.regels if r.soort is Regelsoort.BEDRAG}
    # A sample of lines across every group, typed over from the seed.
    assert bedragen["1 lichte ondersteuning"][2024] == D("7749761")
    assert bedragen["2 zware ondersteuning"][2024] == D("10958312")
    assert bedragen["4 rentebaten"][2023] == D("-5500")
    assert bedragen["1 ondersteuningsbedrag bao"][2028] == D("5942876")
    assert bedragen["4 ondersteuningsbekostiging inh. DUO (sbo)"][2024] == D("3881194")
    assert bedragen["7 ondersteuningsbekostiging inh. DUO (so)"][2024] == D("3230518")
    assert bedragen["1 Personeelskosten"][2026] == D("997081")
    assert bedragen["8 Expertisepool"][2024] == D("552000")
    assert len(bedragen) == 8 + 4 + 3 + 2 + 14 + 12


def test_de_tabel_in_het_pakket_is_de_seedtabel() -> None:
    tabel = tabel_zuid_kennemerland()
    assert [int(tabel["resultaat"][j]) for j in JAREN] == SEED_RESULTAAT
    assert [int(tabel["signaleringswaarde"][j]) for j in JAREN] == SEED_SIGNALERING
    assert bedrag_per_leerling_zuid_kennemerland()[2028] == D("365")


def test_alles_wat_de_tabel_toont_wordt_gereproduceerd(raming: Begroting) -> None:
    tabel = tabel_zuid_kennemerland()
    for j in JAREN:
        assert op_euros(raming.totale_baten(j)) == tabel["totaal baten"][j]
        assert op_euros(raming.totale_lasten(j)) == tabel["totaal lasten"][j]
        assert (
            op_euros(raming.subtotaal(Kant.LASTEN, "I Overdrachten", j))
            == (tabel["totaal overdrachten"][j])
        )


def test_correcties_zijn_zichtbaar_en_klein(raming: Begroting) -> None:
    afronding = [r for r in raming.regels if r.soort is Regelsoort.AFRONDING]
    assert afronding
    assert all(abs(b) < 1 for r in afronding for b in r.bedragen.values())
    assert all("hele euro" in r.toelichting for r in afronding)
    (correctie,) = [r for r in raming.regels if r.soort is Regelsoort.CORRECTIE]
    assert correctie.bedragen[2023] == D("-30000")
    assert correctie.bedragen[2024] == 0
    assert raming.eigen_vermogen_begin == D("2861422")  # 2 560 000 + 301 422


def test_afrondingscenten_zijn_als_reconstructie_gemarkeerd_en_weg_te_laten(
    raming: Begroting,
) -> None:
    afronding = [r for r in raming.regels if r.soort is Regelsoort.AFRONDING]
    assert afronding
    bronnen = {r.bron for r in afronding}
    assert len(bronnen) == 1
    (bron,) = bronnen
    assert bron is not None
    assert bron.zekerheid.value == "UNVERIFIED"
    assert "geen bron" in str(bron)
    kaal = meerjarenraming_zuid_kennemerland(met_afrondingsverschillen=False)
    assert not [r for r in kaal.regels if r.soort is Regelsoort.AFRONDING]
    # Exactly the seed's whole euros: every total within € 1 of the printed one, and 2024's
    # resultaat is the plain sum of the printed lines, one euro off the printed -762 957.
    for jaar, seed in zip(JAREN, SEED_RESULTAAT, strict=True):
        assert abs(op_euros(kaal.resultaat(jaar)) - seed) <= 1
    assert op_euros(kaal.resultaat(2024)) == -762958


def test_afwijkingen_van_de_tabel_worden_gemeld() -> None:
    gevonden = [(a.jaar, a.cijfer, a.verschil) for a in afwijkingen_zuid_kennemerland()]
    assert gevonden == [
        (None, "totaal baten (los cijfer)", None),
        (2023, "sub Regulier onderwijs", D("-30000")),
        (2024, "totaal overdrachten", D("-1")),
        (2026, "totaal overdrachten", D("1")),
        (2026, "totaal lasten", D("-1")),
        (2026, "resultaat", D("-1")),
        (2027, "totaal lasten", D("1")),
        (2028, "sub Speciaal basisonderwijs en SBO-plus", D("1")),
        (2028, "eigen vermogen 31-12", D("1")),
    ]
    los = afwijkingen_zuid_kennemerland()[0]
    assert los.getoond == D("12690336")
    assert "telt nergens mee" in los.uitleg
    assert "afronding" in afwijkingen_zuid_kennemerland()[2].uitleg
    assert "niet mee" in afwijkingen_zuid_kennemerland()[1].uitleg


def test_afrondingscontrole_toont_som_van_afgeronde_delen(raming: Begroting) -> None:
    controle = {c.totaal: c for c in raming.afrondingscontrole(2024)}
    overdrachten = controle["I Overdrachten"]
    assert overdrachten.afgeronde_som == D("17157035")
    assert overdrachten.som_afgeronde_delen == D("17157036")
    assert overdrachten.verschil == D("1")
    assert controle["resultaat"].afgeronde_som == D("-762957")
    with pytest.raises(NietBekend, match="jaar"):
        raming.afrondingscontrole(2030)


def test_what_if_in_een_regel(raming: Begroting) -> None:
    meer_so = raming.met_bedrag("7 ondersteuningsbekostiging inh. DUO (so)", 2025, D("3500000"))
    assert meer_so.resultaat(2025) == raming.resultaat(2025) - (D("3500000") - D("3359738"))
    assert meer_so.resultaat(2024) == raming.resultaat(2024)
    with pytest.raises(NietBekend, match="regels met deze naam"):
        raming.met_bedrag("bestaat niet", 2025, D(1))
    with pytest.raises(NietBekend, match="valt buiten"):
        raming.met_bedrag("8 Expertisepool", 2030, D(1))


def test_rijen_en_html(raming: Begroting) -> None:
    rijen = raming.rijen()
    assert set(rijen[0]) == {"kant", "hoofdgroep", "subgroep", "regel", "soort", *map(str, JAREN)}
    laatste = {r["regel"]: r for r in rijen}
    assert laatste["resultaat"]["2024"] == D("-762957")
    assert laatste["eigen vermogen 31-12"]["2028"] == D("613292")
    assert laatste["subtotaal Speciaal onderwijs"]["2024"] == D("3280518")
    assert laatste["waarvan bestemmingsreserve"]["2024"] == D("1142043")
    assert laatste["waarvan weerstandsvermogen"]["2028"] == D("613292")
    exact = {r["regel"]: r for r in raming.rijen(afgerond=False)}
    assert exact["resultaat"]["2024"] == D("-762957.4")
    html = raming._repr_html_()
    assert html.startswith("<table><caption>Meerjarenraming")
    assert "€ -762.957" in html
    assert "<strong>€ 1.797.043</strong>" not in html  # eigen vermogen is a stand, not a total
    assert "&amp;" in html  # "Management & organisatie" escaped


def regel(
    naam: str = "r", bedragen: dict[int, Decimal] | None = None, **kwargs: object
) -> Begrotingsregel:
    return Begrotingsregel(
        kant=kwargs.pop("kant", Kant.LASTEN),  # type: ignore[arg-type]
        hoofdgroep="A",
        naam=naam,
        bedragen=bedragen if bedragen is not None else {2024: D("1.50")},
        **kwargs,  # type: ignore[arg-type]
    )


def test_begroting_weigert_foute_invoer() -> None:
    with pytest.raises(OngeldigeInvoer, match="opeenvolgende"):
        Begroting(naam="x", jaren=(2024, 2026), regels=())
    with pytest.raises(OngeldigeInvoer, match="opeenvolgende"):
        Begroting(naam="x", jaren=(), regels=())
    with pytest.raises(OngeldigeInvoer, match="geen bedrag voor deze jaren"):
        Begroting(naam="x", jaren=(2024, 2025), regels=[regel()])
    with pytest.raises(OngeldigeInvoer, match="Begrotingsregel"):
        Begroting(naam="x", jaren=(2024,), regels=["regel"])  # type: ignore[list-item]
    with pytest.raises(OngeldigeInvoer, match="eigen_vermogen_begin"):
        Begroting(naam="x", jaren=(2024,), regels=(), eigen_vermogen_begin=1.5)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="bedragen"):
        regel(bedragen={2024: 1.5})  # type: ignore[dict-item]
    with pytest.raises(OngeldigeInvoer, match="kleiner dan € 1"):
        regel(bedragen={2024: D("1.00")}, soort=Regelsoort.AFRONDING)
    with pytest.raises(OngeldigeInvoer, match="naam"):
        regel(naam=" ")


def test_begroting_zonder_beginstand_of_weerstandsvermogen() -> None:
    b = Begroting(
        naam="<script>",
        jaren=(2024,),
        regels=[
            regel(bedragen={2024: D("10.40")}),
            regel("baat", {2024: D("100")}, kant=Kant.BATEN),
        ],
    )
    assert b.resultaat(2024) == D("89.60")
    assert b.signaleringswaarde(2024) == signaleringswaarde(D("100"))
    with pytest.raises(NietBekend, match="eigen vermogen op 1 januari"):
        b.eigen_vermogen()
    assert b.eigen_vermogen(D("1000"))[2024] == D("1089.60")
    with pytest.raises(NietBekend, match="weerstandsvermogen"):
        b.bestemmingsreserve(2024, D("0"))
    with pytest.raises(NietBekend, match="geen lastenregels"):
        b.subtotaal(Kant.LASTEN, "B", 2024)
    with pytest.raises(NietBekend, match="geen bedrag"):
        regel().bedrag(2023)
    assert "&lt;script&gt;" in b._repr_html_()
    assert "eigen vermogen 31-12" not in {r["regel"] for r in b.rijen()}
    assert b.uitleg(2024).endswith("Het eigen vermogen is onbekend: er is geen beginstand gegeven.")


def test_uitleg_vergelijkt_eigen_vermogen_met_signaleringswaarde(raming: Begroting) -> None:
    assert raming.uitleg(2024) == (
        "Begroting 2024: baten € 19.412.806, lasten € 20.175.763, resultaat € -762.957. "
        "De lasten bevatten € -0,60 aan afrondingsverschillen (reconstructie, geen bron). "
        "Eigen vermogen eind 2024 € 1.797.043; de signaleringswaarde is € 679.448 (3,5 % van "
        "de baten, minstens € 250.000). Het eigen vermogen ligt daarboven: mogelijk bovenmatig "
        "(een signaal, geen norm)."
    )


MERK = "reconstructie, geen bron"


def test_reconstructie_is_overal_zichtbaar_gemarkeerd(raming: Begroting) -> None:
    # The cents passend adds are no budget lines: a table, a DataFrame and the uitleg say so.
    afronding = [r for r in raming.regels if r.soort is Regelsoort.AFRONDING]
    rijen = raming.rijen()
    gemarkeerd = [r for r in rijen if MERK in str(r["regel"])]
    assert len(gemarkeerd) == len(afronding) == 5
    assert all(r["soort"] == Regelsoort.AFRONDING.value for r in gemarkeerd)
    assert all(MERK not in str(r["regel"]) for r in rijen if r not in gemarkeerd)
    assert raming._repr_html_().count(MERK) == len(afronding)
    # 2024: € -0,20 (SBO) and € -0,40 (SO) on the lasten side.
    assert "De lasten bevatten € -0,60 aan afrondingsverschillen (reconstructie, geen bron)" in (
        raming.uitleg(2024)
    )
    # 2025 has none, so the uitleg does not mention them.
    assert MERK not in raming.uitleg(2025)
    kaal = meerjarenraming_zuid_kennemerland(met_afrondingsverschillen=False)
    assert MERK not in kaal.uitleg(2024)
    assert all(MERK not in str(r["regel"]) for r in kaal.rijen())
    assert MERK not in kaal._repr_html_()


def test_correctie_van_passend_is_zichtbaar(raming: Begroting) -> None:
    rij = [r for r in raming.rijen() if r["soort"] == Regelsoort.CORRECTIE.value]
    assert [str(r["regel"]).endswith("(correctie van passend op de tabel)") for r in rij] == [True]
    assert (
        "De lasten bevatten € -30.000,00 aan correcties (correctie van passend op de tabel)."
        in raming.uitleg(2023)
    )
    assert "correctie" not in raming.uitleg(2024)


def test_weerstandsvermogen_en_jaren_worden_gecontroleerd() -> None:
    with pytest.raises(OngeldigeInvoer, match=r"weerstandsvermogen\[2024\]"):
        Begroting(naam="x", jaren=(2024,), regels=(), weerstandsvermogen={2024: 1.5})  # type: ignore[dict-item]
    with pytest.raises(OngeldigeInvoer, match="jaren"):
        Begroting(naam="x", jaren=("2024",), regels=())  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="kant"):
        regel(kant="lasten")
    with pytest.raises(OngeldigeInvoer, match="bron"):
        regel(bron="seed 004")
    with pytest.raises(OngeldigeInvoer, match="subgroep"):
        regel(subgroep=3)
    with pytest.raises(OngeldigeInvoer, match="grondslag"):
        Begroting(naam="x", jaren=(2024,), regels=(), grondslag=["seed 004"])  # type: ignore[list-item]
