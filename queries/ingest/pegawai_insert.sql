-- pegawai_insert.sql — insert one pegawai row unless its key exists (then
-- pegawai_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 nama, ?3 kode_unit, ?4 jenis_pegawai, ?5 golongan, ?6 jabatan,
-- ?7 jenis_jabatan, ?8 nip_atasan, ?9 jenis_kelamin, ?10 mulai, ?11 selesai, ?12 status,
-- ?13 which of mulai/selesai/status the file has (bits 1, 2, 4; see the update).
-- Result: none.
INSERT INTO pegawai (nip, nama, kode_unit, jenis_pegawai, golongan, jabatan, jenis_jabatan,
                     nip_atasan, jenis_kelamin, mulai, selesai, status)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, coalesce(?12, 'AKTIF'))
ON CONFLICT (nip) DO NOTHING;
