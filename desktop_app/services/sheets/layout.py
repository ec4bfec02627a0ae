"""Find the header, the data rows and the column mapping of a village list.

API
---
``detect(sheet_rows, *, header_row=None, mapping=None, remembered=None) -> Layout``
    ``sheet_rows`` is ``SheetData.rows`` (index i = spreadsheet row i + 1; plain values instead of
    ``Cell`` objects are accepted too). Never raises. ``header_row`` forces the (1-based) header
    row, ``mapping`` forces the column mapping (the operator's correction), ``remembered`` is a
    ``{layout_signature: mapping}`` dict kept by the caller: a known signature reuses its mapping.
``Layout``
    ``header_row`` (1-based spreadsheet row, None when no header was found), ``header_rows`` (one
    or two rows: a two-row header such as 'TEMPAT, TGL LAHIR' over 'TEMPAT' | 'TGL'),
    ``data_rows`` (1-based rows to import), ``mapping`` ``{target: column index}``, ``headers``
    (display text per column, two-row headers combined as 'PARENT / SUB'), ``ignored_rows``
    ``[(row, reason)]`` with Indonesian reasons (title, numbering row, JUMLAH, signature block,
    not a data row; empty rows are skipped without a reason), ``signature``, ``warnings``;
    ``source`` and ``row_defaults`` for a list from a known system (see ``sources.py``).
``auto_map(headers) -> dict[str, int]``
    Map header texts to targets: Person field names (``nik, kk_number, full_name, name_title, birth_place,
    birth_date, sex, address, rt, rw, dusun, phone, occupation, income, funding_source,
    data_source, desil, notes``), ``status`` (population status: Hidup/Mati/Pindah) plus the combined columns ``place_date`` ('TEMPAT, TGL LAHIR')
    and ``rt_rw`` ('RT/RW'), and ``sex_l`` / ``sex_p`` for a 'JENIS KELAMIN' header split into
    'L' | 'P' tick columns. Each target gets at most one column.
``layout_signature(headers) -> str``
    Stable hash of the normalised header texts (case, punctuation and spacing ignored).
``TARGETS``, ``TARGET_LABELS``
    The mapping targets in display order with Indonesian labels (for the mapping dialog).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.core.text import Msg

__all__ = [
    "HEADER_SCAN_ROWS",
    "Layout",
    "TARGETS",
    "TARGET_LABELS",
    "auto_map",
    "detect",
    "layout_signature",
    "normalize_header",
]

HEADER_SCAN_ROWS = 30

TARGET_LABELS: dict[str, str] = {
    "nik": "NIK",
    "kk_number": "Nomor KK",
    "full_name": "Nama lengkap",
    "name_title": "Gelar",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "place_date": "Tempat, tanggal lahir",
    "sex": "Jenis kelamin",
    "sex_l": "Jenis kelamin: kolom L",
    "sex_p": "Jenis kelamin: kolom P",
    "address": "Alamat",
    "rt": "RT",
    "rw": "RW",
    "rt_rw": "RT/RW",
    "dusun": "Dusun/lingkungan",
    "phone": "Nomor HP",
    "occupation": "Pekerjaan",
    "income": "Penghasilan",
    "funding_source": "Sumber dana",
    "data_source": "Sumber data",
    "desil": "Desil",
    "notes": "Keterangan",
    "status": "Status penduduk",
}
TARGETS: tuple[str, ...] = tuple(TARGET_LABELS)

# Normalised header text (see normalize_header) -> target. Exact matches win over the rules below.
_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": (
        "NIK", "NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN", "NO INDUK KEPENDUDUKAN", "NO KTP",
        "NOMOR KTP", "NIK KTP", "NIK PESERTA", "NIK SESUAI KTP", "NO NIK KTP", "NIK E KTP", "KTP",
    ),
    "kk_number": (
        "NO KK", "NOMOR KK", "KK", "NO KARTU KELUARGA", "NOMOR KARTU KELUARGA", "NKK", "NO NKK",
        "NOMOR NKK",
    ),
    "full_name": (
        "NAMA", "NAMA LENGKAP", "NAMA PESERTA", "NAMA SESUAI KTP", "NAMA PEKERJA", "NAMA TENAGA KERJA",
        "NAMA ANGGOTA", "NAMA CALON PESERTA", "NAMA LENGKAP SESUAI KTP", "NAMA PENERIMA",
    ),
    "name_title": ("GELAR", "TITEL", "GELAR DEPAN BELAKANG", "GELAR NAMA"),
    "birth_place": ("TEMPAT LAHIR", "TMP LAHIR", "TEMPAT LHR", "TMPT LAHIR", "TEMPAT"),
    "birth_date": (
        "TGL LAHIR", "TANGGAL LAHIR", "TGL LHR", "TGL LAHIR DD MM YYYY", "TANGGAL LAHIR DD MM YYYY",
        "TANGGAL", "TGL", "TGL BLN THN", "TANGGAL BULAN TAHUN", "TGL BLN THN LAHIR",
    ),
    "place_date": (
        "TEMPAT TGL LAHIR", "TEMPAT TANGGAL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR", "TEMPAT TGL LHR",
        "TMP TGL LAHIR", "TEMPAT TGL LAHIR DD MM YYYY", "TMPT TGL LAHIR", "TEMPAT TGL LAHIR TTL",
    ),
    "sex": ("L P", "JK", "J K", "JENIS KELAMIN", "SEX", "KELAMIN", "GENDER", "JNS KELAMIN", "P L"),
    "address": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT RUMAH", "ALAMAT DOMISILI", "ALAMAT SESUAI KTP", "JALAN"),
    "rt": ("RT",),
    "rw": ("RW",),
    "rt_rw": ("RT RW", "RT RW DUSUN"),
    "dusun": (
        "DUSUN", "DUSUN LINGKUNGAN", "DUKUH", "LINGKUNGAN", "DUSUN DUKUH", "DUSUN LINGK", "BANJAR",
        "JORONG", "KAMPUNG", "DUSUN RT RW",
    ),
    "phone": (
        "NO HP", "NO HP WA", "NOMOR HP", "TELEPON", "NO TELP", "NO TELEPON", "HP", "NO WA", "NOMOR WA",
        "NOMOR TELEPON", "TELP", "NO HANDPHONE", "HP WA", "NO TLP", "NOMOR HP WA", "KONTAK", "NO KONTAK",
        "NOMOR HANDPHONE",
    ),
    "occupation": ("PEKERJAAN", "JENIS PEKERJAAN", "PROFESI", "MATA PENCAHARIAN", "PEKERJAAN UTAMA"),
    "income": (
        "PENGHASILAN", "PENGHASILAN PER BULAN", "PENDAPATAN", "UPAH", "PENGHASILAN RP",
        "PENGHASILAN BULAN", "PENDAPATAN PER BULAN", "PENGHASILAN PERBULAN", "GAJI", "UPAH RP",
    ),
    "funding_source": ("SUMBER DANA", "SUMBER ANGGARAN", "ANGGARAN", "SUMBER PEMBIAYAAN"),
    "data_source": ("SUMBER DATA", "BASIS DATA", "ASAL DATA"),
    "desil": ("DESIL", "DESIL KESEJAHTERAAN", "DESIL DTSEN"),
    "notes": ("KETERANGAN", "KET", "CATATAN", "KETERANGAN LAIN"),
    "status": ("STATUS PENDUDUK", "STATUS DASAR", "STATUS HIDUP"),
}
_EXACT: dict[str, str] = {alias: target for target, aliases in _ALIASES.items() for alias in aliases}

# Sub-headers under a parent header (two-row headers).
_SUB_UNDER: dict[str, dict[str, str]] = {
    "place_date": {"TEMPAT": "birth_place", "TMP": "birth_place", "TEMPAT LAHIR": "birth_place",
                   "TGL": "birth_date", "TANGGAL": "birth_date", "TGL LAHIR": "birth_date",
                   "TANGGAL LAHIR": "birth_date", "TGL BLN THN": "birth_date"},
    "rt_rw": {"RT": "rt", "RW": "rw"},
    "sex": {"L": "sex_l", "LK": "sex_l", "LAKI LAKI": "sex_l", "P": "sex_p", "PR": "sex_p",
            "PEREMPUAN": "sex_p"},
    "address": {"RT": "rt", "RW": "rw", "DUSUN": "dusun", "JALAN": "address", "ALAMAT": "address",
                "RT RW": "rt_rw", "DUKUH": "dusun", "LINGKUNGAN": "dusun"},
}
_SUB_WORDS = {w for d in _SUB_UNDER.values() for w in d}

# Headers that must never map: e.g. the mother's maiden name is not collected by default.
_NEVER = ("IBU", "KEPALA KELUARGA", "AYAH", "SUAMI", "ISTRI", "AHLI WARIS")
_NUMBER_HEADERS = {"NO", "NO URUT", "NOMOR", "NOMOR URUT", "NO URT", "URUT"}

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")
_NUMBERING = re.compile(r"^\(?\s*-?\s*([0-9]{1,3})\s*[).]?$")  # (1) 2. (-3): a numbering row
_TOTAL = re.compile(r"^(JUMLAH|TOTAL|SUB ?TOTAL|GRAND TOTAL|JML)\b")
_SIGN_WORDS = (
    "MENGETAHUI", "KEPALA DESA", "KADES", "LURAH", "KEPALA KELURAHAN", "TTD", "SEKRETARIS DESA",
    "SEKDES", "CAMAT", "DIBUAT OLEH", "YANG MEMBUAT", "PEMBUAT DAFTAR", "DISETUJUI", "MENYETUJUI",
    "PETUGAS PENDATAAN", "NIP", "PJ KEPALA DESA", "PLT KEPALA DESA", "AN KEPALA DESA", "OPERATOR DESA",
    "KASI KESEJAHTERAAN", "KASI KESRA",
)
_MONTH_WORD = (
    "JANUARI|FEBRUARI|MARET|APRIL|MEI|JUNI|JULI|AGUSTUS|SEPTEMBER|OKTOBER|NOVEMBER|DESEMBER|"
    "JAN|FEB|MAR|APR|JUN|JUL|AGT|AGU|AGS|SEP|OKT|NOV|DES"
)
_PLACE_DATE_SIGN = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,40}},\s*(\d{{1,2}}\s+({_MONTH_WORD})\s+\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|\.{{2,}}.*|({_MONTH_WORD})\s+\d{{4}})\s*$"
)
_LONG_DIGITS = re.compile(r"\d{12,}")


def normalize_header(text: object) -> str:
    """Upper case, punctuation to spaces, single spaces: 'No. HP/WA' -> 'NO HP WA'."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = _value_text(text)
    return _NON_ALNUM.sub(" ", text.upper()).strip()


