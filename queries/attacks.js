// who attacked whom: attacks, strikes and who carried them out or was targeted
g.V()
  .save("<schema:name>", "attacker")
  .out(["<kg:attacked>", "<kg:targeted>", "<kg:conducted>"], "how")
  .save("<schema:name>", "target")
  .all()
