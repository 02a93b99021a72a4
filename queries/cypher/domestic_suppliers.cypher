// name: domestic_suppliers
// description: Chinese (CN/HK/MO) companies supplying a product category or any of its subcategories.
// params: $category  canonical category name, e.g. "GPU"
// example: computekg query domestic_suppliers --param category=AIChip
MATCH (sub:ProductCategory)-[:SUBTYPE_OF*0..]->(cat:ProductCategory {name: $category})
MATCH (c:Company)-[s:SUPPLIES]->(sub)
WHERE c.domestic = true
RETURN c.name AS company, c.country AS country, collect(DISTINCT sub.name) AS categories, count(s) AS facts
ORDER BY company
