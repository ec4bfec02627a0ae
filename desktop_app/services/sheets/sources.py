"""Lists from the systems villages already run: OpenSID, SIAK, Buku Induk Penduduk e-KTP, DTKS.

A village list rarely starts empty: it is an export of OpenSID (the village information system),
of SIAK (Dukcapil's civil registry), the Buku Induk Penduduk e-KTP, or a DTKS/Regsosek sheet.
This module recognises those layouts (no manual mapping), translates their code lists and picks
the pekerja rentan candidates out of a whole population.

API
---
``recognise(rows, *, sheet, sheet_names) -> str``
    The source key of a sheet (``opensid_template``, ``opensid_export``, ``siak``, ``bip``,
    ``dtks``) or ``""`` for any other list. ``rows`` are ``SheetData.rows`` (plain values work).
``source_layout(key, rows, *, sheet, sheet_names, mapping=None) -> Layout | None``
    The layout of a recognised source: header, data rows (the ``###`` end marker, numbering rows
    and family header rows never are), the mapping, ``row_defaults`` (the Buku Induk's KK number
    and address taken from each family block's opening row). None when the sheet is not that source.
``SOURCE_CHOICES``, ``family_of(key)``, ``source_label(key)``, ``is_population(key)``
    ``--source`` choices (``auto``, ``opensid``, ``siak``, ``bip``, ``dtks``); the family of a key
    (``opensid_export`` -> ``opensid``); the Indonesian name shown in the wizard; whether the file
    holds a whole population (candidates to pick).
``is_code_sheet(sheet) -> bool``
    OpenSID's "Kode Data" sheet: a code list, never people.
``PEKERJAAN``, ``occupation_from_code(value) -> (category, other) | None``
    The SIAK/KTP/OpenSID pekerjaan codes 1-89 and their labels; a code or a label to SIPERA's
    occupation category (else ``lainnya`` with the official label). None when the value is neither.
``status_of(value) -> str``
    SIAK/OpenSID population status: ``""`` (alive or unknown), ``mati``, ``pindah``, ``hilang``,
    ``pergi``, ``tidak_valid``.
``CandidateFilter``, ``CandidatePicker``
    Which people of a population file are pekerja rentan candidates: by pekerjaan (the preset
    leaves out PNS, TNI, POLRI, pelajar, pensiunan, karyawan, BUMN/BUMD, offices and professions),
    by age on the coverage start (the district's window), by dusun and RT, and by hand.
    ``CandidatePicker.judge(...)`` gives ``(kind, reason)`` for a row left out, or None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from desktop_app.core.person import OCCUPATION_LABELS, Person
from desktop_app.core.text import Msg
from desktop_app.services.sheets import layout as layout_mod
from desktop_app.services.sheets.layout import Layout, detect, layout_signature, normalize_header

__all__ = [
    "CandidateFilter",
    "CandidatePicker",
    "EVERYONE",
    "LEFT_OUT_KINDS",
    "PEKERJAAN",
    "PRESET",
    "SOURCE_CHOICES",
    "family_of",
    "is_code_sheet",
    "is_population",
    "occupation_from_code",
    "occupation_key",
    "occupation_key_label",
    "recognise",
    "source_label",
    "source_layout",
    "status_of",
]

SOURCE_CHOICES = ("auto", "opensid", "siak", "bip", "dtks")

_LABELS: dict[str, Msg] = {
    "opensid_template": Msg("Format OpenSID - impor penduduk"),
    "opensid_export": Msg("Format OpenSID - ekspor penduduk"),
    "siak": Msg("Format SIAK (Dukcapil) - ekspor penduduk"),
    "bip": Msg("Buku Induk Penduduk e-KTP"),
    "dtks": Msg("Format DTKS/Regsosek"),
}
_FAMILY = {"opensid_template": "opensid", "opensid_export": "opensid", "siak": "siak", "bip": "bip", "dtks": "dtks"}
_POPULATION = frozenset(_FAMILY)  # every recognised source lists whole families


def family_of(key: str) -> str:
    return _FAMILY.get(key, "")


def source_label(key: str) -> str:
    """'Format OpenSID - impor penduduk' (a Msg), or '' for a list of no known system."""
    return _LABELS.get(key, "")


def is_population(key: str) -> bool:
    return key in _POPULATION


# ---------------------------------------------------------------------- pekerjaan codes 1-89

# SIAK / KTP / OpenSID (tweb_penduduk_pekerjaan), in the official wording.
PEKERJAAN: dict[int, str] = {
    1: "Belum/Tidak Bekerja", 2: "Mengurus Rumah Tangga", 3: "Pelajar/Mahasiswa", 4: "Pensiunan",
    5: "Pegawai Negeri Sipil (PNS)", 6: "Tentara Nasional Indonesia (TNI)", 7: "Kepolisian RI (POLRI)",
    8: "Perdagangan", 9: "Petani/Pekebun", 10: "Peternak", 11: "Nelayan/Perikanan", 12: "Industri",
    13: "Konstruksi", 14: "Transportasi", 15: "Karyawan Swasta", 16: "Karyawan BUMN", 17: "Karyawan BUMD",
    18: "Karyawan Honorer", 19: "Buruh Harian Lepas", 20: "Buruh Tani/Perkebunan",
    21: "Buruh Nelayan/Perikanan", 22: "Buruh Peternakan", 23: "Pembantu Rumah Tangga", 24: "Tukang Cukur",
    25: "Tukang Listrik", 26: "Tukang Batu", 27: "Tukang Kayu", 28: "Tukang Sol Sepatu",
    29: "Tukang Las/Pandai Besi", 30: "Tukang Jahit", 31: "Tukang Gigi", 32: "Penata Rias",
    33: "Penata Busana", 34: "Penata Rambut", 35: "Mekanik", 36: "Seniman", 37: "Tabib", 38: "Paraji",
    39: "Perancang Busana", 40: "Penterjemah", 41: "Imam Masjid", 42: "Pendeta", 43: "Pastor",
    44: "Wartawan", 45: "Ustadz/Mubaligh", 46: "Juru Masak", 47: "Promotor Acara", 48: "Anggota DPR-RI",
    49: "Anggota DPD", 50: "Anggota BPK", 51: "Presiden", 52: "Wakil Presiden",
    53: "Anggota Mahkamah Konstitusi", 54: "Anggota Kabinet/Kementerian", 55: "Duta Besar", 56: "Gubernur",
    57: "Wakil Gubernur", 58: "Bupati", 59: "Wakil Bupati", 60: "Walikota", 61: "Wakil Walikota",
    62: "Anggota DPRD Provinsi", 63: "Anggota DPRD Kabupaten/Kota", 64: "Dosen", 65: "Guru", 66: "Pilot",
    67: "Pengacara", 68: "Notaris", 69: "Arsitek", 70: "Akuntan", 71: "Konsultan", 72: "Dokter",
    73: "Bidan", 74: "Perawat", 75: "Apoteker", 76: "Psikiater/Psikolog", 77: "Penyiar Televisi",
    78: "Penyiar Radio", 79: "Pelaut", 80: "Peneliti", 81: "Sopir", 82: "Pialang", 83: "Paranormal",
    84: "Pedagang", 85: "Perangkat Desa", 86: "Kepala Desa", 87: "Biarawati", 88: "Wiraswasta",
    89: "Lainnya",
}

# Codes with a SIPERA category; every other code is 'lainnya' with its label as the text.
_CODE_CATEGORY: dict[int, str] = {
    8: "pedagang", 84: "pedagang", 9: "petani", 10: "peternak", 11: "nelayan",
    19: "buruh_harian_lepas", 20: "buruh_harian_lepas", 21: "buruh_harian_lepas", 22: "buruh_harian_lepas",
    41: "pekerja_keagamaan", 42: "pekerja_keagamaan", 43: "pekerja_keagamaan", 45: "pekerja_keagamaan",
}

# The preset of a population file leaves these out, with the reason shown to the operator.
_NO_WORK = Msg("tidak bekerja")
_WAGE = Msg("karyawan, penerima upah")
_NOT_RENTAN: dict[int, str] = {
    1: _NO_WORK, 2: _NO_WORK, 3: Msg("pelajar/mahasiswa"), 4: Msg("pensiunan"), 5: Msg("PNS"), 6: Msg("TNI"),
    7: Msg("POLRI"), 15: _WAGE, 16: Msg("karyawan BUMN"), 17: Msg("karyawan BUMD"), 18: _WAGE,
}
_OFFICE_REASON = Msg("jabatan/profesi")
_OFFICES = frozenset((*range(48, 79), 80, 82, 83, 87))

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")


def _key(text: str) -> str:
    return _NON_ALNUM.sub(" ", text.upper()).strip()


_LABEL_CODES: dict[str, int] = {_key(label): code for code, label in PEKERJAAN.items()}
_LABEL_CODES.update({
    "PNS": 5, "PEGAWAI NEGERI SIPIL": 5, "TNI": 6, "TENTARA NASIONAL INDONESIA": 6, "POLRI": 7,
    "KEPOLISIAN RI": 7, "KEPOLISIAN": 7, "BELUM TIDAK BEKERJA": 1, "TIDAK BEKERJA": 1, "BELUM BEKERJA": 1,
    "IBU RUMAH TANGGA": 2, "PELAJAR": 3, "MAHASISWA": 3, "PETANI": 9, "PEKEBUN": 9,
    "NELAYAN": 11, "ANGGOTA DPR RI": 48, "ANGGOTA DPR": 48, "ANGGOTA KABINET KEMENTERIAN": 54,
    "PSIKIATER PSIKOLOG": 76, "USTADZ MUBALIGH": 45, "USTADZ": 45, "MUBALIGH": 45, "SUPIR": 81,
    "PENGEMUDI": 81, "WALI KOTA": 60, "WAKIL WALI KOTA": 61, "PENERJEMAH": 40,
})


def _code_result(code: int) -> tuple[str, str]:
    category = _CODE_CATEGORY.get(code)
    if category is not None:
        return category, ""
    return "lainnya", PEKERJAAN[code]


def occupation_from_code(value: Any, *, numbers: bool = True) -> tuple[str, str] | None:
    """A pekerjaan code (19, 19.0, '19') or official label ('BURUH TANI/PERKEBUNAN', 'PETANI / PEKEBUN')
    -> (category, other text); None when the value is neither (free text goes to normalize_occupation).
    ``numbers=False`` leaves numbers alone (a DTKS file numbers its own code lists)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        return _code_result(value) if numbers and value in PEKERJAAN else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        if not numbers or len(text) > 2:
            return None
        code = int(text)
        return _code_result(code) if code in PEKERJAAN else None
    code = _LABEL_CODES.get(_key(text))
    return _code_result(code) if code is not None else None


