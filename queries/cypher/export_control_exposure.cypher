// name: export_control_exposure
// scope: library
// description: Items restricted by policies (categories, models, companies) and the categories that depend on them within 6 DEPENDS_ON hops (a model counts as its category).
// params: (none)
// rank: number of exposed categories DESC, policy, restricted (precomputed by the build)
// example: computekg query export_control_exposure
MATCH (pol:Policy)-[x:CONTROL]->(item)
WHERE x.rank > $offset AND x.rank <= $offset + $limit
RETURN pol.name AS policy, item.name AS restricted, x.kind AS kind, x.date AS date, x.exposed AS exposed
ORDER BY x.rank
