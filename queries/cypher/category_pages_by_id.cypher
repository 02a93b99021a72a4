// name: category_pages_by_id
// scope: api
// description: The stored first pages (suppliers by filter and country, suppliers of what a what_if on it exposes) of category $id.
// params: $id  a category id
MATCH (p:CategoryStats)
WHERE p.id = $id
RETURN p.supplier_pages AS supplier_pages, p.country_pages AS country_pages, p.exposed_page AS exposed_page
