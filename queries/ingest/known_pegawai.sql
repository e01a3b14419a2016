-- known_pegawai.sql — every employee with their current unit.
-- Parameters: none. Result: nip, kode_unit.
SELECT nip, kode_unit FROM pegawai;
