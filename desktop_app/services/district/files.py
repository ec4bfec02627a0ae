"""District files out: the BPJS collective list of a batch (configurable column layout), and
the recaps for BPKD (workbook and printable PDF with the kop surat, date and signature block).

The official BPJS collective-upload template is not public: ``DEFAULT_BPJS_LAYOUT`` is SIPERA's
own sensible default, *not the official template*. The office saves its own layouts (column order
and headers), as the village export layouts are saved.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from desktop_app.core import batches as batch_rules
from desktop_app.core.budget import format_rupiah
from desktop_app.core.person import FUNDING_LABELS, OCCUPATION_LABELS, PROGRAMME_LABELS
from desktop_app.core.text import Msg, message_of
from desktop_app.services.app import App
from desktop_app.services.district import batches, recap
from desktop_app.services.errors import ServiceError
from desktop_app.services.sheets.writer import _clean, _style_header
from desktop_app.storage import batches as store
from desktop_app.storage import settings as settings_store

__all__ = [
    "BPJS_FIELDS", "DEFAULT_BPJS_LAYOUT", "FilesError", "Letterhead", "bpjs_layouts", "delete_bpjs_layout",
    "export_bpjs_list", "letterhead", "save_bpjs_layout", "set_letterhead", "write_recaps",
]

LAYOUTS_PREFERENCE = "bpjs_layouts"
LETTERHEAD_KEY = "kop_surat"

# the columns a BPJS list can hold, with their default headers
BPJS_FIELDS: dict[str, str] = {
    "no": "NO",
    "nik": "NIK",
    "full_name": "NAMA LENGKAP",
    "birth_place": "TEMPAT LAHIR",
    "birth_date": "TANGGAL LAHIR",
    "sex": "JENIS KELAMIN",
    "address": "ALAMAT",
    "rt": "RT",
    "rw": "RW",
    "desa": "DESA/KELURAHAN",
    "kecamatan": "KECAMATAN",
    "desa_code": "KODE DESA",
    "phone": "NO HP",
    "occupation": "JENIS PEKERJAAN",
    "income": "PENGHASILAN",
    "programme": "PROGRAM",
    "kpj_number": "NO KPJ",
    "first_month": "BULAN AWAL",
    "last_month": "BULAN AKHIR",
    "months": "JUMLAH BULAN",
    "amount": "IURAN (RP)",
    "batch_code": "KODE IURAN",
    "funding_source": "SUMBER DANA",
}


@dataclass(slots=True)
class BpjsLayout:
    name: str
    columns: list[tuple[str, str]]

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError(Msg("Tata letak ekspor tidak berisi kolom."))
        for fld, _header in self.columns:
            if fld not in BPJS_FIELDS:
                raise ValueError(Msg("Kolom ekspor tidak dikenal: {field}", field=repr(fld)))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "columns": [[f, h] for f, h in self.columns]}


DEFAULT_BPJS_LAYOUT = BpjsLayout("BPJS kolektif (bawaan SIPERA)", [
    (f, BPJS_FIELDS[f]) for f in ("no", "nik", "full_name", "birth_place", "birth_date", "sex", "address", "desa",
                                   "kecamatan", "phone", "occupation", "income", "programme", "kpj_number",
                                   "first_month", "last_month", "months", "amount", "batch_code")
])


class FilesError(ServiceError, ValueError):
    """A file could not be written, or a layout or batch is unknown; nothing half-written stays."""


def bpjs_layouts(app: App) -> dict[str, BpjsLayout]:
    out = {DEFAULT_BPJS_LAYOUT.name: DEFAULT_BPJS_LAYOUT}
    for name, data in (app.preference(LAYOUTS_PREFERENCE, {}) or {}).items():
        try:
            out[name] = BpjsLayout(str(name), [(str(f), str(h)) for f, h in data["columns"]])
        except (KeyError, TypeError, ValueError):
            continue
    return out


def save_bpjs_layout(app: App, layout: BpjsLayout) -> None:
    if layout.name == DEFAULT_BPJS_LAYOUT.name:
        raise FilesError(Msg("Nama tata letak '{name}' sudah dipakai tata letak bawaan; pilih nama lain.",
                             name=layout.name))
    data = dict(app.preference(LAYOUTS_PREFERENCE, {}) or {})
    data[layout.name] = layout.to_dict()
    app.set_preference(LAYOUTS_PREFERENCE, data)


def delete_bpjs_layout(app: App, name: str) -> bool:
    data = dict(app.preference(LAYOUTS_PREFERENCE, {}) or {})
    if name not in data:
        return False
    del data[name]
    app.set_preference(LAYOUTS_PREFERENCE, data)
    return True


@dataclass(frozen=True)
class Written:
    path: Path
    rows: int
    layout: str


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)


def _atomic(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem[:40] + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _not_written(path: Path, exc: OSError) -> FilesError:
    return FilesError(Msg("Berkas {path} tidak bisa ditulis: {detail}. Tutup berkas itu di Excel bila sedang "
                          "terbuka, lalu ulangi.", path=str(path), detail=exc.strerror or str(exc)))


def _date_text(value: Any) -> str:
    if not value:
        return ""
    text = str(value)[:10]
    return f"{text[8:10]}-{text[5:7]}-{text[0:4]}" if len(text) == 10 and text[4] == "-" else text


def export_bpjs_list(app: App, code: str, directory: Path, *, layout_name: str | None = None) -> Written:
    """The collective list of one batch for BPJS, one row per participant (draft or issued)."""
    available = bpjs_layouts(app)
    layout = available.get(layout_name or DEFAULT_BPJS_LAYOUT.name)
    if layout is None:
        raise FilesError(Msg("Tata letak '{name}' tidak ada. Pilihan: {choices}.", name=layout_name,
                             choices=", ".join(available)))
    try:
        info = batches.get(app, code)
    except batches.BatchError as exc:
        raise FilesError(message_of(exc)) from exc
    path = Path(directory) / f"SIPERA_BPJS_{_safe_name(info.code)}.xlsx"
    fields = [f for f, _ in layout.columns]
    funding = FUNDING_LABELS.get(info.funding_source, info.funding_source)

    def write(tmp: str) -> int:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Peserta")
        for i, fld in enumerate(fields, 1):
            dim = ws.column_dimensions[get_column_letter(i)]
            dim.width = {"nik": 20, "full_name": 30, "address": 30, "desa": 20, "kecamatan": 18,
                         "kpj_number": 16, "occupation": 22}.get(fld, 12)
            if fld in ("nik", "kpj_number", "phone", "rt", "rw", "desa_code"):
                dim.number_format = "@"
        ws.freeze_panes = "A2"
        ws.append([_style_header(WriteOnlyCell(ws, value=_clean(h))) for _, h in layout.columns])
        getters = [_bpjs_getter(f, info.code, funding) for f in fields]
        n = 0
        append = ws.append
        with app.db.read() as session:
            for n, row in enumerate(store.export_rows(session, _batch_id(session, info.code)), 1):  # noqa: B007
                append([g(row, n) for g in getters])
        wb.save(tmp)
        return n

    rows = 0
    try:
        def run(tmp: str) -> None:
            nonlocal rows
            rows = write(tmp)
        _atomic(path, run)
    except OSError as exc:
        raise _not_written(path, exc) from exc
    return Written(path, rows, layout.name)


def _batch_id(session: Any, code: str) -> int:
    row = store.by_code(session, code)
    return row.id


_FORMULA_START = frozenset("=+-@")


def _text(value: Any) -> Any:
    if not value:
        return None
    if type(value) is str and value[0] in _FORMULA_START:
        return "'" + value
    return value


def _bpjs_getter(fld: str, code: str, funding: str) -> Any:
    # row: (nik, full_name, desa_code, kpj, first, last, months, amount, birth_place, birth_date, sex,
    #       address, rt, rw, phone, occupation, occupation_other, income, programme)
    simple = {"nik": 0, "full_name": 1, "desa_code": 2, "kpj_number": 3, "months": 6, "amount": 7,
              "birth_place": 8, "sex": 10, "address": 11, "rt": 12, "rw": 13, "phone": 14, "income": 17}
    if fld == "no":
        return lambda r, n: n
    if fld in simple:
        i = simple[fld]
        if fld in ("months", "amount", "income"):
            return lambda r, n: r[i]  # numbers as numbers
        return lambda r, n: _text(r[i])
    if fld == "birth_date":
        return lambda r, n: _date_text(r[9])
    if fld == "desa":
        return lambda r, n: recap.place_name(r[2])
    if fld == "kecamatan":
        return lambda r, n: recap.place_name(r[2][:8])
    if fld == "first_month":
        return lambda r, n: batch_rules.month_label(r[4])
    if fld == "last_month":
        return lambda r, n: batch_rules.month_label(r[5])
    if fld == "occupation":
        return lambda r, n: (r[16] if r[15] == "lainnya" and r[16] else OCCUPATION_LABELS.get(r[15] or "", r[15]))
    if fld == "programme":
        return lambda r, n: PROGRAMME_LABELS.get(r[18] or "", r[18])
    if fld == "batch_code":
        return lambda r, n: code
    return lambda r, n: funding  # funding_source


# ---------------------------------------------------------------- letterhead


@dataclass
class Letterhead:
    """Kop surat and signature block of the district's documents (a setting)."""

    lines: list[str]  # PEMERINTAH KABUPATEN ..., DINAS ..., address line(s)
    city: str  # place in "Trenggalek, 5 Desember 2026"
    signer_title: str
    signer_name: str
    signer_id: str  # NIP

    def to_dict(self) -> dict[str, Any]:
        return {"lines": list(self.lines), "city": self.city, "signer_title": self.signer_title,
                "signer_name": self.signer_name, "signer_id": self.signer_id}


