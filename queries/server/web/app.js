// kg's page: entity search with suggestions, the links around an entity
// drawn as inline SVG, paths between two entities, and a Gizmo console.
// Plain JavaScript, no build step, no network beyond this server.
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
    if (list.hidden) return;
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, items.length - 1); render(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); render(); ev.preventDefault(); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); pick(active); }
    else if (ev.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

// ---- the picture ----

const graph = { nodes: new Map(), edges: new Map(), center: null, selected: null };

function clearGraph() {
  graph.nodes.clear(); graph.edges.clear(); graph.center = null; graph.selected = null;
}

function addNode(n, near) {
  let node = graph.nodes.get(n.iri);
  if (node) return node;
  const angle = Math.random() * 2 * Math.PI;
  const [x, y] = near ? [near.x + 80 * Math.cos(angle), near.y + 80 * Math.sin(angle)] : [0, 0];
  node = { iri: n.iri, name: n.name, type: n.type || "", x, y, vx: 0, vy: 0, expanded: false, attrs: [] };
  graph.nodes.set(n.iri, node);
  return node;
}

function addEdge(e) {
  const key = `${e.from.iri} ${e.predicate} ${e.to.iri}`;
  if (!graph.edges.has(key)) graph.edges.set(key, { key, ...e });
  return graph.edges.get(key);
}

// expand fetches the links of node and adds them to the picture.
async function expand(node, depth) {
  setStatus(`loading links of ${node.name}…`);
  const data = await api(`/api/kg/links?depth=${depth || 1}&entity=${encodeURIComponent(node.iri)}`);
  node.expanded = true;
  for (const l of data.links) {
    if (l.value) { // an attribute: shown with the node, not drawn
      const holder = graph.nodes.get(l.from.iri);
      if (holder && !holder.attrs.some((a) => a.label === l.label && a.value === l.value)) holder.attrs.push(l);
      continue;
    }
    const from = addNode(l.from, graph.nodes.get(l.to.iri) || node);
    addNode(l.to, from);
    addEdge(l);
  }
  setStatus(`${graph.nodes.size} entities, ${graph.edges.size} statements`);
  layout();
  draw();
}

// layout runs a small force simulation: nodes repel, edges pull like
// springs, everything drifts to the middle.
function layout() {
  const nodes = [...graph.nodes.values()];
  const edges = [...graph.edges.values()];
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
        const f = 14000 / d2;
        const d = Math.sqrt(d2);
        a.vx += (dx / d) * f; a.vy += (dy / d) * f;
      }
    }
    for (const e of edges) {
      const a = graph.nodes.get(e.from.iri), b = graph.nodes.get(e.to.iri);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d - 170) * 0.05;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f;
      b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.vx -= n.x * 0.01; n.vy -= n.y * 0.01;
      const v = Math.sqrt(n.vx * n.vx + n.vy * n.vy);
      const maxV = 30 * cool + 1;
      if (v > maxV) { n.vx *= maxV / v; n.vy *= maxV / v; }
      if (n.iri !== graph.center) { n.x += n.vx; n.y += n.vy; }
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
}

