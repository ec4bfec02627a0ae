"""Read one sheet of a spreadsheet file into typed cells, refusing hostile files politely.

API
---
``read_workbook(path, *, sheet=None, max_rows=200_000, progress=None) -> SheetData``
    ``sheet`` is a name or a 0-based index (default: the first sheet). ``SheetData.rows[i]`` is
    spreadsheet row ``i + 1``; ``rows[i][j]`` is column ``j`` (0 = column A). Trailing empty rows
    are dropped, rows are not padded to equal length. Raises ``SpreadsheetError`` (Indonesian
    message in ``str(exc)``) for anything that is not a readable spreadsheet, and
    ``desktop_app.core.progress.Cancelled`` when ``progress`` asks to stop.
``list_sheets(path) -> list[str]``
    Sheet names in workbook order (a CSV file has one sheet named after the file).
``Cell(value, numeric)``
    ``value`` is the raw typed value as the file holds it (str, int, float, bool, date,
    datetime, time, timedelta or None); ``numeric`` is True when the spreadsheet stored it as a
    number (so a NIK typed into a number cell is detectable: ``nik.excel_number``), and for a
    CSV text in scientific notation such as ``3,50305E+15`` (Excel already destroyed it).
    ``Cell.text`` gives a display string that never goes through ``float`` formatting
    with an exponent (``3503011201800000``, not ``3.5030112018e+15``).

Formats: xlsx/xlsm/xls/ods through python-calamine (formulas give their cached value; a
formula saved without a cached value, e.g. written by openpyxl, reads as an empty cell),
csv/txt/tsv as text with encoding (BOM, UTF-8, else charset-normalizer, else cp1252) and
separator (; , tab |) detection.

Limits: at most ``max_rows`` rows (checked before loading: xlsx/ods sheet XML is streamed and its
rows counted, a CSV is read line by line), at most ``MAX_COLUMNS`` columns (the rest is cut and
``SheetData.columns_truncated`` set), at most ``MAX_FILE_BYTES`` on disk and
``MAX_UNZIPPED_BYTES`` inside a zip container.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from desktop_app.core.progress import Cancelled, Progress
from desktop_app.core.text import Msg
from desktop_app.services.errors import ServiceError

__all__ = [
    "Cell",
    "EMPTY",
    "MAX_COLUMNS",
    "SheetData",
    "SpreadsheetError",
    "SUPPORTED_EXTENSIONS",
    "list_sheets",
    "read_workbook",
]

MAX_COLUMNS = 200
MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024  # per member and in all
WORKBOOK_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")
SUPPORTED_EXTENSIONS = WORKBOOK_EXTENSIONS + TEXT_EXTENSIONS

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_PROGRESS_EVERY = 2000
_NUMERIC_TYPES = frozenset({int, float})
_SCIENTIFIC = re.compile(r"^\s*[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+\s*$")


class SpreadsheetError(ServiceError):
    """A file that cannot be read as a spreadsheet; ``str(exc)`` is for the operator (Indonesian)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Cell:
    """One cell: the raw typed value and whether the spreadsheet held it as a number."""

    __slots__ = ("value", "numeric")

    def __init__(self, value: object, numeric: bool = False) -> None:
        self.value = value
        self.numeric = numeric

    @property
    def empty(self) -> bool:
        v = self.value
        return v is None or (isinstance(v, str) and not v.strip())

    @property
    def text(self) -> str:
        """Display text; numbers without exponent or trailing ``.0``; dates as dd-mm-yyyy."""
        return cell_text(self.value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cell):
            return NotImplemented
        return self.value == other.value and self.numeric == other.numeric

    def __hash__(self) -> int:
        return hash((type(self.value).__name__, str(self.value), self.numeric))

    def __repr__(self) -> str:
        return f"Cell({self.value!r}{', numeric' if self.numeric else ''})"


EMPTY = Cell("")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer():
            return f"{value:.0f}"
        text = repr(value)
        return text if "e" not in text else format(Decimal(text), "f")
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


@dataclass(slots=True)
class SheetData:
    sheet_names: list[str]
    sheet: str
    rows: list[list[Cell]]  # a LazyRows for workbooks: same reading interface
    columns_truncated: bool = False
    file_format: str = ""  # "xlsx", "xls", "ods", "csv"
    encoding: str = ""  # csv only
    delimiter: str = ""  # csv only
    notes: list[str] = field(default_factory=list)

    def cell(self, row: int, col: int) -> Cell:
        """Cell at a 1-based spreadsheet row and 0-based column; EMPTY outside the data."""
        if 1 <= row <= len(self.rows):
            cells = self.rows[row - 1]
            if 0 <= col < len(cells):
                return cells[col]
        return EMPTY