def _default_letterhead(app: App) -> Letterhead:
    name = app.profile.region_name.split(",")[0].strip()
    kind, _, place = name.partition(" ")
    upper = ("PEMERINTAH KOTA " if kind.lower().startswith("kota") else "PEMERINTAH KABUPATEN ") + place.upper()
    return Letterhead([upper, "DINAS TENAGA KERJA", ""], place, "Kepala Dinas", "", "")


def letterhead(app: App) -> Letterhead:
    base = _default_letterhead(app)
    with app.db.read() as s:
        data = settings_store.get(s, LETTERHEAD_KEY) or {}
    if not isinstance(data, dict):
        return base
    lines = [str(x) for x in data.get("lines", base.lines)][:4] if isinstance(data.get("lines"), list) else base.lines
    return Letterhead(lines, str(data.get("city", base.city)), str(data.get("signer_title", base.signer_title)),
                      str(data.get("signer_name", "")), str(data.get("signer_id", "")))


def set_letterhead(app: App, head: Letterhead) -> None:
    with app.db.unit_of_work() as s:
        settings_store.put(s, LETTERHEAD_KEY, head.to_dict())


# ---------------------------------------------------------------- recaps


def _rp(amount: int) -> str:
    return format_rupiah(amount)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def write_recaps(app: App, directory: Path, *, pdf: bool = False, moment: datetime | None = None) -> list[Path]:
    """``SIPERA_Rekap_<kab>_<date>.xlsx`` (sheets Rekap BPKD, Cakupan, Anggaran) and, with ``pdf``,
    one printable PDF per recap beside it."""
    if app.profile.is_desa:
        raise FilesError(Msg("Rekap kabupaten dibuat di SIPERA Mode Kabupaten."))
    moment = moment or datetime.now()
    directory = Path(directory)
    stem = f"SIPERA_Rekap_{app.profile.region_code.replace('.', '')}_{moment:%Y%m%d}"
    bpkd = recap.bpkd_lines(app)
    coverage = recap.coverage_lines(app)
    view = recap.anggaran(app)
    out: list[Path] = []
    path = directory / f"{stem}.xlsx"
    try:
        _atomic(path, lambda tmp: _recap_workbook(tmp, bpkd, coverage, view, app))
        out.append(path)
        if pdf:
            from desktop_app.services.district import recap_pdf

            head = letterhead(app)
            for name, writer in (("BPKD", recap_pdf.bpkd_pdf), ("Cakupan", recap_pdf.coverage_pdf),
                                 ("Anggaran", recap_pdf.anggaran_pdf)):
                target = directory / f"{stem}_{name}.pdf"
                _atomic(target, lambda tmp, w=writer: w(tmp, app, head, moment, bpkd=bpkd, coverage=coverage,
                                                         view=view))
                out.append(target)
    except OSError as exc:
        raise _not_written(path, exc) from exc
    return out


