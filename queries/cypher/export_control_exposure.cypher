// name: export_control_exposure
// scope: library
// description: Items restricted by policies (categories, models, companies) and the categories that depend on them within 6 DEPENDS_ON hops (a model counts as its category).
// params: (none)
// rank: number of exposed categories DESC, policy, restricted
// example: computekg query export_control_exposure
MATCH (:Policy)-[:RESTRICTS]->(item)
WITH DISTINCT item
OPTIONAL MATCH (item)-[:INSTANCE_OF*0..1]->(cat:ProductCategory)
OPTIONAL MATCH (dep:ProductCategory) WHERE dep.name IN cat.exposed_categories
WITH item, collect(DISTINCT dep.name) AS exposed
MATCH (pol:Policy)-[r:RESTRICTS]->(item)
RETURN DISTINCT pol.name AS policy, item.name AS restricted, labels(item)[0] AS kind, r.date AS date, exposed
ORDER BY size(exposed) DESC, policy, restricted