# --------------------------------------------------------------------------- entry points


def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    p = Path(path)
    kind = _classify(p)
    if kind == "csv":
        return [p.stem or "CSV"]
    wb = _open_calamine(p)
    try:
        return list(wb.sheet_names)
    finally:
        _close(wb)


def read_workbook(
    path: str | os.PathLike[str],
    *,
    sheet: str | int | None = None,
    max_rows: int = 200_000,
    progress: Progress | None = None,
) -> SheetData:
    p = Path(path)
    kind = _classify(p)
    if kind == "csv":
        return _read_csv(p, max_rows=max_rows, progress=progress)
    return _read_calamine(p, kind, sheet=sheet, max_rows=max_rows, progress=progress)


# --------------------------------------------------------------------------- file checks


def _classify(p: Path) -> str:
    """Return 'zip', 'ole' or 'csv' after the cheap checks; raise SpreadsheetError otherwise."""
    ext = p.suffix.lower()
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise SpreadsheetError(Msg("'{name}' bukan file.", name=p.name))
        with open(p, "rb") as fh:
            head = fh.read(4096)
    except SpreadsheetError:
        raise
    except FileNotFoundError:
        raise SpreadsheetError(Msg("File '{name}' tidak ditemukan.", name=p.name)) from None
    except OSError as exc:
        raise SpreadsheetError(Msg("File '{name}' tidak dapat dibuka: {detail}.", name=p.name,
                                   detail=exc.strerror or str(exc))) from None
    if ext not in SUPPORTED_EXTENSIONS:
        raise SpreadsheetError(Msg(
            "Jenis file '{name}' tidak dikenal. Gunakan file Excel (.xlsx, .xls), "
            "LibreOffice (.ods) atau CSV.", name=p.name
        ))
    if size == 0:
        raise SpreadsheetError(Msg("File '{name}' kosong (0 byte).", name=p.name))
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(Msg(
            "File '{name}' terlalu besar ({size} MB; batas {limit} MB). Pecah menjadi beberapa file.",
            name=p.name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024),
        ))
    if ext in TEXT_EXTENSIONS:
        if head.startswith(_ZIP_MAGIC) or head.startswith(_OLE_MAGIC):
            raise SpreadsheetError(Msg(
                "File '{name}' bernama {ext} tetapi isinya file Excel. Ganti akhiran namanya "
                "menjadi .xlsx atau .xls, atau simpan ulang sebagai CSV.", name=p.name, ext=ext
            ))
        if b"\x00" in head[:1024] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise SpreadsheetError(Msg("File '{name}' bukan file teks/CSV yang dapat dibaca.", name=p.name))
        return "csv"
    if head.startswith(_OLE_MAGIC):
        if _ole_is_encrypted(p):
            raise SpreadsheetError(Msg(
                "File '{name}' dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata "
                "sandinya (File > Info > Protect Workbook), simpan, lalu impor lagi.", name=p.name
            ))
        if ext in (".xlsx", ".xlsm", ".ods"):
            raise SpreadsheetError(Msg(
                "File '{name}' bukan file {ext} yang sah (isinya format Excel lama atau "
                "terlindungi). Buka di Excel lalu simpan ulang sebagai .xlsx.", name=p.name, ext=ext
            ))
        return "ole"
    if head.startswith(_ZIP_MAGIC):
        _check_zip(p)
        _precheck_shared(p)
        return "zip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml", b"<meta")):
        raise SpreadsheetError(Msg(
            "File '{name}' sebenarnya halaman web (HTML/XML), bukan file Excel asli. Buka di "
            "Excel lalu simpan sebagai .xlsx (Excel Workbook), kemudian impor lagi.", name=p.name
        ))
    if head[:4] == b"PK\x05\x06" or head[:2] == b"PK":
        raise SpreadsheetError(Msg("File '{name}' rusak (arsip zip tidak lengkap).", name=p.name))
    raise SpreadsheetError(Msg(
        "File '{name}' bukan file spreadsheet yang dapat dibaca (rusak atau bukan Excel/ODS).", name=p.name
    ))


