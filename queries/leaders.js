// who leads what: people and offices that lead, head or govern an organization or state
g.V()
  .save("<schema:name>", "leader")
  .out(["<kg:leads>", "<kg:headOf>", "<kg:governs>"], "role")
  .save("<schema:name>", "led")
  .all()
