// name: foreign_concentration
// scope: library
// description: Per category, how many domestic / foreign / unknown-country suppliers it has (SUPPLIES), and the known market shares (%) held by foreign and domestic companies.
// params: (none)
// rank: foreign_suppliers DESC, category
// example: computekg query foreign_concentration --format table
MATCH (cat:CategoryStats)
WHERE cat.direct_domestic_suppliers + cat.direct_foreign_suppliers + cat.direct_unknown_suppliers > 0
RETURN cat.category AS category, cat.direct_domestic_suppliers AS domestic_suppliers,
       cat.direct_foreign_suppliers AS foreign_suppliers, cat.direct_unknown_suppliers AS unknown_suppliers,
       cat.direct_foreign_share AS foreign_share, cat.direct_domestic_share AS domestic_share
ORDER BY foreign_suppliers DESC, category