def layout_signature(headers: Sequence[object]) -> str:
    norm = [normalize_header(h) for h in headers]
    while norm and not norm[-1]:
        norm.pop()
    return hashlib.sha1("|".join(norm).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Layout:
    header_row: int | None
    data_rows: list[int]
    mapping: dict[str, int]
    headers: list[str]
    ignored_rows: list[tuple[int, str]] = field(default_factory=list)
    header_rows: list[int] = field(default_factory=list)
    signature: str = ""
    warnings: list[str] = field(default_factory=list)
    # a list from a known system (sources.py): its key, and per data row the values its block gave
    # (the Buku Induk's KK number and address, from each family's opening row)
    source: str = ""
    row_defaults: dict[int, dict[str, str]] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return self.header_row is not None and bool(self.mapping)

    def to_dict(self) -> dict[str, object]:
        return {
            "header_row": self.header_row,
            "header_rows": list(self.header_rows),
            "mapping": dict(self.mapping),
            "headers": list(self.headers),
            "data_rows": len(self.data_rows),
            "ignored_rows": [{"row": r, "reason": why} for r, why in self.ignored_rows],
            "signature": self.signature,
            "warnings": list(self.warnings),
            "source": self.source,
        }


# --------------------------------------------------------------------------- cell helpers


def _value(c: object) -> object:
    return getattr(c, "value", c)


def _value_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, bool):
        return ""
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return ""
        return f"{v:.0f}" if v.is_integer() else repr(v)
    if isinstance(v, datetime | date):
        return v.strftime("%d-%m-%Y")
    return str(v).strip()


