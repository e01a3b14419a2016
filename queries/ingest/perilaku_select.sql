-- perilaku_select.sql — the stored values of one perilaku_skor row, to count
-- each new value as new, replaced or unchanged.
-- Parameters: ?1 nip, ?2 periode, ?3 sumber.
-- Result: the seven values in kj_nilai order (NULL = none stored).
SELECT berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif
FROM perilaku_skor
WHERE nip = ?1 AND periode = ?2 AND sumber = ?3;