def pekerjaan_code(person: Person) -> int | None:
    """The official code behind a person's occupation, where the label says it."""
    if person.occupation == "lainnya":
        return _LABEL_CODES.get(_key(person.occupation_other))
    return None


def occupation_key(person: Person) -> str:
    """One key per distinct occupation: the category, or 'lainnya:' + the text (upper case)."""
    if person.occupation == "lainnya":
        return "lainnya:" + person.occupation_other.upper().strip()
    return person.occupation


def occupation_key_label(key: str) -> str:
    if key.startswith("lainnya:"):
        code = _LABEL_CODES.get(_key(key[8:]))
        return PEKERJAAN[code] if code is not None else (key[8:].title() or OCCUPATION_LABELS["lainnya"])
    return OCCUPATION_LABELS.get(key, key) if key else ""


_NOT_FILLED = Msg("pekerjaan tidak diisi")


def preset_reason(key: str) -> str:
    """Why the preset leaves an occupation out ('' when it keeps it)."""
    if not key:
        return _NOT_FILLED
    if not key.startswith("lainnya:"):
        return ""
    code = _LABEL_CODES.get(_key(key[8:]))
    if code is None:
        return ""
    if code in _NOT_RENTAN:
        return _NOT_RENTAN[code]
    if code in _OFFICES:
        return _OFFICE_REASON
    return ""


