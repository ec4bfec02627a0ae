"""The reason codes of ``core.duplicates`` in the operator's language (context ``DuplicateReason``).

The Indonesian texts are the same as ``core.duplicates.REASONS`` (a test keeps them equal); they are
repeated here as literals so that the translation tools find them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.duplicates import REASONS

CTX = "DuplicateReason"

LABELS: dict[str, str] = {
    "nik.same": QT_TRANSLATE_NOOP("DuplicateReason", "NIK sama"),
    "nik.excel": QT_TRANSLATE_NOOP("DuplicateReason",
                                   "NIK sama, tetapi salah satunya dari angka Excel (angka terakhir tidak pasti)"),
    "nik.one_digit": QT_TRANSLATE_NOOP("DuplicateReason", "NIK beda satu angka"),
    "nik.swapped": QT_TRANSLATE_NOOP("DuplicateReason", "dua angka NIK yang berdampingan tertukar"),
    "nik.different": QT_TRANSLATE_NOOP("DuplicateReason", "NIK berbeda"),
    "name.same": QT_TRANSLATE_NOOP("DuplicateReason", "nama sama"),
    "name.similar": QT_TRANSLATE_NOOP("DuplicateReason", "nama mirip"),
    "name.order": QT_TRANSLATE_NOOP("DuplicateReason", "urutan nama berbeda"),
    "name.contained": QT_TRANSLATE_NOOP(
        "DuplicateReason", "nama yang satu termasuk dalam nama yang lain (BIN/BINTI, nama kedua hilang)"),
    "name.common": QT_TRANSLATE_NOOP("DuplicateReason", "nama sangat umum (bukti lemah)"),
    "name.different": QT_TRANSLATE_NOOP("DuplicateReason", "nama berbeda"),
    "name.first_differs": QT_TRANSLATE_NOOP("DuplicateReason", "nama depan berbeda (mungkin kembar atau saudara)"),
    "sex.different": QT_TRANSLATE_NOOP("DuplicateReason", "jenis kelamin berbeda"),
    "birth.same": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal lahir sama"),
    "birth.swapped": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal dan bulan lahir tertukar"),
    "birth.typo": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal lahir beda satu angka"),
    "birth.common": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal lahir yang dipakai banyak orang (bukti lemah)"),
    "birth.missing": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal lahir salah satunya kosong"),
    "birth.nik_same": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal lahir di kedua NIK sama"),
    "birth.different": QT_TRANSLATE_NOOP("DuplicateReason", "tanggal lahir berbeda"),
    "birth.years_apart": QT_TRANSLATE_NOOP("DuplicateReason",
                                           "tanggal lahir terpaut bertahun-tahun (mungkin ayah dan anak)"),
    "kk.same": QT_TRANSLATE_NOOP("DuplicateReason", "nomor KK sama"),
    "kk.different": QT_TRANSLATE_NOOP("DuplicateReason", "nomor KK berbeda (bukti lemah: orang bisa pindah KK)"),
    "phone.same": QT_TRANSLATE_NOOP("DuplicateReason", "nomor HP sama"),
    "phone.different": QT_TRANSLATE_NOOP("DuplicateReason", "nomor HP berbeda"),
    "twins": QT_TRANSLATE_NOOP(
        "DuplicateReason",
        "mungkin kembar: KK dan tanggal lahir sama, nomor urut NIK berurutan, nama depan berbeda"),
    "rt.same": QT_TRANSLATE_NOOP("DuplicateReason", "RT/RW sama"),
}

# what lowers a pair: shown in another colour
WEAKENING = frozenset({"nik.different", "name.common", "name.different", "name.first_differs", "sex.different",
                       "birth.typo", "birth.common", "birth.different", "birth.years_apart", "kk.different",
                       "phone.different", "twins", "birth.missing"})


def reason_label(code: str) -> str:
    """One reason code in the operator's language."""
    text = LABELS.get(code) or REASONS.get(code, code)
    return QCoreApplication.translate(CTX, text)


def reasons_text(codes: list[str], sep: str = "; ") -> str:
    return sep.join(reason_label(c) for c in codes)
