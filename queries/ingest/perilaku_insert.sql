-- perilaku_insert.sql — insert the wide perilaku_skor row of one (nip,
-- periode, sumber) unless its key exists (then perilaku_select.sql and
-- perilaku_update.sql merge the values one by one).
-- Parameters: ?1 nip, ?2 periode, ?3 sumber, ?4 tahun, ?5..?11 the seven
-- BerAKHLAK values in kj_nilai order (NULL = not in this file).
-- Result: none.
INSERT INTO perilaku_skor (nip, periode, sumber, tahun, berorientasi_pelayanan, akuntabel, kompeten,
                           harmonis, loyal, adaptif, kolaboratif)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT (nip, periode, sumber) DO NOTHING;
