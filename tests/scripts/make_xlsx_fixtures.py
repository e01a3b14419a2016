#!/usr/bin/python3
"""Writes the .xlsx fixtures of the xlsx reader tests into OUTDIR.

Usage: make_xlsx_fixtures.py OUTDIR

Run by ctest (fixture "xlsx", see tests/CMakeLists.txt) before
test_ingest_xlsx*; nothing it writes is committed. Two kinds of file:

- written by openpyxl (Debian's python3-openpyxl), the way real exports look:
  types.xlsx, sheets.xlsx;
- written part by part with zipfile, for what openpyxl cannot produce (rich
  text, phonetic runs, _xHHHH_ escapes, inline strings, rows and cells
  without r=, a workbook outside xl/, the 1904 system) and for broken files.

Every value the tests expect is stated in the test next to its check.
"""
import datetime
import os
import sys
import zipfile

import openpyxl

FIXED = (2024, 1, 1, 0, 0, 0)  # zip entry times, so reruns give the same bytes

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    """parts: list of (name, text or bytes), written in that order."""
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def content_types():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')


def rels(items):
    """items: list of (id, type suffix, target)."""
    body = "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, REL, t, tg)
                   for i, t, tg in items)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="%s">%s</Relationships>' % (NS_PKG, body))


def workbook(sheets, date1904=False):
    """sheets: list of (name, rId)."""
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    body = "".join('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (n, k + 1, r)
                   for k, (n, r) in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="%s" xmlns:r="%s">%s<sheets>%s</sheets></workbook>'
            % (NS_MAIN, NS_R, pr, body))


def worksheet(rows_xml):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s" xmlns:r="%s"><dimension ref="A1"/>'
            '<sheetData>%s</sheetData><pageMargins left="0.7" right="0.7" top="0.75" '
            'bottom="0.75" header="0.3" footer="0.3"/></worksheet>' % (NS_MAIN, NS_R, rows_xml))


def sst(items_xml):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (NS_MAIN, len(items_xml), len(items_xml), "".join(items_xml)))


def styles(xf_fmt_ids, numfmts=()):
    """cellXfs with the given numFmtIds; cellStyleXfs holds a date format on
    purpose, so a reader that mixes the two lists up gets s="0" wrong."""
    nf = "".join('<numFmt numFmtId="%d" formatCode="%s"/>' % (i, c) for i, c in numfmts)
    nf = '<numFmts count="%d">%s</numFmts>' % (len(numfmts), nf) if numfmts else ""
    xfs = "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"/>' % i
                  for i in xf_fmt_ids)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="%s">%s<fonts count="1"><font/></fonts>'
            '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
            '<cellXfs count="%d">%s</cellXfs></styleSheet>' % (NS_MAIN, nf, len(xf_fmt_ids), xfs))


def simple_book(path, sheet_xml, sst_items=None, styles_xml=None, date1904=False,
                name="Data", compression=zipfile.ZIP_DEFLATED, omit=()):
    """The standard layout: one sheet at xl/worksheets/sheet1.xml."""
    wb_rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    parts = [("[Content_Types].xml", content_types()),
             ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
             ("xl/workbook.xml", workbook([(name, "rId1")], date1904))]
    if sst_items is not None:
        wb_rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        parts.append(("xl/sharedStrings.xml", sst(sst_items)))
    if styles_xml is not None:
        wb_rels.append(("rId3", "styles", "styles.xml"))
        parts.append(("xl/styles.xml", styles_xml))
    parts.append(("xl/_rels/workbook.xml.rels", rels(wb_rels)))
    parts.append(("xl/worksheets/sheet1.xml", sheet_xml))
    write_zip(path, [p for p in parts if p[0] not in omit], compression)


def si(text):
    return "<si><t>%s</t></si>" % text


# --- files written by openpyxl ---------------------------------------------

def make_types(out):
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 1, 1)
    ws = wb.active
    ws.title = "Data"
    ws.append(["nip", "nama", "nilai", "aktif", "tanggal", "waktu"])
    ws.append([198609262015051001, "Budi Santoso", 87.5, True,
               datetime.date(2024, 1, 31), datetime.datetime(2024, 3, 15, 13, 45, 30)])
    ws.append([1.98609262015051e+17, "Siti Aminah", -0.125, False,
               datetime.date(2023, 12, 1), datetime.datetime(2023, 12, 1, 0, 0, 0)])
    # row 4: number formats — built-in and custom, date and not
    formats = ["mm-dd-yy", "dd/mm/yyyy", "[$-421]dd mmmm yyyy", '0 "hari"', "#,##0.00",
               "[h]:mm", "[Red]0.0", "yyyy-mm-dd\\ hh:mm"]
    for col, fmt in enumerate(formats, start=1):
        c = ws.cell(row=4, column=col, value=45292.25)
        c.number_format = fmt
    # row 5 is absent; row 6 is sparse: B6 and D6 only
    ws.cell(row=6, column=2, value="B enam")
    ws.cell(row=6, column=4, value=4)
    wb.save(os.path.join(out, "types.xlsx"))


