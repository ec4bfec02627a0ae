"""Hostile spreadsheets, built byte by byte: small files that would make a reader allocate a lot."""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook '
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet '
              'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
EMPTY_SHARED = ('<?xml version="1.0" encoding="UTF-8"?><sst '
                'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>')


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(path: Path, sheet_data: str | bytes, *, dimension: str = "", shared: str | bytes = EMPTY_SHARED,
         chunks: int = 1) -> Path:
    """An xlsx whose first sheet holds ``sheet_data`` (the rows) ``chunks`` times over, streamed."""
    body = sheet_data.encode() if isinstance(sheet_data, str) else sheet_data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        zf.writestr("xl/sharedStrings.xml", shared)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(SHEET_HEAD.encode())
            if dimension:
                out.write(f'<dimension ref="{dimension}"/>'.encode())
            out.write(b"<sheetData>")
            for _ in range(chunks):
                out.write(body)
            out.write(b"</sheetData></worksheet>")
    return path


def corner_cells(path: Path) -> Path:
    """1.6 KB: cells A1 and XFD199999, no dimension: a 3-billion-cell rectangle."""
    return xlsx(path, '<row r="1">' + inline("A1", "NIK") + '</row><row r="199999">'
                + inline("XFD199999", "x") + "</row>")


def hidden_corner(path: Path) -> Path:
    """The far cell hides inside row 2 (calamine follows the cell's own reference)."""
    return xlsx(path, '<row r="1">' + inline("A1", "NIK") + '</row><row r="2">' + inline("AAA150000", "x") + "</row>")


def whitespace_bomb(path: Path, megabytes: int = 600) -> Path:
    """About 1 MB on disk, hundreds of MB of spaces between two rows once unzipped."""
    return xlsx(path, b" " * (1 << 20), chunks=megabytes)


def huge_cell(path: Path, megabytes: int = 300) -> Path:
    """One inline cell of hundreds of MB (after a plausible NIK cell)."""
    body = b'<row r="1"><c r="A1" t="inlineStr"><is><t>3503011205800001</t></is></c>' \
           b'<c r="B1" t="inlineStr"><is><t>'
    path = xlsx(path, body + b"A" * (1 << 20), chunks=1)
    # rebuild with the big text streamed: the first chunk opens the cell, the rest extends it
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        zf.writestr("xl/sharedStrings.xml", EMPTY_SHARED)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(SHEET_HEAD.encode() + b"<sheetData>" + body)
            block = b"A" * (1 << 20)
            for _ in range(megabytes):
                out.write(block)
            out.write(b"</t></is></c></row></sheetData></worksheet>")
    return path


def huge_shared_string(path: Path, megabytes: int = 300) -> Path:
    head = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'count="1" uniqueCount="1"><si><t>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(head)
            for _ in range(megabytes):
                out.write(b"B" * (1 << 20))
            out.write(b"</t></si></sst>")
        zf.writestr("xl/worksheets/sheet1.xml", SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                    '</row></sheetData></worksheet>')
    return path


def many_cells(path: Path, rows: int = 150_000, cols: int = 120) -> Path:
    """A plausible but far too big grid: rows x cols tiny number cells, streamed."""
    letters = []
    for c in range(cols):
        n, name = c + 1, ""
        while n:
            n, rem = divmod(n - 1, 26)
            name = chr(65 + rem) + name
        letters.append(name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        zf.writestr("xl/sharedStrings.xml", EMPTY_SHARED)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write((SHEET_HEAD + "<sheetData>").encode())
            for r in range(1, rows + 1):
                out.write((f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>1</v></c>' for c in letters)
                           + "</row>").encode())
            out.write(b"</sheetData></worksheet>")
    return path
