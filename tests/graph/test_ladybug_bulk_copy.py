"""Bulk ``COPY … FROM <DataFrame>`` runs on one LadybugDB thread.

LadybugDB 0.22 deadlocks at random (every thread parked on a futex, no CPU used) when several threads
scan a large object-dtype DataFrame; the L benchmark hit it with 438,596 company ids, and the same
frame hangs in most runs from ~262,000 rows on while ``CALL threads=1`` loads it every time. The race
cannot be triggered on demand in a unit test, so this checks the guard itself: every COPY runs with one
thread and the connection gets its thread count back afterwards."""

from __future__ import annotations

from pathlib import Path

from computekg.graph.ladybug import COPY_THRESHOLD, LadybugStore
from computekg.ontology import Entity


class _Recorder:
    """Wraps a LadybugDB connection and records every statement sent to it."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.statements: list[str] = []

    def execute(self, stmt, *args, **kwargs):
        self.statements.append(stmt)
        return self.conn.execute(stmt, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def test_every_copy_runs_single_threaded_and_restores_threads(tmp_path: Path) -> None:
    store = LadybugStore(tmp_path / "kg.lbug")
    try:
        before = store._conn.execute("CALL current_setting('threads') RETURN *").get_next()[0]
        recorder = _Recorder(store._conn)
        store._conn = recorder
        entities = [Entity(name=f"公司{i}", type="Company", country="CN") for i in range(COPY_THRESHOLD + 10)]
        store.write(entities, [])
        copies = [i for i, s in enumerate(recorder.statements) if s.startswith("COPY ")]
        assert copies, "the bulk path was not taken"
        for i in copies:
            assert recorder.statements[i - 1] == "CALL threads=1"
            assert recorder.statements[i + 1] == f"CALL threads={int(before)}"
        after = store._conn.execute("CALL current_setting('threads') RETURN *").get_next()[0]
        assert after == before
        assert store.counts()["nodes:Company"] == COPY_THRESHOLD + 10
    finally:
        store.close()
