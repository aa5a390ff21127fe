// the two-hop neighbourhood of an entity: everything within two links, either direction (set entity=NAME with --arg)
var entity = typeof entity !== "undefined" ? entity : "Qasem Soleimani";
var start = g.V(kg.entity(entity));
start.both().both().unique()
  .save("<schema:name>", "name")
  .save("<rdf:type>", "type")
  .all()