function draw() {
  const root = $("#graph");
  const edgesG = $("#layer-edges"), nodesG = $("#layer-nodes"), labelsG = $("#layer-labels");
  edgesG.replaceChildren(); nodesG.replaceChildren(); labelsG.replaceChildren();
  const nodes = [...graph.nodes.values()];
  if (nodes.length === 0) return;
  // Fit the drawing, names included, but never zoom a small graph in.
  const pad = 40;
  let minX = Math.min(...nodes.map((n) => n.x)) - pad, minY = Math.min(...nodes.map((n) => n.y)) - pad;
  let maxX = Math.max(...nodes.map((n) => n.x + 18 + n.name.length * 7)) + pad, maxY = Math.max(...nodes.map((n) => n.y)) + pad;
  const box = root.getBoundingClientRect();
  const minW = Math.max(box.width, 600), minH = Math.max(box.height, 400);
  if (maxX - minX < minW) { const c = (minX + maxX) / 2; minX = c - minW / 2; maxX = c + minW / 2; }
  if (maxY - minY < minH) { const c = (minY + maxY) / 2; minY = c - minH / 2; maxY = c + minH / 2; }
  root.setAttribute("viewBox", `${minX} ${minY} ${maxX - minX} ${maxY - minY}`);

  for (const e of graph.edges.values()) {
    const a = graph.nodes.get(e.from.iri), b = graph.nodes.get(e.to.iri);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    const r = 14;
    const g = svg("g", { class: "edge", "data-key": e.key, "data-from": e.from.name, "data-to": e.to.name, "data-label": e.label });
    g.append(svg("line", { x1: a.x + dx / d * r, y1: a.y + dy / d * r, x2: b.x - dx / d * r, y2: b.y - dy / d * r, "marker-end": "url(#arrow)" }));
    const hit = svg("line", { class: "hit", x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    const title = svg("title"); title.textContent = `${e.from.name} ${e.label} ${e.to.name}`;
    hit.append(title);
    g.append(hit);
    if (graph.selected === e.key) g.classList.add("selected");
    g.addEventListener("click", () => showEdge(e));
    edgesG.append(g);

    const lab = svg("g", { class: "label", "data-key": e.key, "data-from": e.from.name, "data-to": e.to.name, transform: `translate(${(a.x + b.x) / 2},${(a.y + b.y) / 2})` });
    const t = svg("text", { "text-anchor": "middle", dy: "0.35em" });
    t.textContent = e.label;
    const w = e.label.length * 5.6 + 6;
    lab.append(svg("rect", { x: -w / 2, y: -7, width: w, height: 14, rx: 3 }), t);
    if (graph.selected === e.key) lab.classList.add("selected");
    lab.addEventListener("click", () => showEdge(e));
    labelsG.append(lab);
  }
  for (const n of nodes) {
    const g = svg("g", { class: "node", "data-iri": n.iri, "data-name": n.name, "data-type": n.type, transform: `translate(${n.x},${n.y})` });
    if (n.iri === graph.center) g.classList.add("center");
    if (n.expanded) g.classList.add("expanded");
    const c = svg("circle", { r: 12, fill: colourOf(n.type) });
    const title = svg("title"); title.textContent = `${n.name} (${n.type})${n.expanded ? "" : " — click to expand"}`;
    c.append(title);
    const t = svg("text", { x: 15, dy: "0.35em" });
    t.textContent = n.name;
    g.append(c, t);
    g.addEventListener("click", () => clickNode(n));
    nodesG.append(g);
  }
  drawLegend();
}

function drawLegend() {
  const types = [...new Set([...graph.nodes.values()].map((n) => n.type))].sort();
  $("#legend").replaceChildren(...types.map((t) => {
    const i = el("i"); i.style.background = colourOf(t);
    return el("span", {}, i, t || "(untyped)");
  }));
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
  box.append(el("p", { class: "hint" }, `${degree} statements drawn${n.expanded ? "" : "; click the node again to expand it"}`));
}

// showEdge shows a statement and the sentences that state it.
function showEdge(e) {
  graph.selected = e.key;
  draw();
  const box = $("#details");
  box.replaceChildren(el("h2", { id: "evidence-title" }, `${e.from.name} ${e.label} ${e.to.name}`));
  if (!e.evidence || e.evidence.length === 0) {
    box.append(el("p", { class: "hint" }, "No evidence recorded."));
    return;
  }
  for (const ev of e.evidence) {
    const doc = (ev.document || ev.iri).split("/").pop();
    let meta = `${doc}, sentence ${ev.sentence}`;
    if (ev.origin) meta += ` · ${ev.origin}`;
    if (ev.origin === "extracted" && ev.confidence) meta += ` ${ev.confidence.toFixed(2)}`;
    box.append(el("blockquote", { class: "evidence" }, ev.text || "(sentence text not stored)"), el("p", { class: "meta" }, meta));
  }
}

async function showEntity(query, depth) {
  setStatus(`looking up ${query}…`);
  try {
    clearGraph();
    const data = await api(`/api/kg/links?depth=${depth}&entity=${encodeURIComponent(query)}`);
    const center = addNode(data.entity);
    graph.center = center.iri;
    center.x = 0; center.y = 0;
    for (const l of data.links) {
      if (l.value) { const h = graph.nodes.get(l.from.iri) || center; h.attrs.push(l); continue; }
      const from = addNode(l.from, graph.nodes.get(l.to.iri) || center);
      addNode(l.to, from);
      addEdge(l);
    }
    center.expanded = true;
    layout();
    draw();
    showNode(center);
    setStatus(`${data.entity.name}: ${graph.edges.size} statements` + (data.entity.how === "nearest" ? ` (nearest match for “${query}”)` : ""));
    const q = encodeURIComponent(data.entity.iri);
    for (const [id, format] of [["#export-svg", "svg"], ["#export-nq", "nquads"]]) {
      $(id).href = `/api/kg/export?around=${q}&depth=${depth}&format=${format}`;
      $(id).hidden = false;
    }
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
    const data = await api(`/api/kg/path?max_hops=${$("#path-hops").value}&from=${encodeURIComponent(f)}&to=${encodeURIComponent(t)}`);
    if (data.paths.length === 0) {
      out.append(el("li", { class: "hint" }, `No path of at most ${$("#path-hops").value} hops between ${data.from.name} and ${data.to.name}.`));
      return;
    }
    for (const p of data.paths) {
      const parts = [p.nodes[0].name];
      for (let i = 0; i < p.edges.length; i++) {
        const e = p.edges[i];
        const forward = e.from.iri === p.nodes[i].iri;
        parts.push(forward ? ` —${e.label}→ ` : ` ←${e.label}— `, p.nodes[i + 1].name);
      }
      const btn = el("button", { type: "button" }, "draw");
      btn.addEventListener("click", () => drawPath(p));
      out.append(el("li", {}, parts.join(""), btn));
    }
  } catch (err) {
    errBox.textContent = err.message; errBox.hidden = false;
  }
}

function drawPath(p) {
  clearGraph();
  let prev = null;
  for (const n of p.nodes) prev = addNode(n, prev);
  graph.center = p.nodes[0].iri;
  for (const e of p.edges) addEdge(e);
  layout();
  draw();
  setStatus(`path of ${p.length} hops`);
}

// ---- Gizmo ----

async function runGizmo() {
  const errBox = $("#gizmo-error"), thead = $("#gizmo-results thead"), tbody = $("#gizmo-results tbody");
  errBox.hidden = true; thead.replaceChildren(); tbody.replaceChildren();
  $("#gizmo-summary").textContent = "running…";
  const started = performance.now();
  try {
    const resp = await fetch("/api/v2/query?lang=gizmo", { method: "POST", body: $("#gizmo-query").value });
    const data = JSON.parse(await resp.text());
    if (!resp.ok) throw new Error(data.error || `HTTP ${resp.status}`);
    const rows = data.result || [];
    const cols = [];
    for (const r of rows) {
      const keys = r !== null && typeof r === "object" && !Array.isArray(r) ? Object.keys(r) : ["value"];
      for (const k of keys) if (!cols.includes(k)) cols.push(k);
    }
    cols.sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : a.localeCompare(b)));
    thead.append(el("tr", {}, ...cols.map((c) => el("th", {}, c))));
    for (const r of rows) {
      const obj = r !== null && typeof r === "object" && !Array.isArray(r) ? r : { value: r };
      tbody.append(el("tr", {}, ...cols.map((c) => el("td", {}, c in obj ? (typeof obj[c] === "string" ? obj[c] : JSON.stringify(obj[c])) : ""))));
    }
    const more = resp.headers.get("X-Kg-Limit-Reached") ? " (limit reached: there may be more)" : "";
    $("#gizmo-summary").textContent = `${rows.length} results in ${Math.round(performance.now() - started)} ms${more}`;
  } catch (err) {
    $("#gizmo-summary").textContent = "";
    errBox.textContent = err.message; errBox.hidden = false;
  }
}

// ---- wiring ----

attachSuggest($("#search"), $("#suggestions"), (e) => showEntity(e.iri, $("#depth").value));
$("#search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const input = $("#search");
  const q = input.dataset.iri || input.value.trim();
  if (q) showEntity(q, $("#depth").value);
});
for (const id of ["#path-from", "#path-to"]) {
  const input = $(id);
  attachSuggest(input, input.parentElement.querySelector(".suggestions"));
}
$("#path-form").addEventListener("submit", (ev) => { ev.preventDefault(); findPaths(); });
$("#gizmo-form").addEventListener("submit", (ev) => { ev.preventDefault(); runGizmo(); });
$("#gizmo-query").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runGizmo(); }
});
const initial = new URLSearchParams(location.search).get("entity");
if (initial) { $("#search").value = initial; showEntity(initial, $("#depth").value); }
