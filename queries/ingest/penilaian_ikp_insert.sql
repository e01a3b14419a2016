-- penilaian_ikp_insert.sql — the IKP of an employee-period with several SKPs
-- under skp_ganda = bulan, unless its key exists (then penilaian_ikp_update.sql).
-- Parameters: ?1 nip, ?2 periode, ?3 tahun, ?4 ikp, ?5 n_skp. Result: none.
INSERT INTO penilaian_ikp (nip, periode, tahun, ikp, n_skp)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (nip, periode) DO NOTHING;
