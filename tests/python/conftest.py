"""Shared fixtures: paths to the repository's test data, independent of the working directory."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def testdata() -> Path:
    return ROOT / "testdata"