def _recap_workbook(tmp: str, bpkd: list[recap.BpkdLine], coverage: list[recap.CoverageLine],
                    view: recap.Anggaran, app: App) -> None:
    from openpyxl.styles import Font

    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap BPKD"
    ws.append([f"REKAPITULASI BANTUAN IURAN BPJS KETENAGAKERJAAN - {app.profile.region_name}"])
    ws.append(["SUMBER DANA", "KECAMATAN", "DESA/KELURAHAN", "KODE DESA", "PESERTA", "BULAN-ORANG", "IURAN (RP)"])
    for line in bpkd:
        funding = FUNDING_LABELS.get(line.funding_source, line.funding_source)
        if line.level == "desa":
            ws.append([funding, recap.place_name(line.kecamatan), line.label, line.desa, line.participants,
                       line.months, line.amount])
        else:
            ws.append([line.label, "", "", "", line.participants, line.months, line.amount])
            for c in ws[ws.max_row]:
                c.font = bold
    _finish(ws, [22, 20, 26, 15, 10, 13, 18], money_cols=(7,))
    ws = wb.create_sheet("Cakupan")
    ws.append(["REKAP CAKUPAN PESERTA PER DESA DAN KECAMATAN"])
    ws.append(["KECAMATAN/DESA", "KODE", "PESERTA", "TERVERIFIKASI", "TARGET", "CAPAIAN (%)"])
    for line in coverage:
        pct = round(line.percent, 1) if line.percent is not None else None
        ws.append([line.label if line.level != "desa" else "   " + line.label, line.code, line.participants,
                   line.verified, line.target or None, pct])
        if line.level != "desa":
            for c in ws[ws.max_row]:
                c.font = bold
    _finish(ws, [32, 15, 10, 14, 10, 12])
    ws = wb.create_sheet("Anggaran")
    ws.append(["ANGGARAN PER SUMBER DANA DAN PERIODE"])
    ws.append(["SUMBER DANA", "PERIODE", "PESERTA", "BULAN", "BULAN-ORANG", "IURAN (RP)"])
    for a in view.lines:
        ws.append([a.funding_label, a.period, a.participants, a.months_each, a.months, a.amount])
    ws.append([])
    ws.append(["SUMBER DANA", "PAGU (RP)", "TERPAKAI (RP)", "SISA (RP)", "PESERTA"])
    for c in ws[ws.max_row]:
        c.font = bold
    for f in view.funding:
        ws.append([f.funding_label, f.allocation, f.used, f.remaining, f.participants])
    _finish(ws, [26, 18, 16, 16, 14, 18], money_cols=(2, 3, 4, 6))
    wb.save(tmp)


def _finish(ws: Any, widths: list[int], money_cols: tuple[int, ...] = ()) -> None:
    from openpyxl.styles import Font

    ws["A1"].font = Font(bold=True, size=12)
    for cell in ws[2]:
        _style_header(cell)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for col in money_cols:
        for row in ws.iter_rows(min_row=3, min_col=col, max_col=col):
            for cell in row:
                if isinstance(cell.value, int):
                    cell.number_format = "#,##0"
    ws.freeze_panes = "A3"
