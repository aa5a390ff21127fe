// The picture's filters (types, predicate, document, event dates,
// co-mentions), its zoom and pan controls and the timeline strip of the
// events drawn. app.js asks edgeKept and nodeKept what to draw.
"use strict";

const filters = { types: new Set(), predicate: "", doc: "", from: "", to: "", coMentions: false };

// dateOf is an event's start date, when the graph has it.
function dateOf(n) {
  const a = n.attrs.find((x) => x.predicate === "startDate");
  return a ? a.value : "";
}

// edgeKept applies the predicate, document and co-mention filters. A
// path's best statement for a hop stays even when it is a co-mention: the
// path would break without it.
function edgeKept(e) {
  const onPath = graph.mode === "path" && graph.path.edges.some((b) => `${b.from.iri} ${b.predicate} ${b.to.iri}` === e.key);
  if (e.predicate === "mentionedWith" && !filters.coMentions && !onPath) return false;
  if (filters.predicate && e.predicate !== filters.predicate) return false;
  if (filters.doc && !(e.evidence || []).some((ev) => ev.document === filters.doc)) return false;
  return true;
}

// nodeKept applies the type and date filters; the centre always stays.
function nodeKept(n) {
  if (n.iri === graph.center) return true;
  if (filters.types.has(n.type)) return false;
  const d = dateOf(n);
  if (d && filters.from && d < filters.from) return false;
  if (d && filters.to && d > filters.to) return false;
  return true;
}

// Zoom with the wheel or the buttons; pan by dragging the background.
function attachView() {
  const root = $("#graph");
  view = new Layout.View(root);
  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const p = view.toDrawing(ev);
    view.zoom(ev.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
  }, { passive: false });
  root.addEventListener("pointerdown", (ev) => {
    if (!view.box) return;
    const start = { x: ev.clientX, y: ev.clientY }, b0 = { ...view.box }, k = view.scale();
    const move = (mv) => view.set({ ...b0, x: b0.x - (mv.clientX - start.x) * k, y: b0.y - (mv.clientY - start.y) * k });
    const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
    window.addEventListener("pointermove", move); window.addEventListener("pointerup", up);
  });
  $("#zoom-in").addEventListener("click", () => view.zoom(1.25));
  $("#zoom-out").addEventListener("click", () => view.zoom(1 / 1.25));
  $("#zoom-fit").addEventListener("click", () => draw());
}

// drawLegend lists the types drawn; clicking one hides or shows it.
function drawLegend() {
  const types = [...new Set([...graph.nodes.values()].map((n) => n.type))].sort();
  $("#legend").replaceChildren(...types.map((t) => {
    const i = el("i"); i.style.background = colourOf(t);
    const b = el("button", { type: "button", class: filters.types.has(t) ? "off" : "", "data-type": t, "aria-pressed": String(!filters.types.has(t)), title: "show or hide this type" }, i, t || "(untyped)");
    b.addEventListener("click", () => {
      if (filters.types.has(t)) filters.types.delete(t); else filters.types.add(t);
      draw();
    });
    return b;
  }));
}

// refreshFilters offers the predicates and documents of what was fetched.
function refreshFilters() {
  const fill = (sel, all, values, current) => {
    const s = $(sel);
    s.replaceChildren(el("option", { value: "" }, all), ...values.map(([v, label]) => el("option", { value: v }, label)));
    s.value = values.some(([v]) => v === current) ? current : "";
  };
  const preds = new Map(), docs = new Set();
  for (const e of graph.edges.values()) {
    preds.set(e.predicate, e.label);
    for (const ev of e.evidence || []) if (ev.document) docs.add(ev.document);
  }
  fill("#filter-predicate", "every predicate", [...preds].sort((a, b) => a[1].localeCompare(b[1])), filters.predicate);
  fill("#filter-doc", "every document", [...docs].sort().map((d) => [d, d.split("/").pop()]), filters.doc);
  filters.predicate = $("#filter-predicate").value; filters.doc = $("#filter-doc").value;
}

function attachFilters() {
  $("#filter-predicate").addEventListener("change", (ev) => { filters.predicate = ev.target.value; draw(); });
  $("#filter-doc").addEventListener("change", (ev) => { filters.doc = ev.target.value; draw(); });
  $("#filter-from").addEventListener("change", (ev) => { filters.from = ev.target.value; draw(); });
  $("#filter-to").addEventListener("change", (ev) => { filters.to = ev.target.value; draw(); });
  $("#show-comentions").addEventListener("change", (ev) => { filters.coMentions = ev.target.checked; draw(); });
}

// drawTimeline lists the events drawn in date order under the picture.
function drawTimeline(nodes) {
  const events = nodes.filter((n) => n.type === "Event");
  const dated = events.filter((n) => dateOf(n)).sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.name.localeCompare(b.name));
  const strip = $("#timeline");
  strip.replaceChildren();
  strip.hidden = events.length === 0;
  for (const n of dated) {
    const b = el("button", { type: "button", class: "event", "data-iri": n.iri }, el("time", {}, dateOf(n)), " ", n.name);
    b.addEventListener("click", () => showNode(n));
    strip.append(b);
  }
  if (events.length > dated.length) strip.append(el("span", { class: "hint" }, `${events.length - dated.length} events without a date`));
}

