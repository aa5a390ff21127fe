// who leads what: people and offices that lead, head or govern an organization or state, each once
var roles = {"leads": "leads", "headOf": "head of", "governs": "governs"};
var seen = {};
g.V().tag("who").out(["<kg:leads>", "<kg:headOf>", "<kg:governs>"], "how").tag("what").forEach(function (r) {
  var name = function (id) { return g.V(id).out("<schema:name>").toValue(); };
  var row = {leader: name(r.who), role: roles[r.how.replace(/^.*#|>$/g, "")], led: name(r.what)};
  var key = JSON.stringify(row);
  if (!seen[key]) {
    seen[key] = true;
    g.emit(row);
  }
});
