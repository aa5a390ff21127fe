// The analysis beside the picture: who matters (a ranked list from
// /api/kg/rank), clusters coloured in the picture (/api/kg/clusters), and a
// date slider that shows the graph as it was known on a day (as_of on every
// request the page makes).
"use strict";

const analysis = { asOf: "", dates: [], clusters: null };

// CLUSTER_COLOURS tell clusters apart; entities in no listed cluster keep
// their type's colour.
const CLUSTER_COLOURS = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf", "#999999", "#66c2a5", "#ffd92f"];

// asOfQuery is the as_of parameter every request of the page carries.
function asOfQuery() {
  return analysis.asOf ? `&as_of=${analysis.asOf}` : "";
}

// nodeColour is a node's fill: its cluster's colour when clusters are
// shown, else its type's.
function nodeColour(n) {
  if (analysis.clusters) {
    const id = analysis.clusters.get(n.iri);
    if (id) return CLUSTER_COLOURS[(id - 1) % CLUSTER_COLOURS.length];
  }
  return colourOf(n.type);
}

function analysisQuery() {
  const type = $("#rank-type").value;
  return `tier=${$("#rank-tier").value}${type ? `&type=${encodeURIComponent(type)}` : ""}${asOfQuery()}`;
}

// rank fetches the ranking and lists it; a click on an entity shows it.
async function rank() {
  const list = $("#ranking");
  try {
    const data = await api(`/api/kg/rank?by=${$("#rank-by").value}&limit=15&${analysisQuery()}`);
    if (!analysis.dates.length && data.dates.length) setDates(data.dates);
    $("#rank-summary").textContent = `${data.by} over ${data.nodes} entities` + (data.sampled ? `, estimated from ${data.sampled} sources` : "");
    list.replaceChildren(...data.entities.map((r) => {
      const a = el("a", { href: "#", "data-iri": r.entity.iri }, r.entity.name);
      a.addEventListener("click", (ev) => { ev.preventDefault(); showEntity(r.entity.iri, $("#depth").value); });
      const top = r.top[0];
      const why = top ? `${top.from.name} ${top.label} ${top.to.name}` : "";
      return el("li", { title: why }, a, ` ${r.score.toPrecision(3)}`, el("span", { class: "hint" }, ` ${r.links} links, ${r.documents} documents`));
    }));
  } catch (err) {
    $("#rank-summary").textContent = err.message;
  }
}

// showClusters colours the picture by cluster, or back by type.
async function showClusters() {
  if (!$("#rank-clusters").checked) {
    analysis.clusters = null;
    $("#cluster-summary").textContent = "";
    draw(true);
    return;
  }
  try {
    const data = await api(`/api/kg/clusters?members=200&tier=${$("#rank-tier").value}${asOfQuery()}`);
    analysis.clusters = new Map(Object.entries(data.members));
    $("#cluster-summary").textContent = `${data.clusters.length} clusters: ` + data.clusters.slice(0, 4).map((c) => `${c.id}. ${c.name}`).join("; ");
    draw(true);
  } catch (err) {
    $("#cluster-summary").textContent = err.message;
  }
}

// setDates gives the slider one stop per document date, and a last stop
// for everything.
function setDates(dates) {
  analysis.dates = dates;
  const slider = $("#as-of");
  slider.max = dates.length;
  slider.value = dates.length;
  slider.disabled = false;
}

// asOfChanged redraws the page as the graph was known on the chosen day.
function asOfChanged() {
  const i = Number($("#as-of").value);
  analysis.asOf = i < analysis.dates.length ? analysis.dates[i] : "";
  $("#as-of-label").textContent = analysis.asOf ? `as of ${analysis.asOf}` : "everything known";
  rank();
  if ($("#rank-clusters").checked) showClusters();
  if (graph.center) showEntity(graph.center, $("#depth").value);
}

function attachAnalysis() {
  $("#rank-form").addEventListener("submit", (ev) => { ev.preventDefault(); rank(); });
  $("#rank-clusters").addEventListener("change", showClusters);
  $("#as-of").addEventListener("change", asOfChanged);
  rank();
}

// sourcesLine says how well an edge is corroborated: by how many
// independent documents and sentences, and whether any is curated.
function sourcesLine(s) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return el("p", { class: "sources" }, `${plural(s.documents, "document")}, ${plural(s.sentences, "sentence")}` + (s.curated ? ", curated" : ", extracted only"));
}
