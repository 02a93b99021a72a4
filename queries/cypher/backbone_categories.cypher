// name: backbone_categories
// scope: api
// description: Every product category with its names, aliases and segment attribute (the backbone ChainGraph keeps in memory).
// params: (none)
MATCH (p:ProductCategory)
RETURN p.id AS id, p.name AS name, p.name_zh AS name_zh, p.name_en AS name_en, p.aliases AS aliases,
       p.segment AS segment, p.attrs AS attrs
