// who belongs to what: part-of, member-of and reports-to links between groups and people
g.V()
  .save("<schema:name>", "part")
  .out(["<kg:partOf>", "<kg:memberOf>", "<kg:reportsTo>"], "link")
  .save("<schema:name>", "whole")
  .all()
