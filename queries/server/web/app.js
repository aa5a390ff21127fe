// kg's page: entity search with suggestions, the links around an entity
// drawn as inline SVG, paths between two entities. Beside it: layout.js
// (where things go), filters.js (what is drawn), gizmo.js (the Gizmo
// panel), main.js (wiring). Plain JavaScript, no build step, no network
// beyond this server.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const $ = (sel) => document.querySelector(sel);

// api fetches JSON from the server and throws its {"error": ...} message.
async function api(url, opts) {
  const resp = await fetch(url, opts);
  const text = await resp.text();
  let data;
  try { data = JSON.parse(text); } catch (e) { throw new Error(`${resp.status}: ${text.slice(0, 200)}`); }
  if (!resp.ok) throw new Error(data.error || `HTTP ${resp.status}`);
  return data;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

function setStatus(msg) { $("#status").textContent = msg || ""; }

// ---- colours by type, as kg export draws them ----

const TYPE_COLOURS = {
  Person: "#8dd3c7", ArmedGroup: "#fb8072", MilitaryUnit: "#bebada", GovernmentBody: "#80b1d3",
  MediaOutlet: "#ffffb3", Organization: "#fdb462", Country: "#b3de69", Place: "#ccebc5",
  Event: "#fccde5", Legislation: "#d9d9d9",
};
const SPARE = ["#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99", "#e5c494", "#b3b3b3"];

function colourOf(type) {
  if (!type) return "#ffffff";
  if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
  let h = 0;
  for (const ch of type) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length];
}

// ---- suggestions as you type ----

// attachSuggest shows entity suggestions under input; onPick gets the
// chosen entity.
function attachSuggest(input, list, onPick) {
  let items = [], active = -1, timer = 0, seq = 0;
  const close = () => { list.hidden = true; active = -1; };
  const render = () => {
    list.replaceChildren();
    items.forEach((e, i) => {
      const li = el("li", { role: "option", "data-iri": e.iri }, e.name, " ", el("span", { class: "type" }, e.type || ""));
      if (e.match && e.match !== e.name) li.append(" ", el("span", { class: "type" }, `(${e.match})`));
      if (i === active) li.classList.add("active");
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(i); });
      list.append(li);
    });
    list.hidden = items.length === 0;
  };
  const pick = (i) => {
    const e = items[i];
    if (!e) return;
    input.value = e.name;
    input.dataset.iri = e.iri;
    close();
    onPick && onPick(e);
  };
  input.addEventListener("input", () => {
    delete input.dataset.iri;
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix) { items = []; close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const data = await api(`/api/kg/entities?limit=10&prefix=${encodeURIComponent(prefix)}`);
        if (mine !== seq) return; // a later keystroke's answer wins
        if (document.activeElement !== input) return; // the user moved on
        items = data.entities; active = -1; render();
      } catch (err) { setStatus(err.message); }
    }, 120);
  });
  input.addEventListener("keydown", (ev) => {
    // Escape closes the suggestions and nothing else: a search box clears
    // itself on Escape, which loses what the user typed.
    if (ev.key === "Escape") { ev.preventDefault(); close(); return; }
    if (list.hidden) return;
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, items.length - 1); render(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); render(); ev.preventDefault(); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); pick(active); }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

// ---- the picture ----

// graph holds everything fetched; what is drawn is the part the filters
// keep (see visible). mode is "around" (radial about the centre) or "path"
// (left to right).
const graph = { nodes: new Map(), edges: new Map(), center: null, selected: null, mode: "around", path: null };
let view = null; // the picture's zoom and pan: a Layout.View

function clearGraph() {
  graph.nodes.clear(); graph.edges.clear(); graph.center = null; graph.selected = null; graph.path = null;
}

function addNode(n) {
  let node = graph.nodes.get(n.iri);
  if (node) return node;
  node = { iri: n.iri, name: n.name, type: n.type || "", x: 0, y: 0, expanded: false, pinned: false, attrs: [] };
  graph.nodes.set(n.iri, node);
  return node;
}

function addEdge(e) {
  const key = `${e.from.iri} ${e.predicate} ${e.to.iri}`;
  if (!graph.edges.has(key)) graph.edges.set(key, { key, ...e });
  return graph.edges.get(key);
}

// addLinks puts an answer of /api/kg/links into the graph: attributes stay
// with their node, statements become edges.
function addLinks(links) {
  for (const l of links) {
    if (l.value) {
      const holder = addNode(l.from);
      if (!holder.attrs.some((a) => a.label === l.label && a.value === l.value)) holder.attrs.push(l);
      continue;
    }
    addNode(l.from); addNode(l.to); addEdge(l);
  }
}

