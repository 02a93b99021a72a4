// name: domestic_suppliers
// scope: library
// description: Chinese (CN/HK/MO) companies supplying a product category or any of its subcategories, with their SUPPLIES facts.
// params: $category  canonical category name, e.g. "GPU"
// rank: facts DESC, company (most evidence first; precomputed by the build)
// example: computekg query domestic_suppliers --param category=AIChip
MATCH (c:Company)-[s:DOMESTIC_SUPPLIER_OF]->(cat:ProductCategory {name: $category})
WHERE s.rank > $offset AND s.rank <= $offset + $limit
RETURN c.name AS company, c.country AS country, s.categories AS categories, s.n_supplies AS facts
ORDER BY s.rank
