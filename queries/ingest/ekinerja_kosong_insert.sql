-- ekinerja_kosong_insert.sql — records an appraisal an e-Kinerja export
-- shows as not yet rated ('-'), unless its key exists (then
-- penilaian_kosong_update.sql decides between replaced and unchanged) or a
-- rating for it is already loaded: a rating is never taken back by a later
-- export that shows the period as open.
-- Parameters: ?1 nip, ?2 periode, ?3 tahun, ?4 kode_unit. Result: none.
INSERT INTO penilaian_kosong (nip, periode, tahun, kode_unit)
SELECT ?1, ?2, ?3, ?4
WHERE NOT EXISTS (SELECT 1 FROM penilaian WHERE nip = ?1 AND periode = ?2)
ON CONFLICT (nip, periode) DO NOTHING;
