"""The answers Disdukcapil and BPJS send back: their column headers and status words.

Pure functions (no Qt, no SQL, no I/O). Status words arrive in many spellings ("PADAN",
"Sesuai", "TIDAK PADAN", "Tidak Ditemukan", 1/0; "Terdaftar", "Ditolak - sudah terdaftar aktif");
a word this module does not know gives ``None`` and the row is reported, never guessed.
"""

from __future__ import annotations

import re

__all__ = [
    "KINDS",
    "RESULT_TARGETS",
    "auto_map_results",
    "bpjs_status",
    "clean_kpj",
    "dukcapil_status",
    "normalize_word",
]

KINDS = ("dukcapil", "bpjs")

# mapping targets of a results file, with Indonesian labels (the mapping step of the wizard)
RESULT_TARGETS: dict[str, str] = {
    "nik": "NIK",
    "status": "Status / hasil",
    "reason": "Keterangan / alasan",
    "kpj_number": "Nomor KPJ",
    "siak_name": "Nama di SIAK",
    "full_name": "Nama",
}

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")


def normalize_word(value: object) -> str:
    """Upper case, punctuation to spaces, single spaces; numbers as their digits (1.0 -> '1')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _NON_ALNUM.sub(" ", str(value).upper()).strip()


_HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN", "NIK KTP", "NIK PESERTA", "NO KTP",
            "NIK TK", "NIK TENAGA KERJA"),
    "status": ("STATUS", "HASIL", "HASIL VERIFIKASI", "HASIL PADAN", "STATUS PADAN", "KETERANGAN PADAN",
               "PADAN", "PADAN TIDAK PADAN", "HASIL PADANAN", "STATUS NIK", "HASIL PENCOCOKAN",
               "STATUS KEPESERTAAN", "STATUS PENDAFTARAN", "HASIL PENDAFTARAN", "STATUS DATA", "VALIDASI",
               "HASIL VALIDASI", "STATUS VALIDASI", "FLAG", "RESPON", "KESESUAIAN"),
    "reason": ("KETERANGAN", "KET", "ALASAN", "ALASAN PENOLAKAN", "ALASAN DITOLAK", "CATATAN", "PESAN",
               "KETERANGAN PENOLAKAN", "REMARK", "REMARKS", "DESKRIPSI", "ERROR", "PESAN ERROR"),
    "kpj_number": ("KPJ", "NO KPJ", "NOMOR KPJ", "NO KARTU", "NOMOR KARTU", "NO PESERTA", "NOMOR PESERTA",
                   "NO KARTU PESERTA", "NOMOR KARTU PESERTA", "KPJ BARU", "NO KPJ BARU", "NOMOR KEPESERTAAN"),
    "siak_name": ("NAMA SIAK", "NAMA DI SIAK", "NAMA DUKCAPIL", "NAMA LENGKAP SIAK", "NAMA SESUAI SIAK",
                  "NAMA HASIL PADAN", "NAMA DATABASE", "NAMA KTP EL"),
    "full_name": ("NAMA", "NAMA LENGKAP", "NAMA PESERTA", "NAMA TENAGA KERJA", "NAMA TK", "NAMA SESUAI KTP"),
}
_EXACT = {alias: target for target, aliases in _HEADERS.items() for alias in aliases}


def _rule(norm: str) -> str | None:
    words = set(norm.split())
    if not words:
        return None
    if "KPJ" in words or ("KARTU" in words and "KELUARGA" not in words):
        return "kpj_number"
    if "NIK" in words and not words & {"KK", "KELUARGA"}:
        return "nik"
    if "NAMA" in words and words & {"SIAK", "DUKCAPIL", "CAPIL", "ADMINDUK"}:
        return "siak_name"
    if words & {"ALASAN", "KETERANGAN", "CATATAN", "PENOLAKAN"}:
        return "reason"
    if words & {"STATUS", "HASIL", "PADAN", "VALIDASI", "VERIFIKASI"}:
        return "status"
    if norm.split()[0] == "NAMA":
        return "full_name"
    return None


def auto_map_results(headers: list[object]) -> dict[str, int]:
    """Header texts -> {target: column}: exact synonyms first, then keyword rules; first column wins."""
    norms = [normalize_word(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for col, norm in enumerate(norms):
        target = _EXACT.get(norm)
        if target and target not in mapping:
            mapping[target] = col
            used.add(col)
    for col, norm in enumerate(norms):
        if col in used:
            continue
        target = _rule(norm)
        if target and target not in mapping:
            mapping[target] = col
            used.add(col)
    return mapping


# ---------------------------------------------------------------- status words

_PADAN = {"PADAN", "SESUAI", "COCOK", "MATCH", "MATCHED", "VALID", "1", "Y", "YA", "YES", "OK", "TRUE",
          "DITEMUKAN", "ADA", "TERDAFTAR", "BENAR", "PADAN SIAK", "DATA PADAN", "NIK PADAN", "SUDAH PADAN",
          "PADAN DENGAN SIAK", "SESUAI SIAK", "DATA SESUAI", "NIK DITEMUKAN", "NIK VALID", "V"}
_TIDAK = {"TIDAK PADAN", "TDK PADAN", "TIDAKPADAN", "BELUM PADAN", "TIDAK SESUAI", "TDK SESUAI", "TIDAK COCOK",
          "TIDAK DITEMUKAN", "TDK DITEMUKAN", "NOT FOUND", "NOT MATCH", "NOT MATCHED", "NO MATCH", "UNMATCH",
          "UNMATCHED", "INVALID", "TIDAK VALID", "TDK VALID", "0", "N", "T", "TIDAK", "NO", "FALSE", "SALAH",
          "NIK TIDAK DITEMUKAN", "DATA TIDAK DITEMUKAN", "NIK TIDAK VALID", "TIDAK TERDAFTAR", "TIDAK ADA",
          "TIDAK PADAN SIAK", "DATA TIDAK PADAN", "NIK TIDAK PADAN", "BEDA", "BERBEDA", "X", "GAGAL"}


def dukcapil_status(value: object) -> str | None:
    """'padan', 'tidak_padan' or None for a word this module does not know (reported, never guessed)."""
    word = normalize_word(value)
    if not word:
        return None
    if word in _TIDAK:
        return "tidak_padan"
    if word in _PADAN:
        return "padan"
    return None


_TERDAFTAR = {"TERDAFTAR", "BERHASIL", "SUKSES", "SUCCESS", "DITERIMA", "AKTIF", "OK", "1", "Y", "YA",
              "REGISTERED", "BERHASIL DIDAFTARKAN", "SUDAH DIDAFTARKAN", "PESERTA BARU", "TERDAFTAR BARU",
              "BERHASIL TERDAFTAR", "VALID", "DAFTAR", "SELESAI", "PROSES BERHASIL"}
_DITOLAK = {"DITOLAK", "GAGAL", "TOLAK", "REJECT", "REJECTED", "FAILED", "FAIL", "ERROR", "0", "N", "TIDAK",
            "TIDAK TERDAFTAR", "TIDAK DAPAT DIDAFTARKAN", "GAGAL DAFTAR", "GAGAL DIDAFTARKAN", "TIDAK VALID",
            "INVALID", "TIDAK MEMENUHI SYARAT", "TMS", "DITOLAK SISTEM", "BATAL"}
# reasons BPJS gives that mean "rejected" even when the status column only holds the reason
_REJECT_REASONS = ("SUDAH TERDAFTAR", "NIK TIDAK VALID", "USIA MELEBIHI", "USIA", "NIK TIDAK DITEMUKAN",
                   "DATA TIDAK LENGKAP", "TIDAK MEMENUHI", "MENINGGAL", "GANDA", "DOUBLE", "DUPLIKAT",
                   "TIDAK PADAN", "MELEBIHI BATAS")


def bpjs_status(value: object) -> tuple[str | None, str]:
    """('terdaftar' | 'ditolak' | None, the reason written in the same cell after the word).

    "Ditolak - sudah terdaftar aktif" gives ('ditolak', 'sudah terdaftar aktif'); a cell holding
    only a known rejection reason ("Usia melebihi batas") gives ('ditolak', that reason)."""
    raw = "" if value is None else str(value).strip()
    word = normalize_word(value)
    if not word:
        return None, ""
    if word in _DITOLAK:
        return "ditolak", ""
    if word in _TERDAFTAR:
        return "terdaftar", ""
    parts = re.split(r"\s*[-:;,(]\s*", raw, maxsplit=1)
    if len(parts) == 2:
        head, rest = parts[0], parts[1].rstrip(")").strip()
        head_word = normalize_word(head)
        if head_word in _DITOLAK:
            return "ditolak", rest
        if head_word in _TERDAFTAR:
            return "terdaftar", rest
    if any(r in word for r in _REJECT_REASONS) and not word.startswith("TERDAFTAR"):
        return "ditolak", raw
    return None, ""


_KPJ = re.compile(r"^[0-9A-Z]{6,20}$")


def clean_kpj(value: object) -> str | None:
    """A KPJ membership number as text ('' when empty, None when it is no plausible number)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"[\s.\-']", "", str(value)).upper()
    if not text:
        return ""
    return text if _KPJ.fullmatch(text) else None
