"""Bekostiging van samenwerkingsverbanden passend onderwijs (rules.md §9, FIN-01 … FIN-07).

Een eigen publieke naamruimte: deze namen staan niet ook in ``passend``.

- Tarieven (FIN-05): :func:`tarieven`, :class:`Tarieven`, :func:`ikc_tarief`,
  :func:`ikc_plaatsingsbedrag`.
- Inkomsten van een SWV PO (FIN-01 – FIN-03): :func:`rijksbijdrage_swv_po`,
  :class:`Leerlingtelling`, :class:`Ondersteuningsbedragen`.
- Reserves (FIN-06): :func:`signaleringswaarde`.
- TOP-verdeelmodel van Zuid-Kennemerland (FIN-07): :class:`TopModel`, :func:`schoolbudget`,
  :func:`instroombudget`, :func:`tlv_op_bao`, :func:`ikc_volumebekostiging`,
  :func:`vangnet_so_cluster_3`, :func:`opmaat_weekbedrag` (:class:`OpmaatWeekbedrag`).
- :class:`Begroting` en het meegeleverde voorbeeld in :mod:`passend.bekostiging.voorbeelden`.
- Afronden, één keer aan het eind: :func:`op_centen`, :func:`op_euros`.
"""

from passend import _hypothesis
from passend.bekostiging._begroting import (
    Afrondingscontrole,
    Begroting,
    Begrotingsregel,
    Kant,
    Regelsoort,
)
from passend.bekostiging._geld import op_centen, op_euros
from passend.bekostiging._gespecialiseerd import (
    IkcVolume,
    OpmaatWeekbedrag,
    Vangnet,
    ikc_volumebekostiging,
    opmaat_weekbedrag,
    vangnet_so_cluster_3,
)
from passend.bekostiging._reserves import (
    MINIMUM_SIGNALERINGSWAARDE,
    PERCENTAGE_SIGNALERINGSWAARDE,
    signaleringswaarde,
)
from passend.bekostiging._swv import (
    EERSTE_JAAR_TELDATUM_1_FEBRUARI,
    Leerlingtelling,
    Ondersteuningsbedragen,
    Rijksbijdrage,
    ondersteuningsbedragen,
    rijksbijdrage_swv_po,
)
from passend.bekostiging._tarieven import (
    SO_CATEGORIEEN,
    Tarieven,
    ikc_plaatsingsbedrag,
    ikc_tarief,
    tarieven,
)
from passend.bekostiging._top import (
    Instroombudget,
    Instroomsoort,
    Schoolbudget,
    Schoolbudgetregel,
    TlvOpBao,
    TopModel,
    instroombudget,
    schoolbudget,
    tlv_op_bao,
)

__all__ = [
    # Tariffs
    "SO_CATEGORIEEN",
    "Tarieven",
    "ikc_plaatsingsbedrag",
    "ikc_tarief",
    "tarieven",
    # SWV-PO income
    "EERSTE_JAAR_TELDATUM_1_FEBRUARI",
    "Leerlingtelling",
    "Ondersteuningsbedragen",
    "Rijksbijdrage",
    "ondersteuningsbedragen",
    "rijksbijdrage_swv_po",
    # Reserves
    "MINIMUM_SIGNALERINGSWAARDE",
    "PERCENTAGE_SIGNALERINGSWAARDE",
    "signaleringswaarde",
    # TOP-verdeelmodel
    "IkcVolume",
    "Instroombudget",
    "Instroomsoort",
    "OpmaatWeekbedrag",
    "Schoolbudget",
    "Schoolbudgetregel",
    "TlvOpBao",
    "TopModel",
    "Vangnet",
    "ikc_volumebekostiging",
    "instroombudget",
    "opmaat_weekbedrag",
    "schoolbudget",
    "tlv_op_bao",
    "vangnet_so_cluster_3",
    # Begroting
    "Afrondingscontrole",
    "Begroting",
    "Begrotingsregel",
    "Kant",
    "Regelsoort",
    # Rounding
    "op_centen",
    "op_euros",
]

# When hypothesis is already imported, ``st.from_type`` learns the funding classes now; else its
# entry point registers them (see passend._hypothesis).
_hypothesis.registreer_als_hypothesis_geladen()
