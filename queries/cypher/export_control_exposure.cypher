// name: export_control_exposure
// description: Items restricted by policies (categories, models, companies) and the categories that transitively depend on them (a model counts as its category).
// params: (none)
// example: computekg query export_control_exposure
MATCH (pol:Policy)-[r:RESTRICTS]->(item)
OPTIONAL MATCH (item)-[:INSTANCE_OF*0..1]->(cat:ProductCategory)
OPTIONAL MATCH (dep:ProductCategory)-[:DEPENDS_ON*1..6]->(cat)
RETURN pol.name AS policy, item.name AS restricted, labels(item)[0] AS kind, r.date AS date,
       collect(DISTINCT dep.name) AS exposed
ORDER BY policy, restricted