function linksURL(entity, depth) {
  return `/api/kg/links?all=1&depth=${depth || 1}&entity=${encodeURIComponent(entity)}${asOfQuery()}`;
}

// expand fetches the links of node and adds them to the picture.
async function expand(node, depth) {
  setStatus(`loading links of ${node.name}…`);
  const data = await api(linksURL(node.iri, depth));
  node.expanded = true;
  addLinks(data.links);
  refreshFilters();
  draw();
}

// visible is what the filters keep: edges between kept nodes, and the
// nodes that still have an edge (or are the centre, or on the path).
function visible() {
  const edges = [...graph.edges.values()].filter((e) => edgeKept(e) &&
    nodeKept(graph.nodes.get(e.from.iri)) && nodeKept(graph.nodes.get(e.to.iri)));
  const used = new Set([graph.center]);
  for (const e of edges) { used.add(e.from.iri); used.add(e.to.iri); }
  if (graph.path) for (const n of graph.path.nodes) used.add(n.iri);
  const nodes = [...graph.nodes.values()].filter((n) => used.has(n.iri) && nodeKept(n));
  return { nodes, edges };
}

// draw lays out and draws what is visible, then places the labels so that
// none overlaps another.
// textSize measures a drawn text in drawing units at its own font, on a
// canvas: the SVG's getBBox measures at the view's current zoom, where font
// hinting makes the same name a pixel or two wider or narrower, and a
// redrawn answer would then place its labels differently.
const measure = document.createElement("canvas").getContext("2d");
function textSize(t) {
  const cs = getComputedStyle(t);
  measure.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const px = parseFloat(cs.fontSize) || 12;
  return { width: measure.measureText(t.textContent).width, height: px * 1.25 };
}

