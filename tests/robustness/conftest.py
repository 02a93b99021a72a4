"""Fixtures of the robustness suite (helpers live in ``robust_helpers``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from robust_helpers import GOOD_FILES, SAMPLES, STATS


@pytest.fixture(scope="session")
def good_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a few of our own sample documents (read-only for tests)."""
    d = tmp_path_factory.mktemp("good") / "corpus"
    d.mkdir()
    for name in GOOD_FILES:
        shutil.copy(SAMPLES / name, d / name)
    return d



def pytest_terminal_summary(terminalreporter) -> None:
    if STATS["files tried"]:
        terminalreporter.write_line(
            "robustness bad inputs: " + ", ".join(f"{k} {v}" for k, v in STATS.items()))
