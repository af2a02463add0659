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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A skipped test is not a passing test: the suite fails when anything was skipped.

    Every dependency the tests need is installed by scripts/test.sh, so a skip means something
    is missing. Set NASKH_ALLOW_SKIPS=1 to look at a partial run on purpose.
    """
    import os

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped and os.environ.get("NASKH_ALLOW_SKIPS") != "1":
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter is not None:
            reporter.write_line(f"FAILED: {len(skipped)} test(s) skipped; every test must run (NASKH_ALLOW_SKIPS=1 to allow)", red=True)