function draw(keepView) {
  const root = $("#graph");
  const edgesG = $("#layer-edges"), nodesG = $("#layer-nodes"), labelsG = $("#layer-labels");
  edgesG.replaceChildren(); nodesG.replaceChildren(); labelsG.replaceChildren();
  const { nodes, edges } = visible();
  const hidden = graph.edges.size - edges.length;
  $("#filter-summary").textContent = graph.edges.size ? `${edges.length} of ${graph.edges.size} statements drawn` + (hidden ? ` (${hidden} filtered out)` : "") : "";
  drawTimeline(nodes);
  if (nodes.length === 0) return;
  if (graph.mode === "path") Layout.line(graph.path.nodes.map((n) => graph.nodes.get(n.iri)).filter(Boolean));
  else Layout.radial(nodes, edges, graph.center);

  const labels = [];
  // Parallel edges between one pair fan out so their labels do not meet.
  const pairCount = new Map();
  for (const e of edges) {
    const a = graph.nodes.get(e.from.iri), b = graph.nodes.get(e.to.iri);
    const pk = [a.iri, b.iri].sort().join(" ");
    const nth = pairCount.get(pk) || 0;
    pairCount.set(pk, nth + 1);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1), r = 14;
    const tier = Layout.tierOf(e);
    const g = svg("g", { class: `edge tier-${tier}`, "data-key": e.key, "data-from": e.from.name, "data-to": e.to.name, "data-label": e.label, "data-predicate": e.predicate });
    g.append(svg("line", { x1: a.x + dx / d * r, y1: a.y + dy / d * r, x2: b.x - dx / d * r, y2: b.y - dy / d * r, "marker-end": "url(#arrow)" }));
    const hit = svg("line", { class: "hit", x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    const title = svg("title"); title.textContent = `${e.from.name} ${e.label} ${e.to.name}`;
    hit.append(title);
    g.append(hit);
    if (graph.selected === e.key) g.classList.add("selected");
    g.addEventListener("click", () => showEdge(e));
    edgesG.append(g);

    const lab = svg("g", { class: `label tier-${tier}`, "data-key": e.key, "data-from": e.from.name, "data-to": e.to.name, "data-label": e.label });
    const t = svg("text", { "text-anchor": "middle", dy: "0.35em" });
    t.textContent = e.label;
    lab.append(svg("rect"), t);
    if (graph.selected === e.key) lab.classList.add("selected");
    lab.addEventListener("click", () => showEdge(e));
    labelsG.append(lab);
    const spots = Layout.edgeSpots(a, b);
    labels.push({ el: lab, priority: 100 + tier * 10 + nth, candidates: nth ? spots.slice(nth).concat(spots.slice(0, nth)) : spots });
  }
  const nodeBoxes = [];
  for (const n of nodes) {
    const g = svg("g", { class: "node", "data-iri": n.iri, "data-name": n.name, "data-type": n.type, transform: `translate(${n.x},${n.y})` });
    if (n.iri === graph.center) g.classList.add("center");
    if (n.expanded) g.classList.add("expanded");
    const c = svg("circle", { r: 12, fill: nodeColour(n) });
    const title = svg("title"); title.textContent = `${n.name} (${n.type})${n.expanded ? "" : " — click to expand"}`;
    c.append(title);
    g.append(c);
    dragNode(g, n);
    nodesG.append(g);
    nodeBoxes.push({ x: n.x - 13, y: n.y - 13, w: 26, h: 26 });
    const lab = svg("g", { class: "name", "data-name": n.name });
    const t = svg("text", { "text-anchor": "middle", dy: "0.35em" });
    t.textContent = n.name;
    lab.append(t);
    lab.addEventListener("click", () => clickNode(n));
    labelsG.append(lab);
    labels.push({ el: lab, priority: n.iri === graph.center ? 0 : 10, node: n });
  }
  // Sizes come from the browser's own measure of each text.
  for (const l of labels) {
    const bb = textSize(l.el.querySelector("text"));
    // Rounded up, so that a hair's difference in measuring text between
    // two loads does not move anything.
    l.size = { w: Math.ceil((bb.width + 8) / 4) * 4, h: Math.ceil(bb.height + 2) };
    const rect = l.el.querySelector("rect");
    if (rect) { rect.setAttribute("x", -l.size.w / 2); rect.setAttribute("y", -l.size.h / 2); rect.setAttribute("width", l.size.w); rect.setAttribute("height", l.size.h); rect.setAttribute("rx", 3); }
    if (l.node) l.candidates = Layout.nodeSpots(l.node, l.size.w, graph.mode === "path");
  }
  Layout.placeLabels(labels, nodeBoxes);
  if (!keepView || !view.box) {
    const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
    const minX = Math.min(...xs) - 160, maxX = Math.max(...xs) + 160, minY = Math.min(...ys), maxY = Math.max(...ys);
    view.fit({ x: minX, y: minY, w: maxX - minX, h: Math.max(maxY - minY, 200) });
  }
  drawLegend();
}

// dragNode moves a node with the mouse (it stays pinned where dropped); a
// press without a move is a click.
function dragNode(g, n) {
  g.addEventListener("pointerdown", (ev) => {
    ev.stopPropagation();
    const start = view.toDrawing(ev), x0 = n.x, y0 = n.y;
    let moved = false;
    const move = (mv) => {
      const p = view.toDrawing(mv);
      if (!moved && Math.hypot(p.x - start.x, p.y - start.y) < 3 * view.scale()) return;
      moved = true;
      n.x = x0 + p.x - start.x; n.y = y0 + p.y - start.y; n.pinned = true;
      g.setAttribute("transform", `translate(${n.x},${n.y})`);
    };
    const up = () => {
      window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up);
      if (moved) draw(true); else clickNode(n);
    };
    window.addEventListener("pointermove", move); window.addEventListener("pointerup", up);
  });
}

async function clickNode(n) {
  showNode(n);
  if (!n.expanded) {
    try { await expand(n); showNode(n); } catch (err) { setStatus(err.message); }
  }
}

function showNode(n) {
  const box = $("#details");
  box.replaceChildren(el("h2", {}, n.name), el("p", { class: "meta" }, `${n.type} · ${n.iri}`));
  if (n.attrs.length) {
    const ul = el("ul");
    for (const a of n.attrs) ul.append(el("li", {}, `${a.label}: ${a.value}`));
    box.append(ul);
  }
  const degree = [...graph.edges.values()].filter((e) => e.from.iri === n.iri || e.to.iri === n.iri).length;
  box.append(el("p", { class: "hint" }, `${degree} statements fetched${n.expanded ? "" : "; click the node again to expand it"}`));
}