def _texts(row: Sequence[object] | None) -> list[str]:
    if not row:
        return []
    try:
        # plain str/int values (most cells of a plain-value row) without the helper calls
        return [c.strip() if type(c) is str else str(c) if type(c) is int else _value_text(_value(c)) for c in row]
    except Exception:
        return []


def _map_one(norm: str) -> str | None:
    """Target for one normalised header, or None."""
    if not norm or norm in _NUMBER_HEADERS:
        return None
    target = _EXACT.get(norm)
    if target is not None:
        return target
    words = norm.split()
    if any(bad in norm for bad in _NEVER):
        return None
    has = set(words)
    if ("TEMPAT" in has or "TMP" in has or "TMPT" in has) and ("TGL" in has or "TANGGAL" in has):
        return "place_date"
    if "NIK" in has and not has & {"KK", "KELUARGA"}:
        return "nik"
    if "KK" in has or "NKK" in has or "KELUARGA" in has:
        return "kk_number"
    if "KTP" in has:
        return "nik"
    if words[0] == "NAMA" and not has & {"DUSUN", "DESA", "IBU", "AYAH", "USAHA", "PERUSAHAAN"}:
        return "full_name"
    if "LAHIR" in has and ("TGL" in has or "TANGGAL" in has):
        return "birth_date"
    if "LAHIR" in has and "TEMPAT" in has:
        return "birth_place"
    if "KELAMIN" in has:
        return "sex"
    if "RT" in has and "RW" in has:
        return "rt_rw"
    if has & {"HP", "TELP", "TELEPON", "WA", "WHATSAPP", "HANDPHONE", "TLP"}:
        return "phone"
    if words[0] == "ALAMAT":
        return "address"
    if "PEKERJAAN" in has or "PENCAHARIAN" in has:
        return "occupation"
    if has & {"PENGHASILAN", "PENDAPATAN"}:
        return "income"
    if "DANA" in has or "ANGGARAN" in has:
        return "funding_source"
    if "DESIL" in has:
        return "desil"
    if "DUSUN" in has or "DUKUH" in has:
        return "dusun"
    if words[0] in ("KETERANGAN", "KET", "CATATAN"):
        return "notes"
    return None


