// the two-hop neighbourhood of an entity: it and every entity within two links, either direction, never through a type (set entity=NAME with --arg)
var entity = typeof entity !== "undefined" ? entity : "Qasem Soleimani";
var start = g.V(kg.entity(entity));
var classes = g.V().out("<rdf:type>");
// A step goes to named, typed things that are not classes: entities, not
// the schema:Person every person shares, nor names or sentences. The
// answer is nodes, so kg export --query can draw it.
var step = function (p) { return p.both().has("<rdf:type>").has("<schema:name>").except(classes); };
step(step(start).union(start)).union(start).unique()
  .save("<schema:name>", "name")
  .save("<rdf:type>", "type")
  .all()