def make_sheets(out):
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.active.title = "Petunjuk"
    wb.active.append(["Baca petunjuk ini dulu"])
    ws = wb.create_sheet("Laporan SKP")
    ws.append(["Laporan Penilaian SKP Tahun 2024"])
    ws.append(["nip", "hasil_akhir"])
    ws.append(["199001012015031002", "BAIK"])
    wb.create_sheet("Rekap").append(["rekap", 1])
    wb.save(os.path.join(out, "sheets.xlsx"))


# --- hand-written files ----------------------------------------------------

HANDMADE_SST = [
    si("nip"),                                                                  # 0
    '<si><r><t xml:space="preserve">Budi </t></r><r><rPr><b/></rPr><t>Santoso</t></r></si>',
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>',
    "<si><t>  Dinas Kesehatan \n</t></si>",                                     # 3
    '<si><t xml:space="preserve">  dua spasi </t></si>',                        # 4
    si("baris_x000D__x000A_dua"),                                                # 5
    si("_x005F_x000D_ literal"),                                                 # 6
    si("senyum _xD83D__xDE00_"),                                                 # 7
    "<si><t/></si>",                                                             # 8
    si("a_xD800_b_x0000_c"),                                                     # 9
    si("R&amp;D &lt;x&gt;"),                                                    # 10
    si("_x12_ dan _xZZZZ_"),                                                     # 11
]

HANDMADE_DATA = (
    # rows and cells without r=: rows 1 and 2, columns from A
    "<row>" + "".join('<c t="s"><v>%d</v></c>' % i for i in range(0, 5)) + "</row>"
    "<row>" + "".join('<c t="s"><v>%d</v></c>' % i for i in range(5, 12)) + "</row>"
    '<row r="4"><c r="A4"><v>1.98609262015051E+17</v></c>'
    '<c r="C4" t="n"><v>198609262015051001</v></c><c r="D4"><v>12.50</v></c>'
    '<c r="E4" s="0"/></row>'
    '<row r="5"><c r="A5" t="inlineStr"><is><t>inline biasa</t></is></c>'
    '<c r="B5" t="inlineStr"><is><r><t xml:space="preserve">kaya </t></r><r><t>teks</t></r>'
    "<rPh><t>x</t></rPh></is></c>"
    '<c r="C5" t="str"><f>A5&amp;"!"</f><v>inline biasa!</v></c>'
    '<c r="D5" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    '<c r="E5" t="b"><v>1</v></c><c r="F5" t="b"><v>0</v></c>'
    '<c r="G5" t="d"><v>2024-02-29T08:30:00Z</v></c>'
    '<c r="H5" t="str"><v>a_x000A_b</v></c><c r="I5" t="inlineStr"><is/></c></row>'
    '<row r="7"><c r="C7"><v>3</v></c><c><v>4</v></c></row>'
    '<row r="9" spans="1:8"><c r="A9" s="1"><v>45292</v></c><c r="B9" s="2"><v>45292</v></c>'
    '<c r="C9" s="3"><v>45292</v></c><c r="D9" s="4"><v>1.5</v></c>'
    '<c r="E9" s="0"><v>45292</v></c><c r="F9" s="5"><v>45292.5</v></c>'
    '<c r="G9" s="99"><v>45292</v></c><c r="H9" s="6"><v>45292</v></c></row>'
)

HANDMADE_STYLES = styles([0, 14, 164, 165, 166, 22, 167],
                         [(164, "dd/mm/yyyy"), (165, '0 &quot;hari&quot;'), (166, "[h]:mm"),
                          (167, '#,##0 \\d;[Red]\\-#,##0 _m')])


def make_handmade(out):
    """Workbook at book/main.xml (found through _rels/.rels), an absolute and a
    '..' target, a part name whose case differs from its relationship."""
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", rels([("rId1", "officeDocument", "book/main.xml")])),
        ("book/main.xml", workbook([("Catatan", "rIdA"), ("Isi", "rIdB")])),
        ("book/_rels/main.xml.rels", rels([
            ("rIdA", "worksheet", "/book/sheets/notes.xml"),
            ("rIdB", "worksheet", "sheets/../sheets/data.xml"),
            ("rIdS", "sharedStrings", "../shared/strings.xml"),
            ("rIdT", "styles", "styles.xml")])),
        ("shared/strings.xml", sst(HANDMADE_SST)),
        ("book/styles.xml", HANDMADE_STYLES),
        ("book/sheets/notes.xml",
         worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>catatan</t></is></c></row>')),
        ("book/sheets/DATA.xml", worksheet(HANDMADE_DATA)),
    ]
    write_zip(os.path.join(out, "handmade.xlsx"), parts)


def date_rows(values):
    """values: (serial text, style) per row, in column A."""
    return "".join('<row r="%d"><c r="A%d" s="%d"><v>%s</v></c></row>' % (i, i, s, v)
                   for i, (v, s) in enumerate(values, start=1))


