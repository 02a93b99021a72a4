// name: dependents
// scope: library
// description: Who is exposed if a category is cut - categories that transitively depend on it, with the path.
// params: $category  canonical category name, e.g. "HBM"
// rank: depth, dependent
// example: computekg query dependents --param category=HBM
MATCH p = (up:ProductCategory)-[:DEPENDS_ON*1..6]->(cat:ProductCategory {name: $category})
RETURN up.name AS dependent, length(p) AS depth, [n IN nodes(p) | n.name] AS path
ORDER BY depth, dependent
