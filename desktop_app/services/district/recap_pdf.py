"""Printable recaps (fpdf2): kop surat from the settings, title, table with its header repeated on
every page, totals in bold, place and date, signature block; page numbers in the footer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fpdf import FPDF

from desktop_app.core.budget import format_rupiah
from desktop_app.core.person import FUNDING_LABELS

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember")
_HEAD_FILL = (31, 111, 92)
_SUB_FILL = (232, 240, 237)
_TOTAL_FILL = (210, 226, 220)
_HEAD_BAND = (246, 246, 246)


def _l1(text: Any) -> str:
    return str(text).encode("latin-1", "replace").decode("latin-1")


def tanggal(moment: datetime) -> str:
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class _Doc(FPDF):
    def __init__(self, printed: datetime, orientation: str = "P") -> None:
        super().__init__(orientation=orientation, format="A4")
        self.printed = printed
        self.alias_nb_pages()
        self.set_auto_page_break(False)
        self.set_margins(15, 12, 15)
        self.set_creator("SIPERA")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, _l1(f"Dicetak dari SIPERA pada {tanggal(self.printed)} pukul {self.printed:%H.%M}"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Halaman {self.page_no()} dari {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _kop(pdf: _Doc, head: Any) -> None:
    lines = [x for x in head.lines if x.strip()]
    for i, line in enumerate(lines):
        size = 13 if i == 0 else (12 if i == 1 else 9)
        pdf.set_font("Helvetica", "B" if i < 2 else "", size)
        pdf.cell(0, 6 if i < 2 else 4.5, _l1(line), align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 1.5
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, y + 1.1, pdf.w - pdf.r_margin, y + 1.1)
    pdf.set_y(y + 5)


def _title(pdf: _Doc, title: str, subtitle: str) -> None:
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.cell(0, 6, _l1(title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 4.8, _l1(subtitle), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


class _Table:
    def __init__(self, pdf: _Doc, columns: list[tuple[str, float, str]]) -> None:
        self.pdf = pdf
        total = sum(w for _, w, _ in columns)
        usable = pdf.w - pdf.l_margin - pdf.r_margin
        self.columns = [(t, w * usable / total, a) for t, w, a in columns]

    def header(self) -> None:
        pdf = self.pdf
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(*_HEAD_FILL)
        pdf.set_text_color(255, 255, 255)
        for title, width, _align in self.columns:
            pdf.cell(width, 7, _l1(title), border=1, align="C", fill=True)
        pdf.ln(7)
        pdf.set_text_color(0, 0, 0)

    def row(self, values: list[str], style: str = "", fill: tuple[int, int, int] | None = None, h: float = 5.6) -> None:
        pdf = self.pdf
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page()
            self.header()
        pdf.set_font("Helvetica", style, 8)
        if fill:
            pdf.set_fill_color(*fill)
        for (_title, width, align), value in zip(self.columns, values, strict=True):
            text = _l1(value)
            while text and pdf.get_string_width(text) > width - 2:
                text = text[:-1]
            pdf.cell(width, h, text, border=1, align=align, fill=bool(fill))
        pdf.ln(h)


    def band(self, text: str, fill: tuple[int, int, int], h: float = 5.6) -> None:
        """One bold line across the whole table (a group heading)."""
        pdf = self.pdf
        if pdf.get_y() + 2 * h > pdf.h - 18:
            pdf.add_page()
            self.header()
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(*fill)
        pdf.cell(sum(w for _, w, _ in self.columns), h, _l1(text), border=1, fill=True)
        pdf.ln(h)


def _signature(pdf: _Doc, head: Any, moment: datetime) -> None:
    if pdf.get_y() + 42 > pdf.h - 18:
        pdf.add_page()
    pdf.ln(6)
    x = pdf.w - pdf.r_margin - 80
    pdf.set_font("Helvetica", "", 9.5)
    for text in (f"{head.city or '..........'}, {tanggal(moment)}", head.signer_title or "Kepala Dinas"):
        pdf.set_x(x)
        pdf.cell(80, 5, _l1(text), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_x(x)
    pdf.set_font("Helvetica", "BU", 9.5)
    pdf.cell(80, 5, _l1(head.signer_name or "(................................................)"), align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_x(x)
    pdf.cell(80, 5, _l1(f"NIP. {head.signer_id}" if head.signer_id else "NIP. ..................................."),
             align="C", new_x="LMARGIN", new_y="NEXT")


def _start(moment: datetime, head: Any, title: str, subtitle: str, orientation: str = "P") -> _Doc:
    pdf = _Doc(moment, orientation)
    pdf.set_title(title)
    pdf.add_page()
    _kop(pdf, head)
    _title(pdf, title, subtitle)
    return pdf


def bpkd_pdf(path: str, app: Any, head: Any, moment: datetime, *, bpkd: list[Any], **_: Any) -> None:
    pdf = _start(moment, head, "REKAPITULASI BANTUAN IURAN BPJS KETENAGAKERJAAN PEKERJA RENTAN",
                 f"Per sumber dana, kecamatan dan desa/kelurahan - {app.profile.region_name}\n"
                 f"Dasar: kode iuran yang telah diterbitkan, keadaan per {tanggal(moment)}")
    table = _Table(pdf, [("NO", 6, "C"), ("KECAMATAN", 22, "L"), ("DESA/KELURAHAN", 30, "L"), ("PESERTA", 12, "R"),
                         ("BULAN-ORANG", 14, "R"), ("IURAN (Rp)", 22, "R")])
    table.header()
    n = 0
    current = None
    for line in bpkd:
        if line.level == "desa":
            if line.funding_source != current:
                current = line.funding_source
                table.band(f"Sumber dana: {FUNDING_LABELS.get(current, current)}", _SUB_FILL)
            n += 1
            table.row([str(n), _kec_name(line.kecamatan), line.label, _n(line.participants), _n(line.months),
                       format_rupiah(line.amount).removeprefix("Rp")])
        elif line.level == "kecamatan":
            table.row(["", line.label, "", _n(line.participants), _n(line.months),
                       format_rupiah(line.amount).removeprefix("Rp")], "B")
        elif line.level == "sumber":
            table.row(["", line.label, "", _n(line.participants), _n(line.months),
                       format_rupiah(line.amount).removeprefix("Rp")], "B", _SUB_FILL)
        else:
            table.row(["", line.label, "", _n(line.participants), _n(line.months),
                       format_rupiah(line.amount).removeprefix("Rp")], "B", _TOTAL_FILL, h=6.5)
    total = bpkd[-1] if bpkd else None
    if total is not None:
        pdf.ln(3)
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 4.8, _l1(
            f"Jumlah seluruhnya {_n(total.participants)} peserta, {_n(total.months)} bulan-orang, "
            f"iuran {format_rupiah(total.amount)} (JKK + JKM, tarif per orang per bulan sesuai kode iuran)."),
            new_x="LMARGIN", new_y="NEXT")
    _signature(pdf, head, moment)
    pdf.output(path)


def _kec_name(code: str) -> str:
    from desktop_app.services.district.recap import place_name

    return place_name(code)


def coverage_pdf(path: str, app: Any, head: Any, moment: datetime, *, coverage: list[Any], **_: Any) -> None:
    pdf = _start(moment, head, "REKAP CAKUPAN PESERTA BANTUAN IURAN BPJS KETENAGAKERJAAN",
                 f"Peserta dalam kode iuran terbit terhadap target per desa/kelurahan - {app.profile.region_name}\n"
                 f"Keadaan per {tanggal(moment)}")
    table = _Table(pdf, [("NO", 6, "C"), ("KECAMATAN / DESA", 40, "L"), ("PESERTA", 12, "R"),
                         ("TERVERIFIKASI", 14, "R"), ("TARGET", 12, "R"), ("CAPAIAN", 12, "R")])
    table.header()
    n = 0
    current = ""
    for line in coverage:
        if line.level == "desa" and line.code[:8] != current:
            current = line.code[:8]
            table.band(f"Kecamatan {_kec_name(current)}", _HEAD_BAND)
        pct = f"{line.percent:.1f}%".replace(".", ",") if line.percent is not None else "-"
        values = [_n(line.participants), _n(line.verified), _n(line.target) if line.target else "-", pct]
        if line.level == "desa":
            n += 1
            table.row([str(n), "   " + line.label, *values])
        elif line.level == "kecamatan":
            table.row(["", f"Jumlah {line.label}", *values], "B", _SUB_FILL)
        else:
            table.row(["", line.label, *values], "B", _TOTAL_FILL, h=6.5)
    _signature(pdf, head, moment)
    pdf.output(path)


def anggaran_pdf(path: str, app: Any, head: Any, moment: datetime, *, view: Any, **_: Any) -> None:
    pdf = _start(moment, head, "REKAP ANGGARAN BANTUAN IURAN BPJS KETENAGAKERJAAN",
                 f"Peserta dan iuran per sumber dana dan periode, pagu dan sisa - {app.profile.region_name}\n"
                 f"Keadaan per {tanggal(moment)}")
    table = _Table(pdf, [("NO", 6, "C"), ("SUMBER DANA", 30, "L"), ("PERIODE", 20, "C"), ("PESERTA", 13, "R"),
                         ("BULAN-ORANG", 14, "R"), ("IURAN (Rp)", 24, "R")])
    table.header()
    for i, a in enumerate(view.lines, 1):
        table.row([str(i), a.funding_label, a.period, _n(a.participants), _n(a.months),
                   format_rupiah(a.amount).removeprefix("Rp")])
    table.row(["", "JUMLAH", "", _n(sum(a.participants for a in view.lines)), _n(sum(a.months for a in view.lines)),
               format_rupiah(view.total).removeprefix("Rp")], "B", _TOTAL_FILL, h=6.5)
    pdf.ln(5)
    table = _Table(pdf, [("NO", 6, "C"), ("SUMBER DANA", 30, "L"), ("PAGU (Rp)", 22, "R"),
                         ("TERPAKAI (Rp)", 22, "R"), ("SISA (Rp)", 22, "R")])
    table.header()
    for i, f in enumerate(view.funding, 1):
        table.row([str(i), f.funding_label, format_rupiah(f.allocation).removeprefix("Rp") if f.allocation else "-",
                   format_rupiah(f.used).removeprefix("Rp"),
                   format_rupiah(f.remaining).removeprefix("Rp") if f.allocation else "-"])
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.5, _l1("Iuran = peserta x bulan x tarif (JKK Rp10.000 + JKM Rp6.800 = Rp16.800 per orang per "
                               "bulan pada penghasilan Rp1.000.000). Sisa = pagu - iuran kode iuran terbit."),
                   new_x="LMARGIN", new_y="NEXT")
    _signature(pdf, head, moment)
    pdf.output(path)
