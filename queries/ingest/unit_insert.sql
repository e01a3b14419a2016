-- unit_insert.sql — insert one unit row unless its key exists (then
-- unit_update.sql decides between replaced and unchanged).
-- Parameters: ?1 kode_unit, ?2 nama_unit, ?3 singkatan, ?4 jenis_unit, ?5 kode_induk, ?6 menjadi, ?7 berlaku_sampai.
-- Result: none.
INSERT INTO unit (kode_unit, nama_unit, singkatan, jenis_unit, kode_induk, menjadi, berlaku_sampai)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (kode_unit) DO NOTHING;