# ---------------------------------------------------------------------- population status

_STATUS_WORDS = {
    "HIDUP": "", "AKTIF": "", "MATI": "mati", "MENINGGAL": "mati", "MENINGGAL DUNIA": "mati", "WAFAT": "mati",
    "PINDAH": "pindah", "PINDAH KELUAR": "pindah", "HILANG": "hilang", "PERGI": "pergi",
    "TIDAK VALID": "tidak_valid",
}
_STATUS_CODES = {1: "", 2: "mati", 3: "pindah", 4: "hilang", 6: "pergi", 9: "tidak_valid"}  # OpenSID status_dasar
STATUS_TEXT = {"mati": Msg("Mati"), "pindah": Msg("Pindah"), "hilang": Msg("Hilang"), "pergi": Msg("Pergi"),
               "tidak_valid": Msg("Tidak Valid")}


@lru_cache(maxsize=256)
def _status_text(text: str) -> str:
    key = _key(text)
    if key.isdigit():
        return _STATUS_CODES.get(int(key), "")
    return _STATUS_WORDS.get(key, "")


def status_of(value: Any) -> str:
    if type(value) is str:
        return _status_text(value) if value else ""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return _STATUS_CODES.get(value, "")
    text = _key(str(value))
    if text.isdigit():
        return _STATUS_CODES.get(int(text), "")
    return _STATUS_WORDS.get(text, "")


