// the sentences that mention an entity by its name or an alias (set entity=NAME with --arg)
var entity = typeof entity !== "undefined" ? entity : "Soleimani";
var id = kg.entity(entity);
var names = g.V(id).out(["<schema:name>", "<schema:alternateName>"]).toArray();
g.V().has("<rdf:type>", "<kg:Sentence>").forEach(function (s) {
  var text = g.V(s.id).out("<kg:text>").toValue();
  for (var i = 0; i < names.length; i++) {
    if (text.indexOf(names[i]) >= 0) {
      g.emit({sentence: s.id, name: names[i], text: text});
      return;
    }
  }
});
