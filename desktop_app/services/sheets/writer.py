"""Write BNBA workbooks, the blank entry template and the per-row import report (openpyxl).

API
---
``export_bnba(path, persons, issues_by_id=None, *, layout=None, progress=None) -> int``
    Streams ``persons`` (any iterable of ``Person``) into a write-only workbook and returns the
    number of rows written. ``issues_by_id`` maps ``person.id`` to its ``list[Issue]`` (fills the
    Status and Masalah columns; without it every record counts as error-free). ``layout`` is an
    ``ExportLayout`` (default ``PRESETS["BNBA Desa"]``). NIK, KK, phone, RT/RW and KPJ are text
    cells with number format ``@`` - except a NIK with ``nik_from_number`` (already damaged by
    Excel), which is written back as a number cell (format ``0``) so that re-importing the file
    flags it again; dates are real dates shown dd-mm-yyyy; money ``#,##0``.
    Header bold on a fill, panes frozen under the header, autofilter, column widths. A text that
    starts with ``=`` is stored as a string cell, never as a formula (``+ - @`` are plain strings
    anyway). Control characters Excel refuses are removed.
``ExportLayout(name, columns)``
    ``columns`` is a list of ``(field, header)``; field is a ``Person`` attribute or one of
    ``EXTRA_FIELDS`` (``no``, ``status``, ``issues``, ``display_name``, ``desa_code``...).
    ``to_dict()`` / ``ExportLayout.from_dict(d)`` (raises ``ValueError`` on unknown fields).
    ``PRESETS``: 'BNBA Desa' (default, re-importable by ``layout.detect``) and 'BPJS (kolektif)'
    (a guess at the collective-upload columns: the official template is not public, so districts
    edit it and save it with ``to_dict``).
``write_template(path, *, occupations=None, desa=None, rows=1000)``
    Blank entry template: sheet 'Data' with NIK/KK/HP/RT/RW formatted as text, a 16-digit text
    length validation on NIK and KK, drop-downs for L/P, pekerjaan (from a hidden 'Daftar' sheet),
    sumber data, a date validation with dd-mm-yyyy format, and a 'Petunjuk' sheet in Indonesian.
    ``occupations`` are labels (default: ``OCCUPATION_LABELS``); ``desa`` is an optional mapping
    with ``name``, ``code``, ``kecamatan``, ``kabupaten``.
``write_report(path, report_rows) -> int``
    Per-row import report. Each row is a ``ReportRow`` or a mapping with ``row``, ``status``
    (created/updated/skipped/rejected/ignored), ``nik``, ``name`` (or ``full_name``) and
    ``messages`` (list of str or str; ``issues`` as ``Issue`` objects or dicts also accepted).

All writes are atomic: a temporary file next to the target, then ``os.replace``; on an error or
a cancel (``core.progress.Cancelled``) the target is left as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.core.issues import Issue, has_errors
from desktop_app.core.person import (
    DATA_SOURCE_LABELS,
    FUNDING_LABELS,
    OCCUPATION_LABELS,
    PERSON_FIELD_NAMES,
    PROGRAMME_LABELS,
    STATUS_LABELS,
    Person,
    status_of,
)
from desktop_app.core.progress import Progress
from desktop_app.core.text import Msg

__all__ = [
    "DEFAULT_LAYOUT",
    "EXTRA_FIELDS",
    "ExportLayout",
    "PRESETS",
    "ReportRow",
    "export_bnba",
    "write_report",
    "write_template",
]

EXTRA_FIELDS = ("no", "status", "issues", "display_name", "occupation_label", "sex_label")
TEXT_FIELDS = frozenset({"nik", "kk_number", "phone", "rt", "rw", "kpj_number", "desa_code"})
DATE_FIELDS = frozenset({"birth_date", "coverage_start", "coverage_end"})
MONEY_FIELDS = frozenset({"income"})
# Cells that carry the '@' style themselves (retyping a NIK in Excel must not turn it into a number);
# the other text fields are string cells in a column formatted '@' (cheaper to write).
CELL_TEXT_FIELDS = frozenset({"nik", "kk_number", "kpj_number"})
DATE_FORMAT = "DD-MM-YYYY"
MONEY_FORMAT = "#,##0"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F6F5C")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_THIN = Side(style="thin", color="999999")
HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

_WIDTHS = {
    "no": 6, "nik": 20, "kk_number": 20, "full_name": 30, "display_name": 34, "name_title": 12,
    "birth_place": 16, "birth_date": 12, "sex": 5, "sex_label": 12, "address": 30, "rt": 6, "rw": 6,
    "dusun": 16, "phone": 16, "occupation": 24, "occupation_label": 24, "occupation_other": 20,
    "income": 13, "programme": 16, "funding_source": 20, "coverage_start": 12, "coverage_end": 12,
    "data_source": 12, "desil": 7, "notes": 30, "status": 16, "issues": 60, "kpj_number": 16,
    "desa_code": 15,
}


@dataclass(slots=True)
class ExportLayout:
    name: str
    columns: list[tuple[str, str]]

    def __post_init__(self) -> None:
        for fld, _header in self.columns:
            if fld not in PERSON_FIELD_NAMES and fld not in EXTRA_FIELDS:
                raise ValueError(Msg("Kolom ekspor tidak dikenal: {field}", field=repr(fld)))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "columns": [[f, h] for f, h in self.columns]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportLayout:
        try:
            name = str(data["name"])
            columns = [(str(f), str(h)) for f, h in data["columns"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(Msg("Tata letak ekspor tidak sah: {detail}", detail=str(exc))) from None
        if not columns:
            raise ValueError(Msg("Tata letak ekspor tidak berisi kolom."))
        return cls(name, columns)


DEFAULT_LAYOUT = ExportLayout(
    "BNBA Desa",
    [
        ("no", "NO"),
        ("nik", "NIK"),
        ("kk_number", "NO KK"),
        ("full_name", "NAMA LENGKAP"),
        ("name_title", "GELAR"),
        ("birth_place", "TEMPAT LAHIR"),
        ("birth_date", "TANGGAL LAHIR"),
        ("sex", "L/P"),
        ("address", "ALAMAT"),
        ("rt", "RT"),
        ("rw", "RW"),
        ("dusun", "DUSUN"),
        ("phone", "NO HP"),
        ("occupation", "PEKERJAAN"),
        ("income", "PENGHASILAN"),
        ("programme", "PROGRAM"),
        ("funding_source", "SUMBER DANA"),
        ("coverage_start", "AWAL KEPESERTAAN"),
        ("coverage_end", "AKHIR KEPESERTAAN"),
        ("data_source", "SUMBER DATA"),
        ("desil", "DESIL"),
        ("notes", "KETERANGAN"),
        ("status", "STATUS"),
        ("issues", "MASALAH DATA"),
    ],
)

PRESETS: dict[str, ExportLayout] = {
    DEFAULT_LAYOUT.name: DEFAULT_LAYOUT,
    "BPJS (kolektif)": ExportLayout(
        "BPJS (kolektif)",
        [
            ("no", "NO"),
            ("nik", "NIK"),
            ("full_name", "NAMA"),
            ("birth_place", "TEMPAT LAHIR"),
            ("birth_date", "TANGGAL LAHIR"),
            ("sex", "JENIS KELAMIN"),
            ("address", "ALAMAT"),
            ("phone", "NO HP"),
            ("occupation", "JENIS PEKERJAAN"),
            ("income", "UPAH"),
            ("programme", "PROGRAM"),
            ("coverage_start", "TGL AWAL"),
            ("coverage_end", "TGL AKHIR"),
            ("kpj_number", "NO KPJ"),
        ],
    ),
}


# --------------------------------------------------------------------------- value helpers


def _clean(text: str) -> str:
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:32_000]


def _occupation_text(p: Person) -> str:
    if p.occupation == "lainnya" and p.occupation_other:
        return p.occupation_other
    return OCCUPATION_LABELS.get(p.occupation, p.occupation)


def _getter(fld: str) -> Callable[[Person, int, list[Issue]], Any]:
    if fld == "no":
        return lambda p, n, issues: n
    if fld == "status":
        return lambda p, n, issues: STATUS_LABELS.get(
            status_of(p, has_errors(issues)).value, ""
        )
    if fld == "issues":
        return lambda p, n, issues: "; ".join(i.message() for i in issues)
    if fld == "display_name":
        from desktop_app.core.normalize import display_name

        return lambda p, n, issues: display_name(p.full_name, p.name_title)
    if fld in ("occupation", "occupation_label"):
        return lambda p, n, issues: _occupation_text(p)
    if fld == "sex_label":
        return lambda p, n, issues: {"L": "Laki-laki", "P": "Perempuan"}.get(p.sex, "")
    if fld == "funding_source":
        return lambda p, n, issues: FUNDING_LABELS.get(p.funding_source, p.funding_source)
    if fld == "data_source":
        return lambda p, n, issues: DATA_SOURCE_LABELS.get(p.data_source, p.data_source)
    if fld == "programme":
        return lambda p, n, issues: PROGRAMME_LABELS.get(p.programme, p.programme)

    def get(p: Person, n: int, issues: list[Issue], _f: str = fld) -> Any:
        return getattr(p, _f)

    return get


# --------------------------------------------------------------------------- atomic save


def _atomic_save(wb: Workbook, path: str | os.PathLike[str]) -> None:
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".~" + target.stem[:40] + ".", suffix=".tmp", dir=target.parent or ".")
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _abort_write_only(ws: Any) -> None:
    """Close a half-written write-only sheet and remove openpyxl's temp file (private API,
    best effort: without it the generator complains when collected and the temp file stays until exit)."""
    for step in (
        lambda: ws._rows.close() if getattr(ws, "_rows", None) is not None else None,
        lambda: ws._writer.close() if getattr(ws, "_writer", None) is not None else None,
        lambda: ws._writer.cleanup() if getattr(ws, "_writer", None) is not None else None,
    ):
        try:
            step()
        except Exception:  # noqa: BLE001 - cleanup after a failure must not mask it
            pass


def _style_header(cell: Cell) -> Cell:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = HEADER_ALIGN
    cell.border = HEADER_BORDER
    return cell


# --------------------------------------------------------------------------- export


def export_bnba(
    path: str | os.PathLike[str],
    persons: Iterable[Person],
    issues_by_id: Mapping[str, list[Issue]] | None = None,
    *,
    layout: ExportLayout | None = None,
    progress: Progress | None = None,
    sheet_title: str = "BNBA",
    total: int | None = None,
) -> int:
    """See the module docstring. ``total`` (if known) is passed to ``progress``."""
    layout = layout or DEFAULT_LAYOUT
    if total is None and isinstance(persons, Sequence):
        total = len(persons)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31] or "BNBA")
    fields = [f for f, _ in layout.columns]
    ncol = len(fields)
    for i, fld in enumerate(fields, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = _WIDTHS.get(fld, 14)
        if fld in TEXT_FIELDS:
            dim.number_format = "@"
        elif fld in MONEY_FIELDS:
            dim.number_format = MONEY_FORMAT
    ws.freeze_panes = "C2" if ncol > 2 and fields[:2] == ["no", "nik"] else "A2"

    try:
        header = [_style_header(WriteOnlyCell(ws, value=_clean(h))) for _, h in layout.columns]
        for c in header:
            c.data_type = "s"
        ws.append(header)

        getters = [_getter(f) for f in fields]
        # One persistent styled cell per styled column: write-only writes each row at once, so the
        # same Cell object can carry the next row's value.
        plan: list[tuple[Callable[[Person, int, list[Issue]], Any], Cell | None, str]] = []
        for fld, get in zip(fields, getters, strict=True):
            kind = (
                "t" if fld in CELL_TEXT_FIELDS else "s" if fld in TEXT_FIELDS else "d" if fld in DATE_FIELDS else ""
            )
            cell = None
            if kind in ("t", "d"):
                cell = WriteOnlyCell(ws)
                cell.number_format = "@" if kind == "t" else DATE_FORMAT
            plan.append((get, cell, kind))
        nik_get = getters[fields.index("nik")] if "nik" in fields else None
        nik_number = None
        if nik_get is not None:
            nik_number = WriteOnlyCell(ws)
            nik_number.number_format = "0"
        no_issues: list[Issue] = []
        issues_get = issues_by_id.get if issues_by_id else None
        written = 0
        step = max(1, min(2000, (total or 0) // 100 or 2000))
        for n, p in enumerate(persons, 1):
            issues = issues_get(p.id, no_issues) if issues_get else no_issues
            row: list[Any] = []
            for get, cell, kind in plan:
                v = get(p, n, issues)
                if v is None or v == "":
                    row.append(None)
                    continue
                if isinstance(v, bool):
                    v = "Ya" if v else "Tidak"
                if get is nik_get and nik_number is not None and p.nik_from_number and v.isdigit():
                    # a NIK that arrived as a spreadsheet number goes out as a number again, so
                    # the next import still flags it (nik.excel_number) instead of trusting it
                    nik_number.value = int(v)
                    row.append(nik_number)
                    continue
                if (kind == "t" or kind == "s") and not isinstance(v, str):
                    v = str(v)
                if isinstance(v, str):
                    if ILLEGAL_CHARACTERS_RE.search(v) or len(v) > 32_000:
                        v = _clean(v)
                    if kind == "t":
                        cell.value = v
                        if v[:1] == "=":
                            cell.data_type = "s"  # a string cell: shown, never evaluated
                        row.append(cell)
                    elif v[:1] == "=":
                        guard = WriteOnlyCell(ws, value=v)
                        guard.data_type = "s"
                        row.append(guard)
                    else:
                        row.append(v)
                elif kind == "d" and isinstance(v, date):
                    cell.value = v
                    row.append(cell)
                else:
                    row.append(v)
            ws.append(row)
            written = n
            if progress is not None and n % step == 0:
                progress.check(n, total or 0)
        if written:
            ws.auto_filter.ref = f"A1:{get_column_letter(ncol)}{written + 1}"
        else:
            ws.auto_filter.ref = f"A1:{get_column_letter(ncol)}1"
    except BaseException:
        _abort_write_only(ws)
        raise
    _atomic_save(wb, path)
    if progress is not None:
        progress.check(written, total or written)
    return written


# --------------------------------------------------------------------------- template

_TEMPLATE_COLUMNS: list[tuple[str, str, int]] = [
    ("no", "NO", 6),
    ("nik", "NIK", 20),
    ("kk_number", "NO KK", 20),
    ("full_name", "NAMA LENGKAP", 30),
    ("birth_place", "TEMPAT LAHIR", 16),
    ("birth_date", "TANGGAL LAHIR", 14),
    ("sex", "L/P", 6),
    ("address", "ALAMAT", 30),
    ("rt", "RT", 6),
    ("rw", "RW", 6),
    ("dusun", "DUSUN", 16),
    ("phone", "NO HP", 16),
    ("occupation", "PEKERJAAN", 26),
    ("income", "PENGHASILAN", 14),
    ("data_source", "SUMBER DATA", 14),
    ("desil", "DESIL", 7),
    ("notes", "KETERANGAN", 30),
]
TEMPLATE_HEADER_ROW = 4

_PETUNJUK = [
    "PETUNJUK PENGISIAN DAFTAR PEKERJA RENTAN (BNBA)",
    "",
    "1. Isi data mulai baris di bawah judul kolom pada lembar 'Data'. Satu baris untuk satu orang.",
    "2. NIK dan Nomor KK: 16 angka, ketik persis seperti di KTP/KK. Kolom ini sudah berformat teks;",
    "   jangan ubah formatnya menjadi angka, karena Excel akan mengubah angka terakhir menjadi 0.",
    "   Jika menyalin dari file lain, gunakan Tempel Khusus > Nilai (Paste Special > Values).",
    "3. Tanggal lahir: tulis dengan format hari-bulan-tahun, contoh 12-05-1980.",
    "4. L/P: pilih L (laki-laki) atau P (perempuan) dari daftar.",
    "5. Nomor HP: nomor seluler yang aktif, diawali 08, contoh 081234567890.",
    "6. RT dan RW: cukup angkanya, contoh 1 dan 3.",
    "7. Pekerjaan: pilih dari daftar. Jika tidak ada, tulis pekerjaannya di kolom Keterangan dan",
    "   pilih 'Lainnya'.",
    "8. Penghasilan: penghasilan per bulan dalam rupiah, tanpa titik, contoh 1000000.",
    "9. Jangan menggabungkan sel (merge), jangan menambah baris JUMLAH atau tanda tangan di tengah data.",
    "10. Jangan menulis nama ibu kandung: data itu tidak dikumpulkan.",
    "",
    "Data ini adalah data pribadi (UU 27/2022 tentang Pelindungan Data Pribadi): simpan dan kirim",
    "hanya kepada petugas yang berwenang.",
]


def write_template(
    path: str | os.PathLike[str],
    *,
    occupations: Sequence[str] | None = None,
    desa: Mapping[str, str] | None = None,
    rows: int = 1000,
) -> None:
    occupations = list(occupations) if occupations else list(OCCUPATION_LABELS.values())
    desa = desa or {}
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ncol = len(_TEMPLATE_COLUMNS)
    last_col = get_column_letter(ncol)
    ws["A1"] = "DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN - PEKERJA RENTAN"
    ws["A1"].font = Font(bold=True, size=13)
    where = " - ".join(
        x for x in (
            f"Desa/Kelurahan {desa['name']}" if desa.get("name") else "",
            f"Kode {desa['code']}" if desa.get("code") else "",
            f"Kecamatan {desa['kecamatan']}" if desa.get("kecamatan") else "",
            f"{desa['kabupaten']}" if desa.get("kabupaten") else "",
        ) if x
    )
    ws["A2"] = _clean(where) if where else "Desa/Kelurahan: ...................."
    h = TEMPLATE_HEADER_ROW
    first, last = h + 1, h + max(1, rows)
    for i, (fld, title, width) in enumerate(_TEMPLATE_COLUMNS, 1):
        letter = get_column_letter(i)
        _style_header(ws.cell(row=h, column=i, value=title))
        ws.column_dimensions[letter].width = width
        fmt = "@" if fld in TEXT_FIELDS else DATE_FORMAT if fld in DATE_FIELDS else None
        if fld == "income":
            fmt = MONEY_FORMAT
        if fmt:
            ws.column_dimensions[letter].number_format = fmt
            for r in range(first, last + 1):
                ws.cell(row=r, column=i).number_format = fmt
    ws.freeze_panes = ws.cell(row=h + 1, column=3)
    ws.auto_filter.ref = f"A{h}:{last_col}{h}"
    col = {fld: get_column_letter(i) for i, (fld, _, _) in enumerate(_TEMPLATE_COLUMNS, 1)}

    lists = wb.create_sheet("Daftar")
    lists.sheet_state = "hidden"
    lists["A1"] = "Pekerjaan"
    for r, label in enumerate(occupations, 2):
        lists.cell(row=r, column=1, value=_clean(str(label)))
    lists["B1"] = "Sumber data"
    for r, label in enumerate(DATA_SOURCE_LABELS.values(), 2):
        lists.cell(row=r, column=2, value=label)

    def rng(fld: str) -> str:
        return f"{col[fld]}{first}:{col[fld]}{last}"

    for fld, label in (("nik", "NIK"), ("kk_number", "Nomor KK")):
        dv = DataValidation(
            type="textLength", operator="equal", formula1="16", allow_blank=True,
            showErrorMessage=True, errorTitle=f"{label} tidak valid",
            error=f"{label} harus 16 angka. Ketik persis seperti di KTP/KK.",
            showInputMessage=True, promptTitle=label, prompt=f"{label}: 16 angka, format teks.",
        )
        dv.add(rng(fld))
        ws.add_data_validation(dv)
    sex = DataValidation(type="list", formula1='"L,P"', allow_blank=True, showErrorMessage=True,
                         errorTitle="L/P", error="Pilih L (laki-laki) atau P (perempuan).")
    sex.add(rng("sex"))
    ws.add_data_validation(sex)
    occ = DataValidation(type="list", formula1=f"Daftar!$A$2:$A${len(occupations) + 1}", allow_blank=True,
                         showErrorMessage=True, errorStyle="warning", errorTitle="Pekerjaan",
                         error="Pilih pekerjaan dari daftar, atau 'Lainnya'.")
    occ.add(rng("occupation"))
    ws.add_data_validation(occ)
    src = DataValidation(type="list", formula1=f"Daftar!$B$2:$B${len(DATA_SOURCE_LABELS) + 1}",
                         allow_blank=True, showErrorMessage=True, errorStyle="warning")
    src.add(rng("data_source"))
    ws.add_data_validation(src)
    born = DataValidation(type="date", operator="between", formula1="DATE(1900,1,1)",
                          formula2="TODAY()", allow_blank=True, showErrorMessage=True,
                          errorTitle="Tanggal lahir", error="Tulis tanggal lahir seperti 12-05-1980.")
    born.add(rng("birth_date"))
    ws.add_data_validation(born)
    desil = DataValidation(type="whole", operator="between", formula1="1", formula2="10",
                           allow_blank=True, showErrorMessage=True, error="Desil adalah angka 1 sampai 10.")
    desil.add(rng("desil"))
    ws.add_data_validation(desil)

    guide = wb.create_sheet("Petunjuk")
    guide.column_dimensions["A"].width = 110
    for r, line in enumerate(_PETUNJUK, 1):
        c = guide.cell(row=r, column=1, value=line)
        if r == 1:
            c.font = Font(bold=True, size=13)
    _atomic_save(wb, path)


# --------------------------------------------------------------------------- import report

REPORT_STATUS_LABELS = {
    "created": "Ditambahkan",
    "updated": "Diperbarui",
    "skipped": "Dilewati",
    "rejected": "Ditolak",
    "ignored": "Diabaikan",
    "left_out": "Tidak dipilih",
}


@dataclass(slots=True)
class ReportRow:
    row: int
    status: str
    nik: str = ""
    name: str = ""
    messages: list[str] = field(default_factory=list)


def _report_tuple(item: ReportRow | Mapping[str, Any]) -> tuple[Any, str, str, str, str]:
    if isinstance(item, ReportRow):
        row, status, nik, name, messages = item.row, item.status, item.nik, item.name, item.messages
    else:
        row = item.get("row")
        status = str(item.get("status", ""))
        nik = str(item.get("nik", "") or "")
        name = str(item.get("name", item.get("full_name", "")) or "")
        messages = item.get("messages", item.get("issues", []))
    if isinstance(messages, str):
        text = messages
    else:
        parts = []
        for m in messages or []:
            if isinstance(m, Issue):
                parts.append(m.message())
            elif isinstance(m, Mapping):
                parts.append(str(m.get("message") or m.get("code") or ""))
            else:
                parts.append(str(m))
        text = "; ".join(p for p in parts if p)
    return row, REPORT_STATUS_LABELS.get(status, status), nik, name, text


def write_report(path: str | os.PathLike[str], report_rows: Iterable[ReportRow | Mapping[str, Any]]) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Laporan Impor")
    widths = (8, 14, 20, 32, 90)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    header = []
    for title in ("BARIS", "STATUS", "NIK", "NAMA", "KETERANGAN"):
        c = _style_header(WriteOnlyCell(ws, value=title))
        header.append(c)
    ws.append(header)
    nik_cell = WriteOnlyCell(ws)
    nik_cell.number_format = "@"
    n = 0
    try:
        for n, item in enumerate(report_rows, 1):  # noqa: B007 - n is the count afterwards
            row, status, nik, name, text = _report_tuple(item)
            values: list[Any] = [row]
            for v in (status, nik, name, text):
                v = _clean(v)
                if v[:1] == "=":
                    c = WriteOnlyCell(ws, value=v)
                    c.data_type = "s"
                    values.append(c)
                else:
                    values.append(v or None)
            if isinstance(values[2], str):
                nik_cell.value = values[2]
                values[2] = nik_cell
            ws.append(values)
    except BaseException:
        _abort_write_only(ws)
        raise
    ws.auto_filter.ref = f"A1:E{n + 1}"
    _atomic_save(wb, path)
    return n