# ---------------------------------------------------------------------- recognising a sheet

_SCAN = 40
_CODE_SHEET = {"KODE DATA", "KODE", "DAFTAR KODE", "REFERENSI"}
_QUESTION_CODE = re.compile(r"^\s*(\d{3}[A-Za-z]?)(?:[.)]|\s|$)")
_FAMILY_ROW = re.compile(r"\bNO\.?\s*K\.?K\.?\s*:", re.IGNORECASE)


def is_code_sheet(sheet: str) -> bool:
    return _key(sheet or "") in _CODE_SHEET


def _plain(rows: Sequence[Sequence[object]]) -> Sequence[Sequence[object]]:
    values = getattr(rows, "values", None)
    return values if isinstance(values, list) else rows


def _norms(row: Sequence[object]) -> list[str]:
    return [normalize_header(layout_mod._value(c)) for c in row] if row else []


def _find_row(rows: Sequence[Sequence[object]], test: Any) -> int | None:
    for i in range(min(_SCAN, len(rows))):
        if test(_norms(rows[i])):
            return i
    return None


_OPENSID_MAP = {
    "NIK": "nik", "NO KK": "kk_number", "NAMA": "full_name", "TEMPATLAHIR": "birth_place",
    "TANGGALLAHIR": "birth_date", "SEX": "sex", "ALAMAT": "address", "DUSUN": "dusun", "RT": "rt", "RW": "rw",
    "PEKERJAAN ID": "occupation", "PEKERJAAN": "occupation", "STATUS DASAR": "status",
}
_SIAK_MAP = {
    "NIK": "nik", "NOMOR KK": "kk_number", "NO KK": "kk_number", "NAMA PENDUDUK": "full_name",
    "NAMA LENGKAP": "full_name", "NAMA": "full_name", "STATUS": "status", "STATUS PENDUDUK": "status",
    "TEMPAT LAHIR": "birth_place", "TANGGAL LAHIR": "birth_date", "TGL LAHIR": "birth_date",
    "KELAMIN": "sex", "JENIS KELAMIN": "sex", "ALAMAT": "address", "RT": "rt", "RW": "rw", "DUSUN": "dusun",
    "PEKERJAAN": "occupation", "JENIS PEKERJAAN": "occupation",
}
_BIP_MAP = {
    "NIK": "nik", "NAMA LENGKAP": "full_name", "NAMA": "full_name", "JENIS KELAMIN": "sex", "L P": "sex",
    "LK PR": "sex", "JK": "sex", "PEKERJAAN": "occupation", "JENIS PEKERJAAN": "occupation",
    "TEMPAT LAHIR": "birth_place", "TEMPAT": "birth_place", "TGL BLN TH": "birth_date",
    "TGL BLN THN": "birth_date", "TANGGAL LAHIR": "birth_date", "TGL LAHIR": "birth_date",
}
_DTKS_EXTRA = {
    "NOKK": "kk_number", "NO KK": "kk_number", "NOMOR KK": "kk_number", "NOMOR KARTU KELUARGA": "kk_number",
    "JNSKEL": "sex", "JNS KEL": "sex", "JENIS KELAMIN": "sex", "TGLLAHIR": "birth_date",
    "TGL LAHIR": "birth_date", "TANGGAL LAHIR": "birth_date", "TMPLAHIR": "birth_place",
    "TEMPAT LAHIR": "birth_place", "NAMA ART": "full_name", "NAMA ANGGOTA KELUARGA": "full_name",
    "NAMA ANGGOTA RUMAH TANGGA": "full_name", "NAMA KEPALA KELUARGA": None, "ALAMAT": "address",
    "NIK": "nik", "NAMA": "full_name", "DESIL": "desil", "PEKERJAAN": "occupation",
}


