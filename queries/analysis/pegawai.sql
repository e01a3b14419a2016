-- pegawai.sql — the roster.
-- Parameters: none. Result: nip, nama, kode_unit; ordered by nip.
SELECT nip, nama, kode_unit FROM pegawai ORDER BY nip;
