// events and their dates: every event with its start date and where it happened, when known
g.V().has("<rdf:type>", "<schema:Event>").forEach(function (r) {
  var name = function (id) { return g.V(id).out("<schema:name>").toValue(); };
  var date = g.V(r.id).out("<schema:startDate>").toValue();
  var where = g.V(r.id).out("<kg:locatedIn>").toArray().map(name);
  g.emit({event: name(r.id), date: date ? date.replace(/^"|"\^\^.*$/g, "") : "", where: where.join(", ")});
});
