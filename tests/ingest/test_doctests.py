"""The examples in the ingest modules' docstrings are run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import computekg.ingest as ingest


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(ingest.__path__, "computekg.ingest."))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} failing docstring example(s)"
