"""Shared fixtures and hypothesis profiles for the passend tests."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from passend import Kalender

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=50, deadline=None)
# Deep runs (`make fuzz`, or `pytest --hypothesis-profile=fuzz`): many more inputs.
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def kalender() -> Kalender:
    return Kalender.standaard()
