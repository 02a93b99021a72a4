// name: dependencies
// scope: library
// description: What a product category transitively depends on (DEPENDS_ON, up to 6 hops), with the path.
// params: $category  canonical category name, e.g. "AIServer"
// rank: depth, dependency
// example: computekg query dependencies --param category=AIServer
MATCH p = (cat:ProductCategory {name: $category})-[:DEPENDS_ON*1..6]->(dep:ProductCategory)
RETURN dep.name AS dependency, length(p) AS depth, [n IN nodes(p) | n.name] AS path
ORDER BY depth, dependency
