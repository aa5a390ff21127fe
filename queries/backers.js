// who backs whom: every backedBy link, backer and backed by name, each pair once
var seen = {};
g.V().tag("backed").out("<kg:backedBy>").tag("backer").forEach(function (r) {
  var name = function (id) { return g.V(id).out("<schema:name>").toValue(); };
  var row = {backed: name(r.backed), backer: name(r.backer)};
  var key = JSON.stringify(row);
  if (!seen[key]) {
    seen[key] = true;
    g.emit(row);
  }
});
