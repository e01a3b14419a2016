-- skm.sql — survey respondents of one year.
-- Parameters: ?1 tahun.
-- Result: kode_unit, periode, u1 .. u9 (NULL = not answered); ordered by
-- kode_unit, periode, id.
SELECT kode_unit, periode, u1, u2, u3, u4, u5, u6, u7, u8, u9
FROM skm WHERE tahun = ?1
ORDER BY kode_unit, periode, id;