def _is_opensid_header(norms: list[str]) -> bool:
    s = set(norms)
    return {"NIK", "NAMA"} <= s and ("TANGGALLAHIR" in s or "TEMPATLAHIR" in s) and (
        "PEKERJAAN ID" in s or "NO KK" in s or "KK LEVEL" in s)


def _is_siak_header(norms: list[str]) -> bool:
    s = set(norms)
    return "NIK" in s and "SHDK" in s and ("NAMA PENDUDUK" in s or "NAMA LENGKAP" in s) and (
        "KELAMIN" in s or "JENIS KELAMIN" in s)


def _coded(norm_raw: object) -> str | None:
    text = layout_mod._value_text(layout_mod._value(norm_raw))
    m = _QUESTION_CODE.match(text)
    return m.group(1) if m else None


def _strip_code(text: str) -> str:
    m = _QUESTION_CODE.match(text)
    return normalize_header(text[m.end():]) if m else normalize_header(text)


def _dtks_header(rows: Sequence[Sequence[object]]) -> int | None:
    for i in range(min(_SCAN, len(rows))):
        row = rows[i]
        coded = [c for c in row if _coded(c)]
        if len(coded) >= 3 and any(_dtks_target(layout_mod._value_text(layout_mod._value(c))) == "nik" for c in row):
            return i
    return None


def _dtks_target(text: str) -> str | None:
    norm = _strip_code(text)
    if not norm:
        return None
    if norm in _DTKS_EXTRA:
        return _DTKS_EXTRA[norm]
    return layout_mod._EXACT.get(norm) or layout_mod._map_one(norm)


def _bip_header(rows: Sequence[Sequence[object]]) -> int | None:
    def is_header(norms: list[str]) -> bool:
        s = set(norms)
        return "NIK" in s and any(n.startswith("TEMPAT DAN TANGGAL LAHIR") or n == "TEMPAT TANGGAL LAHIR"
                                  for n in norms)

    h = _find_row(rows, is_header)
    if h is None:
        return None
    nik_col = _norms(rows[h]).index("NIK")
    for i in range(h + 1, min(len(rows), h + 60)):
        if _is_family_row(rows[i], nik_col):
            return h
    return None


def _row_text(row: Sequence[object]) -> str:
    return " ".join(t for t in (layout_mod._value_text(layout_mod._value(c)) for c in row) if t)


def _digits_of(cell: object) -> str:
    text = layout_mod._value_text(layout_mod._value(cell)).replace(" ", "").replace(".", "").lstrip("'")
    return text if text.isdigit() else ""


def _is_family_row(row: Sequence[object], nik_col: int) -> bool:
    """A family block's opening row of the Buku Induk Penduduk: the label row ('No. KK :' ...
    'Nama Kepala Keluarga :' ... 'Alamat :'), the row under it with the KK number in the first
    column (where a person's row has its number) and the address 'DESA ... RT/RW : 002/000 DUSUN : -',
    or both in one line ('No. KK : 3503... Nama Kepala Keluarga : ... Alamat : ...')."""
    if not row:
        return False
    if len(_digits_of(row[0])) == 16:
        return nik_col >= len(row) or len(_digits_of(row[nik_col])) != 16
    text = _row_text(row)
    return bool(_FAMILY_ROW.search(text)) and "KEPALA KELUARGA" in text.upper()


def recognise(rows: Sequence[Sequence[object]], *, sheet: str = "", sheet_names: Iterable[str] = ()) -> str:
    """The source key of this sheet, or '' (a hand-made list or an unknown system)."""
    rows = _plain(rows)
    if is_code_sheet(sheet):
        return ""
    try:
        if _find_row(rows, _is_opensid_header) is not None:
            return _opensid_variant(rows, sheet_names)
        if _find_row(rows, _is_siak_header) is not None:
            return "siak"
        if _bip_header(rows) is not None:
            return "bip"
        if _dtks_header(rows) is not None:
            return "dtks"
    except Exception:  # noqa: BLE001 - recognising is advice: a hostile sheet falls back to the generic reading
        return ""
    return ""


