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
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def kalender() -> Kalender:
    return Kalender.standaard()
