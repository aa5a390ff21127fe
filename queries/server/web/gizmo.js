// The Gizmo panel: runs a query through Cayley's /api/v2/query and shows
// the answer as a table, entities by name as buttons that draw them, the
// same row once with a count.
"use strict";

async function runGizmo() {
  const errBox = $("#gizmo-error"), thead = $("#gizmo-results thead"), tbody = $("#gizmo-results tbody");
  errBox.hidden = true; thead.replaceChildren(); tbody.replaceChildren();
  $("#gizmo-summary").textContent = "running…";
  const started = performance.now();
  try {
    const resp = await fetch("/api/v2/query?lang=gizmo", { method: "POST", body: $("#gizmo-query").value });
    const data = JSON.parse(await resp.text());
    if (!resp.ok) throw new Error(data.error || `HTTP ${resp.status}`);
    const rows = (data.result || []).map((r) => (r !== null && typeof r === "object" && !Array.isArray(r) ? r : { value: r }));
    const cols = [];
    for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
    cols.sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : a.localeCompare(b)));
    // The same row twice says nothing new: one row, with a count.
    const counts = new Map();
    for (const r of rows) {
      const k = JSON.stringify(cols.map((c) => r[c]));
      counts.set(k, { row: r, n: (counts.get(k)?.n || 0) + 1 });
    }
    const names = await entityNames(rows);
    const dup = [...counts.values()].some((c) => c.n > 1);
    thead.append(el("tr", {}, ...cols.map((c) => el("th", {}, c)), ...(dup ? [el("th", {}, "rows")] : [])));
    for (const { row, n } of counts.values()) {
      const tds = cols.map((c) => el("td", {}, c in row ? cell(row[c], names) : ""));
      if (dup) tds.push(el("td", {}, String(n)));
      tbody.append(el("tr", {}, ...tds));
    }
    const more = resp.headers.get("X-Kg-Limit-Reached") ? " (limit reached: there may be more)" : "";
    const uniq = dup ? `, ${counts.size} different` : "";
    $("#gizmo-summary").textContent = `${rows.length} results${uniq} in ${Math.round(performance.now() - started)} ms${more}`;
  } catch (err) {
    $("#gizmo-summary").textContent = "";
    errBox.textContent = err.message; errBox.hidden = false;
  }
}

const ENTITY_IRI = /^<(https:\/\/kg\.example\.org\/id\/[^>]+)>$/;

// cell shows a result value: an entity as its name, a button that draws it;
// anything else as text.
function cell(v, names) {
  const m = typeof v === "string" && v.match(ENTITY_IRI);
  if (!m) return typeof v === "string" ? v : JSON.stringify(v);
  const b = el("button", { type: "button", class: "entity", title: m[1], "data-iri": m[1] }, names.get(m[1]) || m[1].split("/").pop());
  b.addEventListener("click", () => { $("#search").value = b.textContent; showEntity(m[1], $("#depth").value); });
  return b;
}

// entityNames looks up the names of the entities in rows with one more
// Gizmo query.
async function entityNames(rows) {
  const iris = new Set();
  for (const r of rows) for (const v of Object.values(r)) {
    const m = typeof v === "string" && v.match(ENTITY_IRI);
    if (m && iris.size < 500) iris.add(m[1]);
  }
  const names = new Map();
  if (iris.size === 0) return names;
  const q = `g.V(${[...iris].map((i) => JSON.stringify(`<${i}>`)).join(",")}).save("<schema:name>", "name").all()`;
  try {
    const data = await api("/api/v2/query?lang=gizmo", { method: "POST", body: q });
    for (const r of data.result || []) {
      const m = r.id.match(ENTITY_IRI);
      if (m && !names.has(m[1])) names.set(m[1], String(r.name).replace(/^"|"$/g, ""));
    }
  } catch (err) { /* names are a nicety: IRIs still show */ }
  return names;
}