// showEdge shows a statement and the sentences that state it.
function showEdge(e) {
  graph.selected = e.key;
  for (const g of document.querySelectorAll("#graph .selected")) g.classList.remove("selected");
  for (const g of document.querySelectorAll(`#graph [data-key="${CSS.escape(e.key)}"]`)) g.classList.add("selected");
  const box = $("#details");
  box.replaceChildren(el("h2", { id: "evidence-title" }, `${e.from.name} ${e.label} ${e.to.name}`));
  if (!e.evidence || e.evidence.length === 0) {
    box.append(el("p", { class: "hint" }, "No evidence recorded."));
    return;
  }
  if (e.sources) box.append(sourcesLine(e.sources));
  for (const ev of e.evidence) {
    const doc = (ev.document || ev.iri).split("/").pop();
    let meta = `${doc}, sentence ${ev.sentence}`;
    if (ev.date) meta += ` (${ev.date})`;
    if (ev.origin) meta += ` · ${ev.origin}`;
    if (ev.origin === "extracted" && ev.confidence) meta += ` ${ev.confidence.toFixed(2)}`;
    if (ev.attributedTo && ev.attributedTo.length) meta += ` · according to ${ev.attributedTo.map((n) => n.name).join(" and ")}`;
    box.append(el("blockquote", { class: "evidence" }, ev.text || "(sentence text not stored)"), el("p", { class: "meta" }, meta));
  }
}

// setExports points the export links at what is drawn.
function setExports(query) {
  for (const [id, format] of [["#export-svg", "svg"], ["#export-nq", "nquads"]]) {
    $(id).href = `/api/kg/export?${query}&format=${format}`;
    $(id).hidden = false;
  }
}

async function showEntity(query, depth) {
  setStatus(`looking up ${query}…`);
  try {
    const data = await api(linksURL(query, depth));
    clearGraph();
    graph.mode = "around";
    const center = addNode(data.entity);
    graph.center = center.iri;
    addLinks(data.links);
    center.expanded = true;
    refreshFilters();
    draw();
    showNode(center);
    setStatus(`${data.entity.name}: ${graph.edges.size} statements` + (data.entity.how === "nearest" ? ` (nearest match for “${query}”)` : ""));
    setExports(`around=${encodeURIComponent(data.entity.iri)}&depth=${depth}`);
  } catch (err) {
    setStatus(err.message);
  }
}

// ---- paths ----

async function findPaths() {
  const from = $("#path-from"), to = $("#path-to");
  const out = $("#paths"), errBox = $("#path-error");
  out.replaceChildren(); errBox.hidden = true;
  try {
    const f = from.dataset.iri || from.value.trim(), t = to.dataset.iri || to.value.trim();
    const hops = $("#path-hops").value;
    const data = await api(`/api/kg/path?max_hops=${hops}&from=${encodeURIComponent(f)}&to=${encodeURIComponent(t)}${asOfQuery()}`);
    if (data.paths.length === 0) {
      out.append(el("li", { class: "hint" }, `No path of at most ${hops} hops between ${data.from.name} and ${data.to.name}.`));
      return;
    }
    for (const p of data.paths) {
      const btn = el("button", { type: "button" }, "draw");
      btn.addEventListener("click", () => drawPath(p, data, hops));
      out.append(el("li", {}, pathText(p), btn));
    }
  } catch (err) {
    errBox.textContent = err.message; errBox.hidden = false;
  }
}

// pathText writes a path with the best statement of each hop.
function pathText(p) {
  const parts = [p.nodes[0].name];
  for (let i = 0; i < p.edges.length; i++) {
    const e = p.edges[i];
    const forward = e.from.iri === p.nodes[i].iri;
    parts.push(forward ? ` —${e.label}→ ` : ` ←${e.label}— `, p.nodes[i + 1].name);
  }
  return parts.join("");
}

// drawPath draws one path left to right with every statement of each hop;
// the side panel and the export links follow it.
function drawPath(p, data, hops) {
  clearGraph();
  graph.mode = "path"; graph.path = p;
  for (const n of p.nodes) addNode(n);
  graph.center = p.nodes[0].iri;
  for (const hop of p.hops || p.edges.map((e) => [e])) for (const e of hop) addEdge(e);
  refreshFilters();
  draw();
  const box = $("#details");
  box.replaceChildren(el("h2", {}, `${p.nodes[0].name} to ${p.nodes[p.nodes.length - 1].name}`), el("p", { class: "meta" }, `a path of ${p.length} hops`));
  const ol = el("ol");
  for (const hop of p.hops || p.edges.map((e) => [e])) {
    const li = el("li");
    for (const e of hop) {
      const a = el("a", { href: "#" }, `${e.from.name} ${e.label} ${e.to.name}`);
      a.addEventListener("click", (ev) => { ev.preventDefault(); showEdge(graph.edges.get(`${e.from.iri} ${e.predicate} ${e.to.iri}`)); });
      li.append(a, el("br"));
    }
    ol.append(li);
  }
  box.append(ol);
  setStatus(`path of ${p.length} hops`);
  setExports(`from=${encodeURIComponent(data.from.iri)}&to=${encodeURIComponent(data.to.iri)}&max_hops=${hops}`);
}
