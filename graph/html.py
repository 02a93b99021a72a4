"""Interactive, self-contained HTML view of the graph.

:func:`export_html` turns entities and facts into one offline ``.html`` file: vis-network (the copy
vendored in pyvis) and the page code are inlined, nothing is fetched from the network, and all
document-derived text travels as escaped JSON in ``<script type="application/json">`` and is put on
the page with ``textContent`` only.

>>> from computekg.ontology import Entity
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.html"
>>> export_html([Entity(name="海光信息", type="Company", country="CN")], [], out).nodes
1
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from computekg.ontology import Entity, EntityType, Fact

from .html_layout import components, layout, segments

__all__ = ["HtmlSummary", "export_html", "TYPE_STYLE", "PREDICATE_COLOR"]

_TEMPLATES = Path(__file__).parent / "templates"
_URL_RE = re.compile(r"https?://", re.IGNORECASE)

# type -> (fill colour, vis shape, size). Shapes draw their label below the node, so 5 000 nodes stay legible.
TYPE_STYLE: dict[str, tuple[str, str, int]] = {
    EntityType.SEGMENT: ("#7048e8", "hexagon", 30),
    EntityType.PRODUCT_CATEGORY: ("#0ca678", "diamond", 20),
    EntityType.PRODUCT_MODEL: ("#3bc9db", "triangle", 12),
    EntityType.COMPANY: ("#868e96", "dot", 14),
    EntityType.COMPANY_GROUP: ("#868e96", "square", 18),
    EntityType.REGION: ("#2f9e44", "triangleDown", 16),
    EntityType.POLICY: ("#f59f00", "star", 18),
    EntityType.ORGANIZATION: ("#ae3ec9", "square", 14),
    EntityType.FACILITY: ("#8d6e63", "hexagon", 12),
    EntityType.METRIC: ("#adb5bd", "diamond", 10),
    EntityType.INDUSTRY: ("#f06595", "hexagon", 22),
    EntityType.DOCUMENT: ("#ced4da", "square", 8),
}
# companies: fill + border by origin
ORIGIN_STYLE: dict[str, tuple[str, str]] = {
    "domestic": ("#e03131", "#ffd43b"),  # red, gold border
    "foreign": ("#1c7ed6", "#0b3d6b"),  # blue, dark border
    "unknown": ("#868e96", "#343a40"),
}
PREDICATE_COLOR: dict[str, str] = {
    "SUPPLIES": "#e8590c",
    "HAS_MARKET_SHARE": "#d6336c",
    "DEPENDS_ON": "#1971c2",
    "PART_OF_SEGMENT": "#7048e8",
    "SUBTYPE_OF": "#4c6ef5",
    "RESTRICTS": "#c92a2a",
    "LOCALIZATION_RATE": "#2b8a3e",
    "LOCATED_IN": "#5c940d",
    "HEADQUARTERED_IN": "#74b816",
    "TARGETS": "#f08c00",
    "MENTIONS_METRIC": "#868e96",
    "ISSUED_BY": "#ae3ec9",
    "DESIGNATES_HUB_NODE": "#0b7285",
    "MADE_BY": "#862e9c",
    "INSTANCE_OF": "#1098ad",
    "SUBSIDIARY_OF": "#e67700",
}
_COMPANY_TYPES = {EntityType.COMPANY.value, EntityType.COMPANY_GROUP.value}


@dataclass(frozen=True)
class HtmlSummary:
    """What :func:`export_html` wrote."""

    path: Path
    nodes: int
    edges: int  # drawn edges (facts between the same pair are grouped into one)
    facts: int
    bytes: int
    physics: bool
    focus: str | None = None  # id of the focus node, if any

    def line(self) -> str:
        where = f", focus {self.focus}" if self.focus else ""
        return (
            f"wrote {self.path}: {self.nodes} nodes, {self.edges} edges ({self.facts} facts), "
            f"{self.bytes / 1024:.0f} KiB, physics {'on' if self.physics else 'off'}{where}"
        )


# --------------------------------------------------------------------------------------------- graph


def build_graph(entities: Iterable[Entity], facts: Iterable[Fact]) -> nx.MultiDiGraph:
    """A networkx multigraph: node id = ``Entity.id`` (attr ``entity``), edge key = ``Fact.id`` (attr ``fact``).

    Fact ends that are not among ``entities`` become implicit nodes (``implicit=True``).
    """
    g = nx.MultiDiGraph()
    for e in entities:
        g.add_node(e.id, entity=e, implicit=False)
    for f in facts:
        for nid, typ, name in (
            (f.subject_id, f.subject_type, f.subject),
            (f.object_id, f.object_type, f.object),
        ):
            if nid not in g:
                g.add_node(nid, entity=Entity(name=name, type=typ, source="discovered"), implicit=True)
        g.add_edge(f.subject_id, f.object_id, key=f.id, fact=f)
    return g


def _names(e: Entity) -> list[str]:
    return [n for n in (e.id, e.name, e.name_zh, e.name_en, *e.aliases) if n]


def resolve_focus(g: nx.MultiDiGraph, focus: str) -> str:
    """The node id whose id, name, Chinese/English name or alias equals ``focus`` (case-insensitive)."""
    if focus in g:
        return focus
    q = focus.strip().casefold()
    hits = [nid for nid, d in g.nodes(data=True) if q in {n.casefold() for n in _names(d["entity"])}]
    if not hits:
        raise ValueError(f"focus {focus!r}: no entity has this id, name or alias")
    # ambiguous name (e.g. a category and a company): the best-connected one, then the id, for stability
    return min(hits, key=lambda n: (-g.degree(n), n))


# ---------------------------------------------------------------------------------------- page data


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _fact_rows(facts: list[Fact]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """JSON rows of the facts (with conflict marks) and fact id -> row index."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        groups[(f.subject_id, f.predicate.value, f.object_id, f.year)].append(i)
    rows: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    group_of: dict[int, int] = {}
    conflicted: set[int] = set()
    for gi, members in enumerate(groups.values()):
        values = {
            (facts[i].value, facts[i].unit, facts[i].qualifier) for i in members if facts[i].value is not None
        }
        many = len(values) > 1
        for i in members:
            group_of[i] = gi
            if many or facts[i].conflict:
                conflicted.add(gi)
    for i, f in enumerate(facts):
        ev = f.evidence
        index[f.id] = i
        rows.append(
            {
                "id": f.id,
                "s": f.subject_id,
                "p": f.predicate.value,
                "o": f.object_id,
                "value": _num(f.value),
                "unit": f.unit,
                "year": f.year,
                "qualifier": f.qualifier,
                "scope": f.scope,
                "date": f.date,
                "modality": f.modality,
                "origin": f.origin,
                "flagged": f.conflict,
                "conflict": group_of[i] in conflicted,
                "group": group_of[i],
                "doc": ev.doc,
                "sentence": ev.sentence,
                "span_start": ev.start,
                "span_end": ev.end,
                "page": ev.page,
                "rule": ev.rule,
                "confidence": ev.confidence,
            }
        )
    return rows, index


