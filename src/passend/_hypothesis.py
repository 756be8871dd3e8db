"""Hypothesis entry-point hook: ``st.from_type`` resolves passend classes to our strategies.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported and passend is installed
(``[project.entry-points.hypothesis]`` in ``pyproject.toml``).
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from passend import strategies as ps
    from passend._partijen import Leerling, Samenwerkingsverband, School, Schoolbestuur

    # Resolved lazily: this hook runs while ``passend.strategies`` may still be importing
    # hypothesis itself.
    st.register_type_strategy(Leerling, lambda _: ps.leerlingen())
    st.register_type_strategy(School, lambda _: ps.scholen())
    st.register_type_strategy(Schoolbestuur, lambda _: ps.schoolbesturen())
    st.register_type_strategy(Samenwerkingsverband, lambda _: ps.samenwerkingsverbanden())
