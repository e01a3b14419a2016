-- unit.sql — every unit with its OPD (top-level ancestor) and the final
-- successor of its history after merges (views unit_opd, unit_penerus).
-- Parameters: none.
-- Result: kode_unit, nama_unit, singkatan, jenis_unit, kode_opd, penerus;
-- ordered by kode_unit.
SELECT u.kode_unit, u.nama_unit, u.singkatan, u.jenis_unit, o.kode_opd, p.penerus
FROM unit u
LEFT JOIN unit_opd o ON o.kode_unit = u.kode_unit
LEFT JOIN unit_penerus p ON p.kode_unit = u.kode_unit
ORDER BY u.kode_unit;