def _ole_is_encrypted(p: Path) -> bool:
    """An OLE container holding EncryptionInfo (encrypted xlsx) or an xls with FILEPASS."""
    try:
        with open(p, "rb") as fh:
            data = fh.read(4 * 1024 * 1024)
    except OSError:
        return False
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        return True
    return False


def _check_zip(p: Path) -> None:
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise SpreadsheetError(Msg(
            "File '{name}' rusak atau tidak lengkap (mungkin terpotong saat disalin/diunduh). "
            "Minta salinan file yang utuh.", name=p.name
        )) from None
    if total > MAX_UNZIPPED_BYTES:
        raise SpreadsheetError(Msg(
            "Isi file '{name}' terlalu besar untuk dibaca ({size} MB setelah dibuka).",
            name=p.name, size=total // (1024 * 1024),
        ))
    if "EncryptedPackage" in names:
        raise SpreadsheetError(Msg("File '{name}' dilindungi kata sandi (terenkripsi).", name=p.name))
    if not (names & {"xl/workbook.xml", "xl/workbook.bin", "content.xml"}):
        raise SpreadsheetError(Msg(
            "File '{name}' adalah arsip zip tetapi bukan file Excel (.xlsx) atau ODS.", name=p.name
        ))


def _too_many_rows(max_rows: int) -> SpreadsheetError:
    return SpreadsheetError(Msg(
        "Lembar kerja berisi lebih dari {rows} baris (batas {rows} baris per impor). "
        "Pecah data menjadi beberapa file atau lembar, lalu impor satu per satu.",
        rows=f"{max_rows:,}".replace(",", "."),
    ))


_SHEET_RE = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR_RE = re.compile(rb'([\w:]+)="([^"]*)"')
_REL_RE = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


