-- known_unit_names.sql — every unit's name, for matching the unit names of
-- an e-Kinerja export to units already in the database (first by code when
-- several share a name).
-- Parameters: none. Result: kode_unit, nama_unit.
SELECT kode_unit, nama_unit FROM unit ORDER BY kode_unit;
