"""'Berita Acara Serah Terima Data': the paper that travels with a data package (fpdf2)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF

from desktop_app.services.app import App

_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember")


def _latin1(text: str) -> str:
    return str(text).encode("latin-1", "replace").decode("latin-1")


def tanggal_panjang(moment: datetime) -> str:
    return f"{_DAYS[moment.weekday()]}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def write_berita_acara(app: App, built: Any, counts: dict[str, int], target: Path) -> Path:
    """Write the PDF atomically to ``target`` and return it."""
    from desktop_app.services.packages.common import own_fingerprint, pinned_district, short_file_fingerprint

    district = pinned_district(app) or {}
    manifest = built.manifest
    moment = datetime.now()
    pdf = FPDF(format="A4")
    pdf.set_title("Berita Acara Serah Terima Data")
    pdf.set_creator("SIPERA")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "BERITA ACARA SERAH TERIMA DATA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Pendataan Pekerja Rentan - Bantuan Iuran BPJS Ketenagakerjaan (JKK + JKM)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    body = (
        f"Pada hari ini {tanggal_panjang(moment)}, pukul {moment:%H.%M}, Pemerintah "
        f"{app.profile.region_name} (kode {app.profile.region_code}) menyerahkan data pekerja rentan "
        f"dalam bentuk paket data elektronik SIPERA yang ditandatangani dan dienkripsi kepada "
        f"{district.get('name') or 'Dinas Tenaga Kerja Kabupaten/Kota'}, dengan rincian sebagai berikut:"
    )
    pdf.multi_cell(0, 6, _latin1(body))
    pdf.ln(2)
    rows = [
        ("Nama berkas", built.path.name),
        ("ID paket", built.package_id),
        ("Nomor urut paket", str(manifest.sequence)),
        ("Sidik berkas (SHA-256)", short_file_fingerprint(built.sha256_of_file)),
        ("Jumlah data dikirim", f"{counts.get('records', 0)} orang"),
        ("   di antaranya penghapusan", f"{counts.get('deleted', 0)} orang"),
        ("Data ditahan (perlu perbaikan)", f"{counts.get('held_back', 0)} orang"),
        ("Jenis paket", "seluruh data (kirim ulang)" if counts.get("full") else "perubahan sejak paket terakhir"),
        ("Sidik kunci desa", own_fingerprint(app)),
        ("Operator", app.operator or "-"),
    ]
    pdf.set_font("Helvetica", "", 10)
    for label, value in rows:
        pdf.cell(70, 7, _latin1(label), border=1)
        pdf.cell(0, 7, _latin1(value), border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 4, _latin1(f"SHA-256 lengkap: {built.sha256_of_file}"))
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0, 5,
        _latin1(
            "Penerima mencocokkan sidik berkas di atas dengan hasil pemeriksaan paket di SIPERA Mode Kabupaten "
            "(menu Periksa Paket). Paket berisi data pribadi (UU 27/2022): simpan dan kirim hanya melalui "
            "saluran resmi."
        ),
    )
    pdf.ln(8)
    col = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.cell(col, 6, "Yang menyerahkan,", align="C")
    pdf.cell(col, 6, "Yang menerima,", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(col, 6, _latin1(f"Operator {app.profile.region_name.split(',')[0]}"), align="C")
    pdf.cell(col, 6, "Petugas Disperinaker", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(22)
    pdf.cell(col, 6, _latin1(f"( {app.operator or '.' * 30} )"), align="C")
    pdf.cell(col, 6, "( ______________________________ )", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 6, "Mengetahui,", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Kepala Desa/Lurah", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(22)
    pdf.cell(0, 6, "( ______________________________ )", align="C", new_x="LMARGIN", new_y="NEXT")

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    pdf.output(str(tmp))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target