def _origin(e: Entity) -> str:
    d = e.domestic
    return "unknown" if d is None else ("domestic" if d else "foreign")


def _label(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _node(nid: str, e: Entity, implicit: bool, xy: tuple[float, float], segs: list[str], degree: int) -> dict:
    fill, shape, size = TYPE_STYLE.get(e.type, ("#adb5bd", "dot", 12))
    border, border_width = "#495057", 1
    typ = str(e.type)
    if typ in _COMPANY_TYPES:
        fill, border = ORIGIN_STYLE[_origin(e)]
        border_width = 3 if e.domestic else 2
    tip = [e.name, typ + (f" · {e.country}" if e.country else "")]
    other = [n for n in (e.name_zh, e.name_en) if n and n != e.name]
    if other or e.aliases:
        tip.append("aka " + ", ".join(dict.fromkeys(other + e.aliases)))
    return {
        "id": nid,
        "label": _label(e.name),
        "title": "\n".join(tip),  # a string: vis-network shows it with innerText
        "shape": shape,
        "size": size + min(12, degree),
        "borderWidth": border_width,
        "color": {
            "background": fill,
            "border": border,
            "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"},
        },
        "x": xy[0],
        "y": xy[1],
        "kg": {
            "name": e.name,
            "type": typ,
            "name_zh": e.name_zh,
            "name_en": e.name_en,
            "country": e.country,
            "origin": _origin(e),
            "aliases": list(e.aliases),
            "docs": list(e.docs),
            "parent": e.parent,
            "attrs": e.attrs,
            "source": e.source,
            "implicit": implicit,
            "segments": segs,
        },
    }


