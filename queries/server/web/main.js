// Wires the page's parts together once every script is loaded.
"use strict";

attachView();
attachFilters();
attachAnalysis();

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
// "/" goes to the search box, as on many sites; keys typed into a field
// stay in it.
document.addEventListener("keydown", (ev) => {
  const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement || ev.target instanceof HTMLSelectElement;
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === "/") { ev.preventDefault(); $("#search").focus(); $("#search").select(); }
  else if (ev.key === "+" || ev.key === "=") view.zoom(1.25);
  else if (ev.key === "-") view.zoom(1 / 1.25);
});
const initial = new URLSearchParams(location.search).get("entity");
if (initial) { $("#search").value = initial; showEntity(initial, $("#depth").value); }
