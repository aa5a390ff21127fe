// events and their dates: every event with its start date and where it happened, when known
g.V()
  .has("<rdf:type>", "<schema:Event>")
  .save("<schema:name>", "event")
  .saveOpt("<schema:startDate>", "date")
  .saveOpt("<kg:locatedIn>", "where")
  .all()