def _nodes(g: nx.MultiDiGraph) -> list[dict]:
    """vis nodes with positions, segments, and where they stand: the page starts on the main component,
    isolated nodes wait behind a toggle."""
    segs, pos, degree = segments(g), layout(g), dict(g.degree())
    main, isolated = components(g)
    out = []
    for nid, d in g.nodes(data=True):
        nd = _node(nid, d["entity"], d["implicit"], pos[nid], segs.get(nid, []), degree[nid])
        nd["kg"]["main"] = nid in main
        nd["kg"]["isolated"] = nid in isolated
        out.append(nd)
    return out


def _edges(facts: list[Fact], index: dict[str, int]) -> list[dict]:
    """One vis edge per node pair (either direction); its facts are listed in ``kg.facts``."""
    pairs: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        pairs[tuple(sorted((f.subject_id, f.object_id)))].append(f)  # type: ignore[arg-type]
    out = []
    for group in pairs.values():
        first = group[0]
        a, b = first.subject_id, first.object_id
        fwd = any(f.subject_id == a for f in group)
        back = any(f.subject_id == b and a != b for f in group)
        preds = list(dict.fromkeys(f.predicate.value for f in group))
        colour = PREDICATE_COLOR.get(preds[0], "#495057")
        label = (
            ", ".join(preds[:2])
            + (" …" if len(preds) > 2 else "")
            + (f" ×{len(group)}" if len(group) > 1 else "")
        )
        out.append(
            {
                "id": "e" + first.id,
                "from": a,
                "to": b,
                "label": label,
                "title": f"{label}\n({len(group)} fact{'s' if len(group) > 1 else ''}; click for evidence)",
                "arrows": ",".join(x for x, on in (("to", fwd), ("from", back)) if on),
                "color": {"color": colour, "highlight": colour, "hover": colour},
                "dashes": "RESTRICTS" in preds,
                "width": 1 + min(4, len(group) - 1),
                "kg": {
                    "facts": [index[f.id] for f in group],
                    "preds": preds,
                    "conflict": any(f.conflict for f in group),
                },
            }
        )
    return out


def _options(physics: bool, big: bool) -> dict:
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.2},
            # the page fits the main component itself, zoomed so labels are readable (app.js firstView)
            "stabilization": {"enabled": physics, "iterations": 250, "updateInterval": 50, "fit": False},
        },
        "interaction": {
            "hover": not big,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
        },
        "nodes": {
            "font": {
                "size": 13,
                "face": "sans-serif",
                "color": "#212529",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "scaling": {"label": {"enabled": False, "drawThreshold": 6}},
        },
        "edges": {
            "font": {"size": 9, "align": "middle", "color": "#495057", "strokeWidth": 2},
            "smooth": {"enabled": not big, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"scaleFactor": 0.5}, "from": {"scaleFactor": 0.5}},
            "selectionWidth": 2,
        },
    }


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no ``<``, ``>``, ``&``, U+2028/9; ``/`` escaped too so no URL appears."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for raw, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
        ("/", "\\/"),
    ):
        text = text.replace(raw, esc)
    return text


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # licence banner and a few string constants name URLs; ':\/\/' is the same string in JS, not a URL in the file
    js = re.sub(r"(https?):(//)", r"\1:\\/\\/", js, flags=re.IGNORECASE)
    css = _URL_RE.sub("", css)
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - vendored file changed
        raise RuntimeError("vendored vis-network cannot be inlined safely")
    return js, css


