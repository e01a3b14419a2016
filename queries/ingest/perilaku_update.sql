-- perilaku_update.sql — merge new values into an existing perilaku_skor row:
-- a value given replaces the stored one, a NULL (not given) keeps it. Run
-- only when some value is new or differs.
-- Parameters: as perilaku_insert.sql. Result: none.
UPDATE perilaku_skor
SET tahun = ?4,
    berorientasi_pelayanan = coalesce(?5, berorientasi_pelayanan),
    akuntabel = coalesce(?6, akuntabel),
    kompeten = coalesce(?7, kompeten),
    harmonis = coalesce(?8, harmonis),
    loyal = coalesce(?9, loyal),
    adaptif = coalesce(?10, adaptif),
    kolaboratif = coalesce(?11, kolaboratif)
WHERE nip = ?1 AND periode = ?2 AND sumber = ?3;
