-- pegawai.sql — the roster.
-- Parameters: none. Result: nip, nama, kode_unit, mulai, selesai, status; ordered by nip.
SELECT nip, nama, kode_unit, mulai, selesai, status FROM pegawai ORDER BY nip;