def _opensid_variant(rows: Sequence[Sequence[object]], sheet_names: Iterable[str]) -> str:
    """The import template has a 'Kode Data' sheet (``source_layout`` also tells it by its
    ``###`` end marker); an export has neither."""
    if any(is_code_sheet(s) for s in sheet_names):
        return "opensid_template"
    return "opensid_export"


def _end_marker(rows: Sequence[Sequence[object]], start: int) -> int | None:
    """0-based index of the first row holding '###' in column A or B (OpenSID's end of data)."""
    for i in range(start, len(rows)):
        row = rows[i]
        n = len(row)
        if not n:
            continue
        a = row[0]
        b = row[1] if n > 1 else None
        if type(a) is not str:
            a = getattr(a, "value", a)
        if type(b) is not str:
            b = getattr(b, "value", b)
        if (type(a) is str and a.strip() == "###") or (type(b) is str and b.strip() == "###"):
            return i
    return None


# ---------------------------------------------------------------------- layouts of the sources


def source_layout(
    key: str,
    rows: Sequence[Sequence[object]],
    *,
    sheet: str = "",
    sheet_names: Iterable[str] = (),
    mapping: Mapping[str, int] | None = None,
) -> Layout | None:
    """The layout of a sheet read as ``key`` (a source key or family); None when it is not that."""
    rows = _plain(rows)
    if is_code_sheet(sheet):
        return None
    family = _FAMILY.get(key, key)
    try:
        if family == "opensid":
            h = _find_row(rows, _is_opensid_header)
            if h is None:
                return None
            out = _mapped_layout(rows, h, _OPENSID_MAP, mapping)
            marked = _cut_at_marker(rows, out)
            out.source = "opensid_template" if marked else _opensid_variant(rows, sheet_names)
        elif family == "siak":
            h = _find_row(rows, _is_siak_header)
            if h is None:
                return None
            out = _mapped_layout(rows, h, _SIAK_MAP, mapping)
            out.source = "siak"
        elif family == "bip":
            h = _bip_header(rows)
            if h is None:
                return None
            out = _bip_layout(rows, h, mapping)
            out.source = "bip"
        elif family == "dtks":
            h = _dtks_header(rows)
            if h is None:
                return None
            out = _dtks_layout(rows, h, mapping)
            out.source = "dtks"
        else:
            return None
    except Exception:  # noqa: BLE001 - a hostile sheet: read it as a plain list instead
        return None
    return out


