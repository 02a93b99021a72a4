// name: domestic_suppliers
// scope: library
// description: Chinese (CN/HK/MO) companies supplying a product category or any of its subcategories, with their SUPPLIES facts.
// params: $category  canonical category name, e.g. "GPU"
// rank: facts DESC, company (most evidence first)
// example: computekg query domestic_suppliers --param category=AIChip
MATCH (cat:ProductCategory {name: $category})
UNWIND [cat.name] + cat.subtypes AS sub_name
MATCH (c:Company)-[s:SUPPLIER_OF]->(sub:ProductCategory {name: sub_name})
WHERE c.domestic = true AND s.n_supplies > 0
RETURN c.name AS company, c.country AS country, collect(sub.name) AS categories, sum(s.n_supplies) AS facts
ORDER BY facts DESC, company
