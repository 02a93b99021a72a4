// name: category_names_by_ids
// scope: api
// description: The supplier names of categories $ids stored at build time (JSON: country and domestic flag → names; the category's own suppliers, no roll-up).
// params: $ids  category ids
UNWIND $ids AS i
MATCH (p:CategoryStats {id: i})
RETURN p.id AS category_id, p.supplier_names AS supplier_names
