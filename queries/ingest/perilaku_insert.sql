-- perilaku_insert.sql — insert one perilaku row unless its key exists (then
-- perilaku_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 periode, ?3 tahun, ?4 nilai, ?5 sumber, ?6 skor.
-- Result: none.
INSERT INTO perilaku (nip, periode, tahun, nilai, sumber, skor)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (nip, periode, nilai, sumber) DO NOTHING;
