// name: dependency_path
// scope: library
// description: The shortest DEPENDS_ON chain from one category to another (how an upstream item reaches a product).
// params: $source  dependent category, e.g. "AIServer";  $target  upstream category, e.g. "EUVLithography"
// rank: one row
// example: computekg query dependency_path --param source=AIServer --param target=EUVLithography
MATCH (a:ProductCategory {name: $source}), (b:ProductCategory {name: $target})
MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b))
RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops
