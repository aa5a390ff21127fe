// everything one document says: each statement of its sentences, by name (set doc=ID with --arg)
var doc = typeof doc !== "undefined" ? doc : "us-embassy-baghdad-2019";
var sentences = g.V(g.IRI("doc:" + doc)).in("<kg:document>");
g.V()
  .save("<schema:name>", "subject")
  .labelContext(sentences)
  .out(g.V(), "predicate")
  .labelContext()
  .save("<schema:name>", "object")
  .all()
