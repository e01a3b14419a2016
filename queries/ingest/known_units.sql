-- known_units.sql — every unit with its parent, to resolve references
-- during an import without a query per row.
-- Parameters: none. Result: kode_unit, kode_induk (NULL for an OPD).
SELECT kode_unit, kode_induk FROM unit ORDER BY kode_unit;