def _xlsx_sheet_members(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> member path, read with regexes from workbook.xml and its rels."""
    try:
        wb_xml = zf.read("xl/workbook.xml")
        rels_xml = zf.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return {}
    rels: dict[bytes, bytes] = {}
    for m in _REL_RE.finditer(rels_xml):
        attrs = dict(_ATTR_RE.findall(m.group(0)))
        if b"Id" in attrs and b"Target" in attrs:
            rels[attrs[b"Id"]] = attrs[b"Target"]
    out: dict[str, str] = {}
    for m in _SHEET_RE.finditer(wb_xml):
        attrs = dict(_ATTR_RE.findall(m.group(0)))
        rid = next((v for k, v in attrs.items() if k.endswith(b":id")), None)
        name = attrs.get(b"name")
        if rid is None or name is None or rid not in rels:
            continue
        target = rels[rid].decode("utf-8", "replace").lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        out[name.decode("utf-8", "replace").replace("&amp;", "&")] = target
    return out


_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
# Cells calamine may lay out as one dense rectangle (first to last used row x first to last used
# column): up to about 150 bytes each there and in Python with text, so 5 million stay under 1 GB.
MAX_CELLS = 5_000_000
# The longest run of a member's bytes without a '<': one cell's text (Excel allows 32,767
# characters) or whitespace between tags. Longer is a zip bomb or a hostile cell.
MAX_TEXT_RUN = 128 * 1024
_BLOCK = 64 * 1024  # a run of MAX_TEXT_RUN bytes always holds one whole block of this size
_CHUNK = 1 << 20
_ROW_TAG_RE = re.compile(rb'<(?:x:)?row r="(\d+)"')  # how Excel, LibreOffice and openpyxl write it
_ODS_ROWS_REPEATED_RE = re.compile(
    rb'<table:table-row\b[^>]*number-rows-repeated="(\d+)"[^>]*>\s*<table:table-cell\b[^>/]*office:value-type')
_ODS_COLS_REPEATED_RE = re.compile(rb'<table:table-cell\b[^>]*number-columns-repeated="(\d+)"[^>]*office:value-type')


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _greater_number(n: int) -> bytes:
    """A regex alternation matching exactly the decimal numbers greater than ``n`` (no leading 0)."""
    digits = str(max(n, 0)).encode()
    k = len(digits)
    parts = [rb"[1-9]\d{%d,}" % k]
    for i in range(k):
        d = digits[i] - 48
        if d < 9:
            parts.append(digits[:i] + b"[%d-9]" % (d + 1) + (rb"\d{%d}" % (k - i - 1) if k - i - 1 else b""))
    return b"|".join(parts)


def _greater_letters(col: int) -> bytes:
    """A regex alternation matching the column names (A, Z, AA, ...) after column number ``col``."""
    letters = b""
    n = col
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = bytes([65 + rem]) + letters
    m = len(letters)
    parts = [rb"[A-Z]{%d,}" % (m + 1)]
    for i in range(m):
        c = letters[i]
        if c < 90:
            parts.append(letters[:i] + b"[%c-Z]" % (c + 1) + (rb"[A-Z]{%d}" % (m - i - 1) if m - i - 1 else b""))
    return b"|".join(parts)


def _too_big(name: str) -> SpreadsheetError:
    return SpreadsheetError(Msg(
        "File '{name}' terlalu besar atau tidak wajar untuk dibaca (isinya jauh lebih besar daripada "
        "ukuran filenya, atau lembar kerjanya terlalu lebar). Buka di Excel, hapus baris dan kolom kosong "
        "yang tidak dipakai, simpan, lalu impor lagi.", name=name))


def _cell_too_long(name: str) -> SpreadsheetError:
    return SpreadsheetError(Msg(
        "File '{name}' berisi sel yang terlalu panjang (lebih dari {limit} KB dalam satu sel). "
        "Periksa file di Excel: sel sepanjang itu bukan data daftar.", name=name, limit=MAX_TEXT_RUN // 1024))


class _Scan:
    """What a streamed pass over one XML member found; memory stays one chunk."""

    __slots__ = ("rows", "cells", "max_row", "max_col", "run", "opened")

    def __init__(self) -> None:
        self.rows = 0  # row tags
        self.cells = 0  # cell tags
        self.max_row = 0  # the largest row number of a row tag or a cell reference
        self.max_col = 0  # the largest column of a cell reference (0: A..Z only)
        self.run = 0  # bytes since the last '<'
        self.opened = 0  # uncompressed bytes read


def _check_runs(chunk: bytes, scan: _Scan, name: str) -> None:
    """Refuse a run of more than MAX_TEXT_RUN bytes without '<' (fast: blocks, not bytes)."""
    first = chunk.find(b"<")
    if first < 0:
        scan.run += len(chunk)
        if scan.run > MAX_TEXT_RUN:
            raise _cell_too_long(name)
        return
    if scan.run + first > MAX_TEXT_RUN:
        raise _cell_too_long(name)
    last = chunk.rfind(b"<")
    for start in range(first, last, _BLOCK):
        end = min(start + _BLOCK, last)
        if end - start == _BLOCK and chunk.find(b"<", start, end) < 0:
            before = chunk.rfind(b"<", 0, start)
            after = chunk.find(b"<", end)
            if after - before - 1 > MAX_TEXT_RUN:
                raise _cell_too_long(name)
    scan.run = len(chunk) - last - 1


def _scan_member(zf: zipfile.ZipFile, member: str, name: str, *, sheet: bool, max_rows: int, refs: bool = True,
                 cell_tags: tuple[bytes, ...] = (b"<c",), row_tags: tuple[bytes, ...] = (b"<row",)
                 ) -> _Scan:
    """Stream ``member`` once: text runs, uncompressed size, and for a sheet the row and cell
    counts and the largest row and column any cell names (calamine lays the sheet out as one
    rectangle over them: cells A1 and XFD199999 would be 3 billion cells)."""
    scan = _Scan()
    tail = b""
    keep = 32
    with zf.open(member) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            scan.opened += len(chunk)
            if scan.opened > MAX_UNZIPPED_BYTES:
                raise _too_big(name)
            _check_runs(chunk, scan, name)
            if not sheet:
                continue
            buf = tail + chunk
            skip = len(tail)
            for tag in row_tags:  # a tag split between chunks is counted once: in buf, not in tail
                scan.rows += buf.count(tag) - tail.count(tag)
            for tag in cell_tags:  # '<c' also counts '<cols>' and friends: a few, harmless here
                scan.cells += buf.count(tag) - tail.count(tag)
            if scan.rows > max_rows:
                raise _too_many_rows(max_rows)
            if scan.cells > MAX_CELLS:
                raise _too_big(name)
            if not refs:
                tail = buf[-keep:]
                continue
            if scan.opened <= 4 * _CHUNK:
                dimension = _DIMENSION_RE.search(buf)
                if dimension and dimension.group(3):
                    span_rows = int(dimension.group(4)) - int(dimension.group(2)) + 1
                    span_cols = _col_number(dimension.group(3)[:4]) - _col_number(dimension.group(1)[:4]) + 1
                    if span_rows > max_rows:
                        raise _too_many_rows(max_rows)
                    if span_rows * span_cols > MAX_CELLS:
                        raise _too_big(name)
            rows = _ROW_TAG_RE.findall(buf, max(0, skip - keep))
            if rows:
                scan.max_row = max(scan.max_row, max(map(int, rows)))
            # cell references beyond the largest row or column seen so far: none in a sound
            # sheet (a cell sits in its row), so these searches match almost nothing
            beyond = re.findall(rb' r="(?:(%s)(\d+)|([A-Z]{1,3})(%s))"'
                                % (_greater_letters(scan.max_col), _greater_number(scan.max_row)), buf)
            for col_a, row_a, col_b, row_b in beyond:
                scan.max_row = max(scan.max_row, int(row_a or row_b))
                scan.max_col = max(scan.max_col, _col_number((col_a or col_b)[:4]))
            if scan.max_row > max_rows:
                raise _too_many_rows(max_rows)
            if scan.max_row * max(scan.max_col, 26) > MAX_CELLS:
                raise _too_big(name)
            tail = buf[-keep:]
    return scan


def _scan_ods(zf: zipfile.ZipFile, name: str, max_rows: int) -> None:
    """content.xml of an ODS: rows, text runs, and values repeated over many rows or columns."""
    scan = _Scan()
    tail = b""
    tags = (b"<table:table-row ", b"<table:table-row>")
    with zf.open("content.xml") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            scan.opened += len(chunk)
            if scan.opened > MAX_UNZIPPED_BYTES:
                raise _too_big(name)
            _check_runs(chunk, scan, name)
            buf = tail + chunk
            for tag in tags:
                scan.rows += buf.count(tag) - tail.count(tag)
            if scan.rows > max_rows:
                raise _too_many_rows(max_rows)
            for found in _ODS_ROWS_REPEATED_RE.findall(buf):
                if int(found) > max_rows:
                    raise _too_many_rows(max_rows)
            for found in _ODS_COLS_REPEATED_RE.findall(buf):
                if int(found) > 16384:
                    raise _too_big(name)
            tail = buf[-4096:]


def _precheck_rows(p: Path, sheet_name: str, max_rows: int) -> None:
    """Refuse an over-long, over-wide or bomb-like xlsx/ods sheet before calamine lays it out."""
    try:
        with zipfile.ZipFile(p) as zf:
            names = set(zf.namelist())
            if "content.xml" in names:  # ods: all sheets in one member
                _scan_ods(zf, p.name, max_rows)
            else:
                member = _xlsx_sheet_members(zf).get(sheet_name)
                if member is None or member not in names:
                    return
                _scan_member(zf, member, p.name, sheet=True, max_rows=max_rows)
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, RuntimeError):
        raise SpreadsheetError(Msg("File '{name}' rusak atau tidak lengkap.", name=p.name)) from None
    except Exception:  # zlib.error and friends
        raise SpreadsheetError(Msg("File '{name}' rusak atau tidak lengkap.", name=p.name)) from None


def _precheck_shared(p: Path) -> None:
    """The parts calamine reads when it opens an xlsx (shared strings, workbook): no bombs."""
    try:
        with zipfile.ZipFile(p) as zf:
            for info in zf.infolist():
                if info.filename in ("xl/sharedStrings.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                     "xl/styles.xml", "[Content_Types].xml"):
                    scan = _scan_member(zf, info.filename, p.name, sheet=True, max_rows=1 << 62, refs=False,
                                        cell_tags=(b"<si>", b"<si "), row_tags=())
                    if scan.cells > MAX_CELLS:
                        raise _too_big(p.name)
    except SpreadsheetError:
        raise
    except Exception:  # zlib.error, BadZipFile, a lying size header, ...
        raise SpreadsheetError(Msg("File '{name}' rusak atau tidak lengkap.", name=p.name)) from None


# --------------------------------------------------------------------------- calamine


def _calamine_error(p: Path, exc: BaseException) -> SpreadsheetError:
    name = type(exc).__name__
    if name == "PasswordError" or "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        return SpreadsheetError(Msg(
            "File '{name}' dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, "
            "lalu impor lagi.", name=p.name
        ))
    return SpreadsheetError(Msg(
        "File '{name}' tidak dapat dibaca: file rusak, tidak lengkap, atau bukan spreadsheet. "
        "Coba buka di Excel/LibreOffice lalu simpan ulang sebagai .xlsx.", name=p.name
    ))


def _reraise_fatal(exc: BaseException) -> None:
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError | Cancelled):
        raise exc


def _open_calamine(p: Path):  # -> CalamineWorkbook
    from python_calamine import CalamineWorkbook

    try:
        with open(p, "rb") as fh:
            return CalamineWorkbook.from_filelike(fh)
    except BaseException as exc:  # pyo3 PanicException derives from BaseException
        _reraise_fatal(exc)
        raise _calamine_error(p, exc) from None


def _close(wb) -> None:
    try:
        wb.close()
    except BaseException as exc:
        _reraise_fatal(exc)


def _read_calamine(
    p: Path, kind: str, *, sheet: str | int | None, max_rows: int, progress: Progress | None
) -> SheetData:
    wb = _open_calamine(p)
    try:
        names = list(wb.sheet_names)
        if not names:
            raise SpreadsheetError(Msg("File '{name}' tidak berisi lembar kerja.", name=p.name))
        if sheet is None:
            index = 0
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise SpreadsheetError(Msg("Lembar kerja nomor {number} tidak ada di '{name}'.",
                                           number=sheet + 1, name=p.name))
            index = sheet
        else:
            if sheet not in names:
                raise SpreadsheetError(Msg(
                    "Lembar kerja '{sheet}' tidak ada di '{name}'. Yang ada: {sheets}.",
                    sheet=sheet, name=p.name, sheets=", ".join(names),
                ))
            index = names.index(sheet)
        sheet_name = names[index]
        if kind == "zip":
            _precheck_rows(p, sheet_name, max_rows)
        fmt = "xls" if kind == "ole" else ("ods" if p.suffix.lower() == ".ods" else "xlsx")
        try:
            ws = wb.get_sheet_by_index(index)
            end = ws.end
            start = ws.start
        except BaseException as exc:
            _reraise_fatal(exc)
            raise _calamine_error(p, exc) from None
        if end is None or start is None:
            raise SpreadsheetError(Msg("Lembar kerja '{sheet}' kosong.", sheet=sheet_name))
        if end[0] + 1 > max_rows:
            raise _too_many_rows(max_rows)
        col_offset = start[1]
        pad: list[object] = [""] * min(col_offset, MAX_COLUMNS)
        truncated = end[1] + 1 > MAX_COLUMNS
        keep = max(0, MAX_COLUMNS - col_offset)
        total = end[0] + 1
        try:
            # to_python is ~1.4x faster than iter_rows; the row count was checked above, so the
            # whole sheet fits the budget. It starts at the first used row and column: the
            # numbering is restored below (rows) and by ``pad`` (columns).
            raw_rows = ws.to_python(skip_empty_area=True)
        except BaseException as exc:
            _reraise_fatal(exc)
            raise _calamine_error(p, exc) from None
        # The values are kept as calamine gives them; Cell objects are made when a row is asked
        # for (LazyRows). Empty strings stay "" (read back as EMPTY), trailing empties are cut.
        empty = _empty_value
        for i, raw in enumerate(raw_rows):
            if len(raw) > keep:
                raw = raw_rows[i] = raw[:keep]
            if pad:
                raw = raw_rows[i] = pad + raw
            while raw and empty(raw[-1]):
                raw.pop()
            if progress is not None and i % _PROGRESS_EVERY == 0:
                progress.check(i, total)
    finally:
        _close(wb)
    if start[0] > 0 and len(raw_rows) == end[0] - start[0] + 1:
        # a calamine format that starts iter_rows at the first used row: restore numbering
        raw_rows[0:0] = [[] for _ in range(start[0])]
    while raw_rows and not raw_rows[-1]:
        raw_rows.pop()
    if not raw_rows:
        raise SpreadsheetError(Msg("Lembar kerja '{sheet}' kosong.", sheet=sheet_name))
    if progress is not None:
        progress.check(len(raw_rows), len(raw_rows))
    notes = [Msg("Hanya {count} kolom pertama yang dibaca.", count=MAX_COLUMNS)] if truncated else []
    return SheetData(names, sheet_name, LazyRows(raw_rows), truncated, fmt, notes=notes)


def _empty_value(v: object) -> bool:
    """``Cell(v).empty``."""
    return v is None or (isinstance(v, str) and not v.strip())


class LazyRows(Sequence[list[Cell]]):
    """``SheetData.rows`` of a workbook: the typed values as calamine read them, turned into
    ``Cell`` rows on first access (``Cell(v, numeric=type(v) in (int, float))``, ``EMPTY`` for
    ``""``). Behaves as a read-only list of rows; ``values`` holds the plain value rows for
    bulk readers (importer, layout detection), which accept plain values."""

    __slots__ = ("values", "_cells")

    def __init__(self, values: list[list[object]]) -> None:
        self.values = values
        self._cells: list[list[Cell] | None] = [None] * len(values)

    def __len__(self) -> int:
        return len(self.values)

    def _row(self, i: int) -> list[Cell]:
        row = self._cells[i]
        if row is None:
            num = _NUMERIC_TYPES
            row = self._cells[i] = [EMPTY if v == "" else Cell(v, type(v) in num) for v in self.values[i]]
        return row

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - int or slice, like a list
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self.values)))]
        n = len(self.values)
        i = index.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("row index out of range")
        return self._row(i)

    def __iter__(self) -> Iterator[list[Cell]]:
        for i in range(len(self.values)):
            yield self._row(i)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRows | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - mutable like a list

    def __repr__(self) -> str:
        return f"LazyRows({len(self.values)} rows)"


def _to_cells(raw: Iterable[object]) -> list[Cell]:
    out: list[Cell] = []
    append = out.append
    for v in raw:
        t = type(v)
        if t is str:
            append(Cell(v) if v else EMPTY)
        elif t is float or t is int:
            append(Cell(v, True))
        else:
            append(Cell(v))
    return out


def _strip_trailing(rows: list[list[Cell]]) -> None:
    for cells in rows:
        while cells and cells[-1].empty:
            cells.pop()
    while rows and not rows[-1]:
        rows.pop()


# --------------------------------------------------------------------------- csv

_DELIMITERS = (";", ",", "\t", "|")


def _detect_encoding(p: Path, size: int) -> str:
    with open(p, "rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        sample = b""
        try:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    decoder.decode(b"", final=True)
                    return "utf-8"
                if len(sample) < (1 << 20):
                    sample += chunk[: (1 << 20) - len(sample)]
                decoder.decode(chunk)
        except UnicodeDecodeError:
            pass
    if _has_utf8_multibyte(p):
        return MIXED  # UTF-8 with some lines from elsewhere: each line decoded on its own
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[: 256 * 1024]).best()
        if best is not None and best.encoding:
            enc = best.encoding.lower()
            if enc not in ("utf_8", "utf-8", "ascii"):
                # Indonesian office PCs: Windows-1252 is the usual single-byte answer
                if enc in ("latin_1", "iso8859_1", "cp1250", "cp1254", "iso8859_15", "mac_roman"):
                    return "cp1252"
                return enc
    except Exception:  # charset-normalizer never gets to break an import
        pass
    return "cp1252"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_multibyte(p: Path) -> bool:
    """True when the file holds UTF-8 encoded non-ASCII characters (a Windows-1252 file practically
    never has a lead byte followed by the right number of continuation bytes)."""
    try:
        with open(p, "rb") as fh:
            while chunk := fh.read(1 << 20):
                if _UTF8_MULTIBYTE.search(chunk):
                    return True
    except OSError:
        return False
    return False


def _detect_delimiter(lines: list[str]) -> str:
    best = (-1, 0, ";")
    for delim in _DELIMITERS:
        widths = [len(r) for r in csv.reader(lines, delimiter=delim) if any(c.strip() for c in r)]
        if not widths:
            continue
        counts: dict[int, int] = {}
        for w in widths:
            counts[w] = counts.get(w, 0) + 1
        mode, freq = max(counts.items(), key=lambda kv: (kv[1] * (kv[0] > 1), kv[0]))
        score = freq if mode > 1 else 0
        key = (score, mode, delim)
        if (key[0], key[1]) > (best[0], best[1]):
            best = key
    if best[0] > 0:
        return best[2]
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return ";"


def _csv_cells(values: list[str]) -> list[Cell]:
    out: list[Cell] = []
    append = out.append
    for v in values:
        if not v:
            append(EMPTY)
        elif ("E" in v or "e" in v) and _SCIENTIFIC.match(v):
            append(Cell(v, True))
        else:
            append(Cell(v))
    return out


MAX_CSV_FIELD = 128 * 1024  # characters in one CSV field (the same bound as a workbook cell)
MIXED = "utf-8+cp1252"  # a UTF-8 file with some lines saved in Windows-1252: decoded line by line


def _field_too_long(name: str, row: int) -> SpreadsheetError:
    return SpreadsheetError(Msg(
        "File CSV '{name}' berisi kolom yang terlalu panjang (lebih dari {limit} KB) di sekitar baris {row}. "
        "Periksa file: mungkin ada tanda kutip (\") yang tidak ditutup.", name=name, limit=MAX_CSV_FIELD // 1024,
        row=row))


def _mixed_lines(p: Path, cp1252_rows: list[int]) -> Iterator[str]:
    """Each line as UTF-8 when it is, else as Windows-1252 (its number noted)."""
    with open(p, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                cp1252_rows.append(number)
                yield raw.decode("cp1252", errors="replace")


def _read_csv(p: Path, *, max_rows: int, progress: Progress | None) -> SheetData:
    size = p.stat().st_size
    encoding = _detect_encoding(p, size)
    cp1252_rows: list[int] = []
    csv.field_size_limit(MAX_CSV_FIELD)
    try:
        if encoding == MIXED:
            head_lines = []
            for line in _mixed_lines(p, []):
                head_lines.append(line.rstrip("\r\n"))
                if len(head_lines) >= 60:
                    break
            lines: Iterable[str] = _mixed_lines(p, cp1252_rows)
            fh = None
        else:
            fh = open(p, encoding=encoding, errors="replace", newline="")
            head_lines = []
            for line in _cap_lines(fh):
                head_lines.append(line.rstrip("\r\n"))
                if len(head_lines) >= 60:
                    break
            fh.seek(0)
            lines = fh
    except (OSError, LookupError) as exc:
        raise SpreadsheetError(Msg("File '{name}' tidak dapat dibuka: {detail}.", name=p.name,
                                   detail=getattr(exc, "strerror", None) or type(exc).__name__)) from None
    try:
        try:
            delimiter = _detect_delimiter(head_lines)
        except csv.Error:
            raise _field_too_long(p.name, 1) from None
        reader = csv.reader(_cap_lines(lines), delimiter=delimiter)
        rows: list[list[Cell]] = []
        truncated = False
        i = 0
        try:
            for i, values in enumerate(reader):
                if i >= max_rows:
                    raise _too_many_rows(max_rows)
                if len(values) > MAX_COLUMNS:
                    values = values[:MAX_COLUMNS]
                    truncated = True
                rows.append(_csv_cells(values))
                if progress is not None and i % _PROGRESS_EVERY == 0:
                    progress.check(i, 0)  # total unknown while streaming
        except csv.Error as exc:
            if "field larger" in str(exc):
                raise _field_too_long(p.name, i + 2) from None
            raise SpreadsheetError(Msg("File CSV '{name}' tidak dapat dibaca (baris {row}).", name=p.name,
                                       row=i + 2)) from None
    finally:
        if fh is not None:
            fh.close()
    _strip_trailing(rows)
    if not rows:
        raise SpreadsheetError(Msg("File '{name}' tidak berisi data.", name=p.name))
    name = p.stem or "CSV"
    notes: list = [Msg("Hanya {count} kolom pertama yang dibaca.", count=MAX_COLUMNS)] if truncated else []
    if cp1252_rows:
        shown = ", ".join(str(n) for n in cp1252_rows[:10]) + (" ..." if len(cp1252_rows) > 10 else "")
        notes.append(Msg(
            "{count} baris bukan UTF-8 dan dibaca sebagai Windows-1252 (baris {rows}). Periksa ejaan nama di "
            "baris itu.", count=len(cp1252_rows), rows=shown))
    return SheetData([name], name, rows, truncated, "csv", "utf-8" if encoding == MIXED else encoding, delimiter, notes)


def _cap_lines(fh: Iterable[str]) -> Iterator[str]:
    """Cut absurdly long lines (a binary blob renamed .csv) instead of buffering them."""
    for line in fh:
        if len(line) > (1 << 20):
            raise SpreadsheetError(Msg("Baris CSV terlalu panjang: file ini bukan CSV yang wajar."))
        yield line
