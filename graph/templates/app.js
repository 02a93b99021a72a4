/* computekg graph page. Every document-derived string is put on the page with textContent only. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var style = data.style;
  var facts = data.facts;
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  // ---------------------------------------------------------------- DOM helpers (text only)
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function kv(key, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return null;
    var d = el("div", "kv");
    add(d, el("b", null, key + ": "), document.createTextNode(Array.isArray(value) ? value.join(", ") : String(value)));
    return d;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function nameOf(id) { var n = byId[id]; return n ? n.kg.name : id; }

  document.getElementById("title").textContent = data.title;
  document.title = data.title;

  // ---------------------------------------------------------------- filter state
  var state = { types: new Set(), preds: new Set(), segment: "", country: "", origin: "", isolated: false };
  var MIN_LABEL_PX = 11; // the first view is zoomed so that node labels are at least this tall
  var nIsolated = data.nodes.filter(function (n) { return n.kg.isolated; }).length;
  var typeCount = {}, predCount = {}, segments = new Set(), countries = new Set();
  data.nodes.forEach(function (n) {
    typeCount[n.kg.type] = (typeCount[n.kg.type] || 0) + 1;
    n.kg.segments.forEach(function (s) { segments.add(s); });
    if (n.kg.country && (n.kg.type === "Company" || n.kg.type === "CompanyGroup")) countries.add(n.kg.country);
  });
  facts.forEach(function (f) { predCount[f.p] = (predCount[f.p] || 0) + 1; });
  Object.keys(typeCount).forEach(function (t) { state.types.add(t); });
  Object.keys(predCount).forEach(function (p) { state.preds.add(p); });

  // ---------------------------------------------------------------- network
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var visible = computeVisible(); // Set of visible node ids, null = all (isolated nodes start hidden)
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return !visible || visible.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: edgeVisible });
  var options = data.options;
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  window.computekg = { network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView, data: data };
  window.computekgStable = !data.physics;
  network.once("afterDrawing", function () {
    window.computekgReadyMs = performance.now();
    document.body.setAttribute("data-ready", "1");
    if (!data.physics) firstView();
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      window.computekgStable = true;
      firstView();
    });
  }

  // ---------------------------------------------------------------- first view
  function hub(ids) { // the best-connected node: the densest part of the picture
    var degree = {};
    edgesView.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
    return ids.reduce(function (best, id) { return (degree[id] || 0) > (degree[best] || 0) ? id : best; }, ids[0]);
  }
  function firstView() {
    var ids = nodesView.getIds();
    var main = ids.filter(function (id) { return byId[id].kg.main; });
    var scope = main.length ? main : ids;
    if (scope.length) network.fit({ nodes: scope, animation: false });
    var font = (options.nodes && options.nodes.font && options.nodes.font.size) || 13;
    if (scope.length && network.getScale() * font < MIN_LABEL_PX) { // too far out to read: zoom in on the hub
      var centre = data.focus && nodesView.get(data.focus) ? data.focus : hub(scope);
      network.moveTo({ position: network.getPositions([centre])[centre], scale: MIN_LABEL_PX / font, animation: false });
    }
    window.computekgViewReady = true;
  }

  // ---------------------------------------------------------------- filters and legend
  function isCompany(n) { return n.kg.type === "Company" || n.kg.type === "CompanyGroup"; }
  function nodeVisible(n) {
    var k = n.kg;
    if (k.isolated && !state.isolated) return false;
    if (!state.types.has(k.type)) return false;
    if (state.segment && k.segments.indexOf(state.segment) < 0) return false;
    if (isCompany(n)) {
      if (state.country && k.country !== state.country) return false;
      if (state.origin && k.origin !== state.origin) return false;
    }
    return true;
  }
  function edgeVisible(e) {
    if (visible && !(visible.has(e.from) && visible.has(e.to))) return false;
    if (state.preds.size === Object.keys(predCount).length) return true;
    for (var i = 0; i < e.kg.preds.length; i++) if (state.preds.has(e.kg.preds[i])) return true;
    return false;
  }
  function computeVisible() {
    var all = state.types.size === Object.keys(typeCount).length && !state.segment && !state.country &&
      !state.origin && (state.isolated || !nIsolated);
    if (all) return null;
    var shown = new Set();
    data.nodes.forEach(function (n) { if (nodeVisible(n)) shown.add(n.id); });
    return shown;
  }
  function refresh() {
    visible = computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    stats();
  }
  function stats() {
    document.getElementById("stats").textContent =
      nodesView.length + " / " + data.nodes.length + " nodes · " + edgesView.length + " / " + data.edges.length +
      " edges · " + facts.length + " facts" + (data.focus ? " · focus " + nameOf(data.focus) + " (depth " + data.depth + ")" : "");
  }
  function fillSelect(id, values) {
    var sel = document.getElementById(id);
    Array.from(values).sort().forEach(function (v) { var o = el("option", null, v); o.value = v; sel.appendChild(o); });
    sel.addEventListener("change", function () { state[id.slice(2)] = sel.value; refresh(); });
  }
  fillSelect("f-segment", segments);
  fillSelect("f-country", countries);
  document.getElementById("f-origin").addEventListener("change", function (ev) { state.origin = ev.target.value; refresh(); });
  var isolatedBox = document.getElementById("f-isolated");
  document.getElementById("n-isolated").textContent = String(nIsolated);
  isolatedBox.addEventListener("change", function () { state.isolated = isolatedBox.checked; refresh(); });

  function checkbox(set, key, swatch, count) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = key;
    box.addEventListener("change", function () { if (box.checked) set.add(key); else set.delete(key); refresh(); });
    add(label, box, swatch, el("span", null, key), el("span", "count", count));
    return label;
  }
  var typesBox = document.getElementById("f-types");
  Object.keys(typeCount).sort().forEach(function (t) {
    var sw = el("span", "swatch");
    var st = style.types[t] || { color: "#adb5bd", shape: "dot" };
    sw.style.background = st.color;
    sw.title = st.shape;
    typesBox.appendChild(checkbox(state.types, t, sw, typeCount[t]));
  });
  var originBox = document.getElementById("origin-legend");
  [["domestic", "domestic (CN/HK/MO): red, gold border"], ["foreign", "foreign: blue"], ["unknown", "country unknown: grey"]].forEach(function (o) {
    var sw = el("span", "swatch");
    sw.style.background = style.origins[o[0]].color;
    sw.style.borderColor = style.origins[o[0]].border;
    originBox.appendChild(add(el("div"), sw, el("span", null, o[1])));
  });
  var predsBox = document.getElementById("f-preds");
  Object.keys(predCount).sort().forEach(function (p) {
    var sw = el("span", "line");
    sw.style.background = style.predicates[p] || "#495057";
    predsBox.appendChild(checkbox(state.preds, p, sw, predCount[p]));
  });
  document.getElementById("reset").addEventListener("click", function () {
    Object.keys(typeCount).forEach(function (t) { state.types.add(t); });
    Object.keys(predCount).forEach(function (p) { state.preds.add(p); });
    state.segment = state.country = state.origin = "";
    state.isolated = false;
    document.querySelectorAll("#sidebar input[type=checkbox]").forEach(function (b) { b.checked = b !== isolatedBox; });
    document.querySelectorAll("#sidebar select").forEach(function (s) { s.value = ""; });
    refresh();
  });

  // ---------------------------------------------------------------- search
  var searchKeys = data.nodes.map(function (n) {
    var k = n.kg, keys = [n.id, k.name, k.name_zh, k.name_en].concat(k.aliases || []);
    return { id: n.id, keys: keys.filter(Boolean).map(function (s) { return String(s).toLowerCase(); }) };
  });
  var dl = document.getElementById("search-names");
  var seen = new Set();
  data.nodes.slice(0, 5000).forEach(function (n) {
    [n.kg.name].concat(n.kg.aliases || []).forEach(function (s) {
      if (!seen.has(s)) { seen.add(s); var o = el("option"); o.value = s; dl.appendChild(o); }
    });
  });
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var exact = [], part = [];
    searchKeys.forEach(function (s) {
      if (s.keys.indexOf(q) >= 0) exact.push(s.id);
      else if (s.keys.some(function (k) { return k.indexOf(q) >= 0; })) part.push(s.id);
    });
    return exact.concat(part);
  }
  function focusNode(id) {
    if (visible && !visible.has(id)) {
      document.getElementById("search-result").textContent = nameOf(id) + " is hidden by the filters";
    }
    network.selectNodes(nodesView.get(id) ? [id] : []);
    if (nodesView.get(id)) network.focus(id, { scale: 1.4, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  function runSearch() {
    var q = document.getElementById("search").value;
    var hits = search(q);
    var list = document.getElementById("search-hits");
    clear(list);
    document.getElementById("search-result").textContent = q.trim() ? hits.length + " match" + (hits.length === 1 ? "" : "es") : "";
    hits.slice(0, 15).forEach(function (id) {
      var b = el("button", null, nameOf(id) + " (" + byId[id].kg.type + ")");
      b.type = "button";
      b.addEventListener("click", function () { focusNode(id); });
      list.appendChild(add(el("li"), b));
    });
    if (hits.length) focusNode(hits[0]);
  }
  var searchBox = document.getElementById("search");
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });
  searchBox.addEventListener("change", runSearch);

  // ---------------------------------------------------------------- side panel
  var panel = document.getElementById("panel");
  var MAX_FACTS = 300;

  function jump(id) {
    var a = el("a", "jump", nameOf(id));
    a.addEventListener("click", function () { focusNode(id); });
    return a;
  }
  function valueText(f) {
    var parts = [];
    if (f.value !== null) parts.push((f.qualifier && f.p !== "RESTRICTS" ? f.qualifier + " " : "") + f.value + (f.unit ? " " + f.unit : ""));
    if (f.year !== null) parts.push(String(f.year));
    if (f.date) parts.push(f.date);
    if (f.qualifier && (f.value === null || f.p === "RESTRICTS")) parts.push("qualifier: " + f.qualifier);
    if (f.scope) parts.push("scope: " + f.scope);
    if (f.modality) parts.push(f.modality);
    return parts.join(" · ");
  }
  function factCard(f, from) {
    var card = el("div", "fact" + (f.conflict ? " conflicted" : "") + (f.origin === "curated" ? " curated" : ""));
    var chip = el("span", "chip", f.p);
    chip.style.background = style.predicates[f.p] || "#495057";
    var head = el("div");
    if (from === f.s) add(head, chip, document.createTextNode(" → "), jump(f.o));
    else if (from === f.o) add(head, jump(f.s), document.createTextNode(" → "), chip);
    else add(head, jump(f.s), document.createTextNode(" "), chip, document.createTextNode(" → "), jump(f.o));
    add(card, head);
    var v = valueText(f);
    if (v) card.appendChild(el("div", "value", v));
    if (f.flagged) card.appendChild(el("div", "kv", "⚠ flagged as conflicting by the resolver"));
    card.appendChild(el("blockquote", "evidence", f.sentence));
    card.appendChild(el("div", "prov", f.doc + " [" + f.span_start + "–" + f.span_end + ") · rule " + f.rule +
      " · confidence " + f.confidence + (f.page ? " · page " + f.page : "") +
      (f.origin === "reference" ? " · reference" : f.origin === "curated" ? " · curated (reviewed by hand)" : "")));
    return card;
  }
  function factList(parent, idxs, from) {
    var groups = new Map();
    idxs.forEach(function (i) {
      var f = facts[i];
      if (!groups.has(f.group)) groups.set(f.group, []);
      groups.get(f.group).push(f);
    });
    var shown = 0;
    groups.forEach(function (fs) {
      if (shown >= MAX_FACTS) return;
      shown += fs.length;
      if (fs[0].conflict && fs.length > 1) {
        var box = el("div", "conflict");
        box.appendChild(el("div", "flag", "⚠ conflicting values (" + fs.length + " sources) for " +
          nameOf(fs[0].s) + " " + fs[0].p + " " + nameOf(fs[0].o) + (fs[0].year !== null ? " " + fs[0].year : "")));
        var sides = el("div", "sides");
        fs.forEach(function (f) { sides.appendChild(factCard(f, from)); });
        parent.appendChild(add(box, sides));
      } else {
        fs.forEach(function (f) {
          var card = factCard(f, from);
          if (f.conflict) {
            var box = el("div", "conflict");
            box.appendChild(el("div", "flag", "⚠ conflict"));
            parent.appendChild(add(box, card));
          } else parent.appendChild(card);
        });
      }
    });
    if (idxs.length > shown) parent.appendChild(el("p", "muted", (idxs.length - shown) + " more facts not shown"));
  }
  var factsOf = null;
  function nodeFacts(id) {
    if (!factsOf) {
      factsOf = {};
      facts.forEach(function (f, i) {
        (factsOf[f.s] = factsOf[f.s] || []).push(i);
        if (f.o !== f.s) (factsOf[f.o] = factsOf[f.o] || []).push(i);
      });
    }
    return factsOf[id] || [];
  }
  function showNode(id) {
    var n = byId[id];
    if (!n) return;
    var k = n.kg;
    clear(panel);
    panel.setAttribute("data-kind", "node");
    panel.setAttribute("data-id", id);
    add(panel, el("h2", null, k.name));
    add(panel,
      kv("type", k.type + (k.implicit ? " (only seen in facts)" : "")),
      kv("id", id),
      kv("中文名", k.name_zh), kv("English", k.name_en),
      kv("country", k.country ? k.country + (isCompany(n) ? " · " + k.origin : "") : null),
      kv("aliases", k.aliases), kv("parent", k.parent), kv("segments", k.segments),
      kv("source", k.source), kv("documents", k.docs));
    Object.keys(k.attrs || {}).forEach(function (a) {
      var v = k.attrs[a];
      panel.appendChild(kv(a, typeof v === "string" ? v : JSON.stringify(v)));
    });
    var idxs = nodeFacts(id);
    panel.appendChild(el("h3", null, "Facts (" + idxs.length + ")"));
    factList(panel, idxs, id);
  }
  function showEdge(eid) {
    var e = edges.get(eid);
    if (!e) return;
    clear(panel);
    panel.setAttribute("data-kind", "edge");
    panel.setAttribute("data-id", eid);
    add(panel, add(el("h2"), jump(e.from), document.createTextNode(" — "), jump(e.to)));
    add(panel, kv("predicates", e.kg.preds));
    panel.appendChild(el("h3", null, "Facts (" + e.kg.facts.length + ")"));
    factList(panel, e.kg.facts, null);
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  window.computekg.showNode = showNode;
  window.computekg.showEdge = showEdge;
  window.computekg.search = search;
  window.computekg.refresh = refresh;
  window.computekg.state = state;
  stats();
  if (data.focus) network.once("afterDrawing", function () { network.selectNodes([data.focus]); showNode(data.focus); });
})();
