-- ekinerja_kosong_clear.sql — an appraisal that is now rated is no longer
-- missing: removes its penilaian_kosong row, if any.
-- Parameters: ?1 nip, ?2 periode. Result: none.
DELETE FROM penilaian_kosong WHERE nip = ?1 AND periode = ?2;
