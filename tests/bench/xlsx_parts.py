"""The parts of a one-sheet .xlsx package that the benchmark generators share.

make_bench_xlsx.py streams its worksheet XML itself; the namespaces,
escaping, column letters and the fixed package parts (shared strings,
workbook, relationships, content types) come from here. The e-Kinerja
generators (make_ekinerja_bench.py, make_ekinerja_month.py) write all-text
sheets with write_text_xlsx.
"""

import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col(c):
    """Column letters of a 0-based column index (0 -> A, 26 -> AA)."""
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def write_parts(z, sheet_name, items):
    """Writes every part but xl/worksheets/sheet1.xml into the open ZipFile z:
    the shared strings `items`, a workbook with one sheet named sheet_name,
    the relationships and the content types."""
    z.writestr("xl/sharedStrings.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
               % (NS, len(items), len(items),
                  "".join("<si><t>%s</t></si>" % esc(s) for s in items)))
    z.writestr("xl/workbook.xml",
               '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" '
               'r:id="rId1"/></sheets></workbook>' % (NS, REL, esc(sheet_name)))
    z.writestr("xl/_rels/workbook.xml.rels",
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
               'relationships"><Relationship Id="rId1" Type="%s/worksheet" '
               'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
               'Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
               % (REL, REL))
    z.writestr("_rels/.rels",
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
               'relationships"><Relationship Id="rId1" Type="%s/officeDocument" '
               'Target="xl/workbook.xml"/></Relationships>' % REL)
    z.writestr("[Content_Types].xml",
               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')


def write_text_xlsx(path, sheet_name, rows):
    """Writes a one-sheet .xlsx at path whose every cell is text in the shared
    string table, as e-Kinerja's exports hold them. rows yields (row number,
    values); a value "" leaves its cell out. Streamed in blocks of 1,000 rows.
    Returns the number of shared strings."""
    index, items = {}, []

    def sst(s):
        if s not in index:
            index[s] = len(items)
            items.append(s)
        return index[s]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>' % (NS, REL)).encode())
            buf = []
            for r, vals in rows:
                buf.append('<row r="%d">%s</row>' % (r, "".join(
                    '<c r="%s%d" t="s"><v>%d</v></c>' % (col(c), r, sst(v))
                    for c, v in enumerate(vals) if v != "")))
                if len(buf) == 1000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write(("".join(buf) + "</sheetData></worksheet>").encode())
        write_parts(z, sheet_name, items)
    return len(items)