def auto_map(headers: Sequence[object]) -> dict[str, int]:
    """Header texts -> {target: column}; exact aliases first, then keyword rules; first column wins."""
    norms = [normalize_header(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    # two-row headers arrive combined as 'PARENT / SUB': the sub-header decides
    for col, raw in enumerate(headers):
        text = raw if isinstance(raw, str) else ""
        if " / " in text:
            parent, _, sub = text.rpartition(" / ")
            parent_target = _map_one(normalize_header(parent))
            sub_norm = normalize_header(sub)
            target = None
            if parent_target in _SUB_UNDER:
                target = _SUB_UNDER[parent_target].get(sub_norm)
            if target is None:
                target = _EXACT.get(sub_norm)
            if target and target not in mapping:
                mapping[target] = col
                used.add(col)
    for col, norm in enumerate(norms):
        if col in used:
            continue
        target = _EXACT.get(norm)
        if target and target not in mapping:
            mapping[target] = col
            used.add(col)
    for col, norm in enumerate(norms):
        if col in used:
            continue
        target = _map_one(norm)
        if target and target not in mapping:
            mapping[target] = col
            used.add(col)
    # a combined column and its parts: keep the parts when both exist
    if "place_date" in mapping and "birth_place" in mapping and "birth_date" in mapping:
        del mapping["place_date"]
    if "rt_rw" in mapping and "rt" in mapping and "rw" in mapping:
        del mapping["rt_rw"]
    if "sex" in mapping and ("sex_l" in mapping or "sex_p" in mapping):
        del mapping["sex"]
    return mapping


def _header_score(texts: list[str]) -> int:
    score = 0
    seen: set[str] = set()
    for t in texts:
        if not t or len(t) > 60:
            continue
        norm = normalize_header(t)
        target = _EXACT.get(norm) or _map_one(norm)
        if target and target not in seen:
            seen.add(target)
            score += 2 if target in ("nik", "full_name") else 1
        elif norm in _NUMBER_HEADERS:
            score += 1
    return score


def _is_numbering_row(texts: list[str]) -> bool:
    nums = []
    for t in texts:
        if not t:
            continue
        m = _NUMBERING.match(t)
        if not m:
            return False
        nums.append(int(m.group(1)))
    if len(nums) < 2:
        return False
    return nums[0] <= 2 and all(b > a for a, b in zip(nums, nums[1:], strict=False))


def _looks_numeric(t: str) -> bool:
    s = t.replace(".", "").replace(",", "").replace("-", "").replace("/", "").replace(" ", "").replace("'", "")
    return bool(s) and s.isdigit()


def _is_subheader_row(texts: list[str], parent_texts: list[str]) -> bool:
    cells = [(i, t) for i, t in enumerate(texts) if t]
    if not cells or _is_numbering_row(texts):
        return False
    known = 0
    for i, t in cells:
        if _looks_numeric(t) or len(t) > 40:
            return False
        norm = normalize_header(t)
        if norm in _SUB_WORDS or norm in _EXACT:
            known += 1
        elif i < len(parent_texts) and parent_texts[i]:
            return False  # free text under a filled header cell: data, not a sub-header
    return known >= 1 and known * 2 >= len(cells)


def _is_total_row(texts: list[str]) -> bool:
    for t in texts:
        if t:
            return bool(_TOTAL.match(normalize_header(t)))
    return False


def _is_signature_row(texts: list[str]) -> bool:
    filled = [t for t in texts if t]
    if not filled or len(filled) > 4:
        return False
    if any(_LONG_DIGITS.search(t.replace(".", "").replace(" ", "")) for t in filled):
        return False
    for t in filled:
        norm = normalize_header(t)
        if any(norm == w or norm.startswith(w + " ") for w in _SIGN_WORDS):
            return True
        if _PLACE_DATE_SIGN.match(t.upper().strip()):
            return True
    return False


def _combine_headers(top: list[str], sub: list[str]) -> list[str]:
    width = max(len(top), len(sub))
    out: list[str] = []
    carry = ""
    for i in range(width):
        t = top[i] if i < len(top) else ""
        s = sub[i] if i < len(sub) else ""
        if t:
            carry = t
        parent = t or (carry if s else "")
        if s and parent:
            out.append(f"{parent} / {s}")
        else:
            out.append(s or parent)
        if not t and not s:
            carry = ""
    return out


# --------------------------------------------------------------------------- detect


def _find_header(rows: Sequence[Sequence[object]]) -> int | None:
    best_index, best_score = None, 0
    for i in range(min(HEADER_SCAN_ROWS, len(rows))):
        score = _header_score(_texts(rows[i]))
        if score > best_score:
            best_index, best_score = i, score
    return best_index if best_score >= 2 else None


def detect(
    sheet_rows: Sequence[Sequence[object]],
    *,
    header_row: int | None = None,
    mapping: Mapping[str, int] | None = None,
    remembered: Mapping[str, Mapping[str, int]] | None = None,
) -> Layout:
    plain = getattr(sheet_rows, "values", None)  # reader.LazyRows: read the plain values, no Cells
    if isinstance(plain, list):
        sheet_rows = plain
    try:
        return _detect(sheet_rows, header_row, mapping, remembered)
    except Exception as exc:  # detection is advice: never break the import dialog
        return Layout(None, [], {}, [], warnings=[Msg("Struktur tabel tidak dapat dikenali ({error}).",
                                                          error=type(exc).__name__)])


def _detect(
    rows: Sequence[Sequence[object]],
    forced_header: int | None,
    forced_mapping: Mapping[str, int] | None,
    remembered: Mapping[str, Mapping[str, int]] | None,
) -> Layout:
    if forced_header is not None and 1 <= forced_header <= len(rows):
        h = forced_header - 1
    else:
        h = _find_header(rows)
    if h is None:
        return Layout(
            None, [], {}, [],
            warnings=[Msg("Baris judul kolom (NIK, NAMA, ...) tidak ditemukan di {count} baris pertama. "
                          "Pilih baris judul kolom secara manual.", count=HEADER_SCAN_ROWS)],
        )
    top = _texts(rows[h])
    header_rows = [h + 1]
    headers = top
    first_data = h + 1
    ignored: list[tuple[int, str]] = []
    if first_data < len(rows):
        sub = _texts(rows[first_data])
        if _is_subheader_row(sub, top):
            headers = _combine_headers(top, sub)
            header_rows.append(first_data + 1)
            first_data += 1
    while first_data < len(rows) and first_data <= h + 4:
        texts = _texts(rows[first_data])
        if _is_numbering_row(texts):
            ignored.append((first_data + 1, "baris nomor kolom"))
            first_data += 1
        elif not any(texts):
            first_data += 1
        else:
            break
    for i in range(h):
        if any(_texts(rows[i])):
            ignored.insert(0, (i + 1, "judul di atas tabel"))
    ignored.sort()

    signature = layout_signature(headers)
    warnings: list[str] = []
    width = len(headers)
    if forced_mapping is not None:
        col_map = _valid_mapping(forced_mapping)
    elif remembered is not None and signature in remembered:
        col_map = _valid_mapping(remembered[signature])
    else:
        col_map = auto_map(headers)
    if "nik" not in col_map:
        warnings.append(Msg("Kolom NIK tidak dikenali: tentukan kolomnya secara manual."))
    if "full_name" not in col_map:
        warnings.append(Msg("Kolom nama tidak dikenali: tentukan kolomnya secara manual."))

    key_cols = [col_map[t] for t in ("nik", "full_name", "kk_number", "place_date") if t in col_map]
    mapped_cols = sorted(set(col_map.values()))
    data_rows: list[int] = []
    signature_from: int | None = None
    nik_col = col_map.get("nik")
    for i in range(first_data, len(rows)):
        if signature_from is None and nik_col is not None and _holds_nik(rows[i], nik_col):
            # fast path: a row whose NIK cell holds 12+ digits is data (a JUMLAH, numbering or
            # signature row never does); most rows of a real list take this branch
            data_rows.append(i + 1)
            continue
        texts = _texts(rows[i])
        if not any(texts):
            continue
        rownum = i + 1
        if signature_from is not None:
            ignored.append((rownum, "blok tanda tangan"))
            continue
        if _is_total_row(texts):
            ignored.append((rownum, "baris jumlah"))
            continue
        if _is_signature_row(texts):
            signature_from = rownum
            ignored.append((rownum, "blok tanda tangan"))
            continue
        if _is_numbering_row(texts):
            ignored.append((rownum, "baris nomor kolom"))
            continue
        n = len(texts)
        if any(c < n and texts[c] for c in key_cols):
            data_rows.append(rownum)
            continue
        mapped_filled = [c for c in mapped_cols if c < n and texts[c]]
        if len(mapped_filled) >= 2:
            data_rows.append(rownum)
        elif mapped_filled or not _only_row_number(texts, col_map, width):
            ignored.append((rownum, "bukan baris data"))
    if signature_from is None:
        # JUMLAH rows after the last data row end the table: nothing to do, already ignored
        pass
    ignored.sort()
    return Layout(
        header_row=h + 1,
        data_rows=data_rows,
        mapping=col_map,
        headers=headers,
        ignored_rows=ignored,
        header_rows=header_rows,
        signature=signature,
        warnings=warnings,
    )


def _holds_nik(row: Sequence[object], col: int) -> bool:
    if col >= len(row):
        return False
    v = _value(row[col])
    if type(v) is str:
        digits = v.strip().lstrip("'")
        return len(digits) >= 12 and digits.isdigit()
    if type(v) is int:
        return v >= 10**11
    if type(v) is float:
        return v >= 1e11 and v == v and v != float("inf")
    return False


def _only_row_number(texts: list[str], col_map: Mapping[str, int], width: int) -> bool:
    """A pre-numbered empty form line ('17' in the NO column and nothing else)."""
    filled = [t for t in texts if t]
    return len(filled) == 1 and filled[0].rstrip(".").isdigit() and len(filled[0]) <= 6


def _valid_mapping(m: Mapping[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, v in m.items():
        if k in TARGET_LABELS and isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10_000:
            out[k] = v
    return out
