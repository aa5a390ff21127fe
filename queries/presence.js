// who was where: people and groups seen at places and events
g.V()
  .save("<schema:name>", "who")
  .out(["<kg:presentAt>", "<kg:participatedIn>"], "how")
  .save("<schema:name>", "where")
  .all()
