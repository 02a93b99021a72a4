// name: category_pages_by_key
// scope: api
// description: The category a normalised name resolves to (its stored pages are then read by id: reading them here would read every category's).
// params: $key  a normalised name (queries.backbone.norm)
MATCH (p:CategoryStats)
WHERE $key IN p.lookup_keys
RETURN p.id AS category_id
