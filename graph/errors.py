"""Errors of the graph layer; every message is one line."""

from __future__ import annotations


class StoreError(RuntimeError):
    """A store could not be opened, written or queried; the message is one line."""


class CypherError(StoreError):
    """A query the Cypher layer refuses before it reaches the engine: a missing ``$parameter``, or a
    form the engine cannot run (the message says what to write instead)."""


class ReadOnlyError(CypherError):
    """A write clause was sent through a read-only :meth:`GraphStore.query`."""


class QueryTimeout(StoreError):
    """A query ran longer than its timeout and was stopped."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        limit = f"{seconds:g} s" if seconds is not None else "its time limit"
        super().__init__(f"query stopped after {limit} (timeout; raise it with --timeout SECONDS or timeout=)")
