// name: export_control_exposure
// description: Items restricted by policies (categories, models, companies) and the categories that transitively depend on them (a model counts as its category).
// params: (none)
// example: computekg query export_control_exposure
MATCH (:Policy)-[:RESTRICTS]->(item)
WITH DISTINCT item
OPTIONAL MATCH (item)-[:INSTANCE_OF*0..1]->(cat:ProductCategory)
OPTIONAL MATCH (dep:ProductCategory)-[:DEPENDS_ON*1..6]->(cat)
WITH item, collect(DISTINCT dep.name) AS exposed
MATCH (pol:Policy)-[r:RESTRICTS]->(item)
RETURN DISTINCT pol.name AS policy, item.name AS restricted, labels(item)[0] AS kind, r.date AS date, exposed
ORDER BY policy, restricted