def _render(title: str, data: dict) -> str:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=True, keep_trailing_newline=True
    )
    js, css = _vis_assets()
    page = env.get_template("graph.html.j2").render(
        page_title=html.escape(title).replace("/", "&#47;"),
        vis_css=jinja2.utils.markupsafe.Markup(css),
        vis_js=jinja2.utils.markupsafe.Markup(js),
        app_css=jinja2.utils.markupsafe.Markup((_TEMPLATES / "app.css").read_text(encoding="utf-8")),
        app_js=jinja2.utils.markupsafe.Markup((_TEMPLATES / "app.js").read_text(encoding="utf-8")),
        graph_json=jinja2.utils.markupsafe.Markup(_script_json(data)),
    )
    if _URL_RE.search(page):  # pragma: no cover - defensive: the file must stay offline
        raise RuntimeError("exported HTML would reference a URL")
    return page


# ---------------------------------------------------------------------------------------------- API


def document_view(entities: list[Entity], facts: list[Fact]) -> tuple[list[Entity], list[Fact]]:
    """What the documents say, on the category backbone: entities a document mentions or a document fact
    touches, all categories and segments, and the facts between them. The rest of the gazetteer
    (hundreds of reference companies and regions no document names) is left out of the picture.

    >>> document_view([], [])
    ([], [])
    """
    backbone = {"ProductCategory", "Segment"}
    touched = {x for f in facts if f.origin == "document" for x in (f.subject_id, f.object_id)}
    keep = {e.id for e in entities if e.docs or e.id in touched or e.type.value in backbone}
    kept_facts = [f for f in facts if f.subject_id in keep and f.object_id in keep]
    return [e for e in entities if e.id in keep], kept_facts


def export_html(
    entities: list[Entity],
    facts: list[Fact],
    out: Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    physics_threshold: int = 800,
    title: str = "computekg",
) -> HtmlSummary:
    """Write an interactive, offline, single-file HTML view of ``entities`` and ``facts`` to ``out``.

    ``focus`` (an id, name, Chinese/English name or alias) restricts the view to the nodes within
    ``depth`` hops of that entity, ignoring edge direction; an unknown focus raises ``ValueError``.
    Above ``physics_threshold`` nodes the positions are precomputed and physics is off, so big graphs
    become interactive within seconds.
    """
    from pyvis.network import Network

    if depth < 0:
        raise ValueError(f"depth must be >= 0, got {depth}")
    out = Path(out)
    g = build_graph(entities, facts)
    centre = None
    if focus is not None:
        centre = resolve_focus(g, focus)
        g = nx.ego_graph(g, centre, radius=depth, undirected=True)
    kept = [d["fact"] for _u, _v, d in g.edges(data=True)]
    n = g.number_of_nodes()
    physics = n <= physics_threshold
    big = n > physics_threshold

    rows, index = _fact_rows(kept)

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    # pyvis's add_node/add_edge check membership in lists (quadratic); fill its containers directly
    net.nodes = _nodes(g)
    net.node_ids = [nd["id"] for nd in net.nodes]
    net.node_map = {nd["id"]: nd for nd in net.nodes}
    net.edges = _edges(kept, index)
    net.set_options(json.dumps(_options(physics, big)))
    nodes, edges, _heading, _h, _w, options = net.get_network_data()

    data = {
        "title": title,
        "physics": physics,
        "focus": centre,
        "depth": depth if centre else None,
        "nodes": nodes,
        "edges": edges,
        "facts": rows,
        "options": json.loads(options),
        "style": {
            "types": {str(k): {"color": c, "shape": s} for k, (c, s, _z) in TYPE_STYLE.items()},
            "origins": {k: {"color": c, "border": b} for k, (c, b) in ORIGIN_STYLE.items()},
            "predicates": PREDICATE_COLOR,
        },
    }
    page = _render(title, data)
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = page.encode("utf-8")
    out.write_bytes(raw)
    return HtmlSummary(
        path=out,
        nodes=len(nodes),
        edges=len(edges),
        facts=len(rows),
        bytes=len(raw),
        physics=physics,
        focus=centre,
    )


def _register() -> None:
    """Make ``computekg.graph.base.export("html", ...)`` work when the exporter registry is available."""
    try:
        from .base import register_exporter
    except Exception:  # noqa: BLE001 - the registry is optional for this module
        return
    register_exporter("html")(export_html)


_register()
