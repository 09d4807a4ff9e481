"""Shared test setup: hypothesis profiles (derandomized in CI so CI never flakes)."""

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers import PROJECT

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=100,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture()
def project(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the project's claims and seeds (the frozen copy under tests/project/) in a fresh
    repository root, as the working directory."""
    for name in ("claims", "seeds"):
        shutil.copytree(PROJECT / name, tmp_path / name)
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path