def make_dates(out):
    # s=1: built-in 14 (date), s=2: built-in 22 (date and time)
    st = styles([0, 14, 22])
    rows_1900 = [("1", 1), ("59", 1), ("60", 1), ("61", 1), ("45292", 1), ("45292.75", 2),
                 ("45351.99999999", 2), ("2958465", 1), ("2958466", 1), ("-1", 1),
                 ("0.5", 2), ("0", 1)]
    simple_book(os.path.join(out, "dates1900.xlsx"), worksheet(date_rows(rows_1900)),
                styles_xml=st)
    rows_1904 = [("0", 1), ("1", 1), ("43830", 1), ("43830.5", 2), ("-1", 1)]
    sheet = worksheet(date_rows(rows_1904) +
                      '<row r="6"><c r="A6" t="d"><v>2024-01-01</v></c></row>')
    simple_book(os.path.join(out, "date1904.xlsx"), sheet, styles_xml=st, date1904=True)


def make_big(out):
    """5000 rows (every 10th absent), ~0.5 MB of XML: many expat chunks."""
    rows = []
    for i in range(1, 5001):
        if i % 10 == 0:
            continue
        rows.append('<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                    '<c r="C%d" t="inlineStr"><is><t>baris %d</t></is></c></row>'
                    % (i, i, i, i, i % 7, i, i))
    simple_book(os.path.join(out, "big.xlsx"), worksheet("".join(rows)),
                sst_items=[si("s%d" % k) for k in range(7)])


def make_broken(out):
    def p(name):
        return os.path.join(out, name)

    with open(p("not_a_zip.xlsx"), "w") as f:
        f.write("nip,nama\n199001012015031002,Budi\n")
    with open(p("ole2.xlsx"), "wb") as f:
        f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 504)
    write_zip(p("no_workbook.xlsx"), [("hello.txt", "halo")])
    two_rows = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'
                         '<row r="2"><c r="A2"><v>2</v></c></row>')
    simple_book(p("no_sheet_part.xlsx"), two_rows, omit=("xl/worksheets/sheet1.xml",))
    simple_book(p("no_rels.xlsx"), two_rows, omit=("xl/_rels/workbook.xml.rels",))
    write_zip(p("no_sheets.xlsx"), [
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([])),
        ("xl/_rels/workbook.xml.rels", rels([]))])
    # the worksheet cut in the middle of row 3's cell tag
    full = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'
                     '<row r="2"><c r="A2"><v>2</v></c></row>\n'
                     '<row r="3"><c r="A3"><v>3</v></c></row>')
    simple_book(p("truncated_xml.xlsx"), full[:full.index('<c r="A3"') + 5])
    # 12 shared strings; B7 asks for number 99
    simple_book(p("sst_range.xlsx"),
                worksheet('<row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="s"><v>99</v></c>'
                          "</row>"),
                sst_items=[si("s%d" % k) for k in range(12)])
    simple_book(p("no_sst.xlsx"), worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))
    simple_book(p("bad_ref.xlsx"), worksheet('<row r="1"><c r="A1"><v>1</v></c></row>'
                                             '<row r="2"><c r="2B"><v>1</v></c></row>'))
    simple_book(p("bad_col.xlsx"), worksheet('<row r="3"><c r="XFE3"><v>1</v></c></row>'))
    simple_book(p("bad_row.xlsx"), worksheet('<row r="1048577"><c><v>1</v></c></row>'))
    simple_book(p("row_order.xlsx"), worksheet('<row r="7"><c><v>1</v></c></row>'
                                               '<row r="5"><c><v>1</v></c></row>'))
    simple_book(p("bad_number.xlsx"), worksheet('<row r="2"><c r="C2"><v>12,5</v></c></row>'))
    simple_book(p("bad_type.xlsx"), worksheet('<row r="1"><c r="A1" t="x"><v>1</v></c></row>'))
    simple_book(p("long_string.xlsx"),
                worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>'
                          % ("a" * (4 * 1024 * 1024 + 1))))
    simple_book(p("too_many_cols.xlsx"),
                worksheet('<row r="1">%s</row>' % ("<c><v>1</v></c>" * 16385)))
    simple_book(p("dtd.xlsx"), '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n'
                '<worksheet xmlns="%s"><sheetData/></worksheet>' % NS_MAIN)
    # stored (not deflated) so one changed byte is still well-formed XML: only the CRC tells
    simple_book(p("crc.xlsx"), two_rows, compression=zipfile.ZIP_STORED)
    with open(p("crc.xlsx"), "r+b") as f:
        data = f.read()
        k = data.index(b'<v>2</v>')
        f.seek(k + 3)
        f.write(b"7")
    with open(p("types.xlsx"), "rb") as f:
        whole = f.read()
    with open(p("truncated_zip.xlsx"), "wb") as f:
        f.write(whole[:len(whole) // 2])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_xlsx_fixtures.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_types(out)
    make_sheets(out)
    make_handmade(out)
    make_dates(out)
    make_big(out)
    make_broken(out)


if __name__ == "__main__":
    main()