def _map_by(norms: list[str], table: Mapping[str, str | None]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for col, norm in enumerate(norms):
        target = table.get(norm)
        if target and target not in mapping:
            mapping[target] = col
    return mapping


def _mapped_layout(rows: Sequence[Sequence[object]], h: int, table: Mapping[str, str | None],
                   forced: Mapping[str, int] | None) -> Layout:
    norms = _norms(rows[h])
    mapping = dict(forced) if forced is not None else _map_by(norms, table)
    return detect(rows, header_row=h + 1, mapping=mapping)


def _cut_at_marker(rows: Sequence[Sequence[object]], out: Layout) -> bool:
    """Leave out the ``###`` row and everything under it; True when there was one."""
    start = out.header_rows[-1] if out.header_rows else 0
    marker = _end_marker(rows, start)
    if marker is None:
        return False
    end_row = marker + 1  # 1-based
    out.data_rows = [r for r in out.data_rows if r < end_row]
    ignored = [(r, why) for r, why in out.ignored_rows if r < end_row]
    ignored.append((end_row, "penanda akhir data (###)"))
    for i in range(marker + 1, len(rows)):
        if any(layout_mod._texts(rows[i])):
            ignored.append((i + 1, "di bawah penanda akhir data"))
    out.ignored_rows = sorted(ignored)
    return True


def _bip_layout(rows: Sequence[Sequence[object]], h: int, forced: Mapping[str, int] | None) -> Layout:
    top = layout_mod._texts(rows[h])
    sub = layout_mod._texts(rows[h + 1]) if h + 1 < len(rows) else []
    headers = layout_mod._combine_headers(top, sub)
    mapping: dict[str, int] = {}
    if forced is not None:
        mapping = dict(forced)
    else:
        width = max(len(top), len(sub))
        for col in range(width):
            s = normalize_header(sub[col]) if col < len(sub) else ""
            t = normalize_header(top[col]) if col < len(top) else ""
            target = _BIP_MAP.get(s) if s else None
            if target is None and t and not s:
                target = _BIP_MAP.get(t)
            if target and target not in mapping:
                mapping[target] = col
    base = detect(rows, header_row=h + 1, mapping=mapping)
    base.headers = headers
    base.header_rows = [h + 1, h + 2] if sub and any(sub) else [h + 1]
    base.signature = layout_signature(headers)
    data = set(base.data_rows)
    ignored = [(r, why) for r, why in base.ignored_rows if r > h + 2 or why == "judul di atas tabel"]
    ignored = [(r, why) for r, why in ignored if r not in base.header_rows]
    kept: list[int] = []
    defaults: dict[int, dict[str, str]] = {}
    block: dict[str, str] = {}
    ignored_at = {r for r, _ in ignored}
    nik_col = mapping.get("nik", -1)
    for i in range(h + 1, len(rows)):
        rownum = i + 1
        if rownum in base.header_rows:
            continue
        row = rows[i]
        if _is_family_row(row, nik_col):
            block = _family_values(row)
            if rownum in ignored_at:
                ignored = [(r, why) for r, why in ignored if r != rownum]
            ignored.append((rownum, "baris kepala keluarga"))
            continue
        if rownum in data:
            kept.append(rownum)
            if block:
                defaults[rownum] = block
    base.data_rows = kept
    base.ignored_rows = sorted(ignored)
    base.row_defaults = defaults
    return base


_FAMILY_FIELDS = re.compile(
    r"NO\.?\s*K\.?K\.?\s*:\s*(?P<kk>[0-9 .'\-]*)|"
    r"ALAMAT\s*:\s*(?P<address>.*?)(?=\s+RT\s*/?\s*RW\s*:|\s+DUSUN\s*:|$)|"
    r"RT\s*/\s*RW\s*:\s*(?P<rtrw>[0-9]+\s*/\s*[0-9]+)|"
    r"DUSUN\s*:\s*(?P<dusun>.*?)(?=\s+[A-Z ]+\s*:|$)",
    re.IGNORECASE,
)


_RT_RW_LABEL = re.compile(r"RT\s*/\s*RW\s*:", re.IGNORECASE)
_ALAMAT_LABEL = re.compile(r"^\s*ALAMAT\s*:\s*", re.IGNORECASE)


def _family_values(row: Sequence[object]) -> dict[str, str]:
    """KK number, address, RT, RW and dusun of a family block's opening row."""
    out: dict[str, str] = {}
    for m in _FAMILY_FIELDS.finditer(_row_text(row)):
        if m.group("kk") is not None:
            kk = re.sub(r"[^0-9]", "", m.group("kk"))
            if kk:
                out["kk_number"] = kk
        elif m.group("address") is not None:
            address = m.group("address").strip(" ,;-")
            if address:
                out["address"] = address.upper()
        elif m.group("rtrw") is not None:
            rt, _, rw = m.group("rtrw").partition("/")
            rt, rw = rt.strip().lstrip("0"), rw.strip().lstrip("0")
            if rt:
                out["rt"] = rt.zfill(3)
            if rw:
                out["rw"] = rw.zfill(3)
        elif m.group("dusun") is not None:
            dusun = m.group("dusun").strip(" ,;")
            if dusun and dusun.strip("- ") and dusun.upper() not in ("-", "0"):
                out["dusun"] = dusun.upper()
    if "kk_number" not in out and row and len(_digits_of(row[0])) == 16:
        out["kk_number"] = _digits_of(row[0])
    if "address" not in out:
        for c in row:
            text = layout_mod._value_text(layout_mod._value(c))
            m = _RT_RW_LABEL.search(text)
            if m:
                address = _ALAMAT_LABEL.sub("", text[: m.start()]).strip(" ,;-")
                if address:
                    out["address"] = address.upper()
                break
    return out


def _dtks_layout(rows: Sequence[Sequence[object]], h: int, forced: Mapping[str, int] | None) -> Layout:
    if forced is not None:
        mapping = dict(forced)
    else:
        mapping = {}
        for col, c in enumerate(rows[h]):
            target = _dtks_target(layout_mod._value_text(layout_mod._value(c)))
            if target and target not in mapping:
                mapping[target] = col
    return detect(rows, header_row=h + 1, mapping=mapping)


# ---------------------------------------------------------------------- candidates

LEFT_OUT_KINDS = ("status", "occupation", "age", "dusun", "rt", "hand")


@dataclass(frozen=True)
class CandidateFilter:
    """Who of a population file is imported. ``occupations``: None = the preset (pekerja rentan),
    ``"all"`` = every occupation, else the set of ``occupation_key`` values chosen."""

    occupations: frozenset[str] | str | None = None
    age: bool = True
    dusun: frozenset[str] | None = None  # None: every dusun
    rt: frozenset[str] | None = None  # None: every RT
    left_out_rows: frozenset[int] = frozenset()  # by hand
    kept_rows: frozenset[int] = frozenset()  # by hand, whatever the filters say

    @property
    def picks(self) -> bool:
        """False for the filter that takes everyone (the dead and moved are left out all the same)."""
        return not (self.occupations == "all" and not self.age and self.dusun is None and self.rt is None
                    and not self.left_out_rows)

    def to_dict(self) -> dict[str, Any]:
        occ = self.occupations
        return {
            "occupations": "preset" if occ is None else occ if isinstance(occ, str) else sorted(occ),
            "age": self.age,
            "dusun": None if self.dusun is None else sorted(self.dusun),
            "rt": None if self.rt is None else sorted(self.rt),
            "left_out_rows": sorted(self.left_out_rows),
            "kept_rows": sorted(self.kept_rows),
        }


PRESET = CandidateFilter()
EVERYONE = CandidateFilter(occupations="all", age=False)


@dataclass
class CandidatePicker:
    filter: CandidateFilter
    coverage_start: date
    age_min: int
    age_max: int
    occupation_mapped: bool = True
    counts: dict[str, int] = field(default_factory=dict)

    def judge(self, row: int, person: Person, status: str) -> tuple[str, str] | None:
        """(kind, reason) when the row is left out; None when it is picked."""
        if status:
            return "status", Msg("status penduduk {status}: tidak diimpor", status=STATUS_TEXT.get(status, status))
        f = self.filter
        if row in f.kept_rows:
            return None
        if row in f.left_out_rows:
            return "hand", Msg("dikeluarkan secara manual")
        if self.occupation_mapped and f.occupations != "all":
            key = occupation_key(person)
            if f.occupations is None:
                why = preset_reason(key)
                if why:
                    label = occupation_key_label(key)
                    if label:
                        return "occupation", Msg("pekerjaan {occupation}: bukan pekerja rentan ({why})",
                                                 occupation=label, why=why)
                    return "occupation", Msg("pekerjaan tidak diisi")
            elif key not in f.occupations:
                return "occupation", Msg("pekerjaan {occupation} tidak dipilih",
                                         occupation=occupation_key_label(key) or Msg("(kosong)"))
        if f.age:
            born = person.birth_date
            if born is None:
                from desktop_app.core.nik import nik_dates_and_sex

                born = nik_dates_and_sex(person.nik)[0] if person.nik else None
            if born is not None and born <= self.coverage_start:
                on = self.coverage_start
                age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
                if age < self.age_min or age > self.age_max:
                    return "age", Msg("umur {age} tahun pada {date}: di luar {min_age}-{max_age} tahun",
                                      age=age, date=on.strftime("%d-%m-%Y"), min_age=self.age_min,
                                      max_age=self.age_max)
            elif born is not None and born > self.coverage_start:
                return "age", Msg("belum lahir pada {date}", date=self.coverage_start.strftime("%d-%m-%Y"))
        if f.dusun is not None and person.dusun not in f.dusun:
            return "dusun", Msg("dusun {dusun} tidak dipilih", dusun=person.dusun or Msg("(kosong)"))
        if f.rt is not None and person.rt not in f.rt:
            return "rt", Msg("RT {rt} tidak dipilih", rt=person.rt or Msg("(kosong)"))
        return None
