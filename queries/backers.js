// who backs whom: every backedBy link, backer and backed by name
g.V()
  .save("<schema:name>", "backed")
  .out("<kg:backedBy>")
  .save("<schema:name>", "backer")
  .all()
