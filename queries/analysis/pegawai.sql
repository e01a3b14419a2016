-- pegawai.sql — the roster.
-- Parameters: none. Result: nip, nama, kode_unit, mulai, selesai, status (the
-- roster of a period, data.md), jenis_pegawai, golongan, jenis_jabatan,
-- jenis_kelamin (the attributes of the fairness analysis, analytics.md §13),
-- nip_atasan (§10a); NULL when not given; ordered by nip.
SELECT nip, nama, kode_unit, mulai, selesai, status, jenis_pegawai, golongan, jenis_jabatan,
       jenis_kelamin, nip_atasan
FROM pegawai ORDER BY nip;
