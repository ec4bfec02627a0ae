"""Turn one spreadsheet row into a Person with the core normalisers.

API
---
``row_to_person(cells, mapping, *, desa_code, today=None) -> (Person, notes)``
    ``cells``: one row of ``SheetData.rows`` (``Cell`` objects, or plain values); ``mapping``:
    ``{target: column}`` from ``layout.detect``/``auto_map`` (targets listed in
    ``layout.TARGETS``). ``notes`` are Indonesian remarks for the per-row import report about
    values that could not be read (an unreadable date, an unknown sex code...). Validation issues
    (``nik.excel_number`` etc.) are NOT produced here: run ``core`` validation on the Person.
    Pure and never raises for any cell content. For many rows use ``RowConverter(mapping,
    desa_code=...)`` once and call it per row (mapping compiled, repetitive columns memoised).
``iter_persons(sheet_rows, layout, *, desa_code, progress=None)``
    Yields ``(row_number, Person, notes)`` for every ``layout.data_rows`` row.

NIK rules: a NIK cell the spreadsheet held as a number (``Cell.numeric``), or text that shows
Excel's damage ('3,50305E+15', '3503...0001.0'), sets ``person.nik_from_number = True``. Its
digits are taken from the number as stored (ints via ``str``, floats formatted without exponent;
a float above 2**53 is already wrong and stays flagged). Text NIKs go through ``nik.clean_nik``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache, partial
from typing import Any

from desktop_app.core import nik as nik_mod
from desktop_app.core.normalize import (
    normalize_money,
    normalize_name,
    normalize_occupation,
    normalize_phone,
    normalize_rt_rw,
    normalize_sex,
    normalize_text,
    pad_rt,
    parse_date_verbose,
    split_place_date,
)
from desktop_app.core.person import DATA_SOURCE_LABELS, FUNDING_LABELS, Person
from desktop_app.core.progress import Progress
from desktop_app.core.text import Msg
from desktop_app.services.sheets.sources import occupation_from_code

__all__ = ["RowConverter", "data_source_code", "funding_code", "iter_persons", "row_to_person"]

_FUNDING_ALIASES: dict[str, str] = {
    "APBD": "apbd_kabupaten",
    "APBD KAB": "apbd_kabupaten",
    "APBD KABUPATEN": "apbd_kabupaten",
    "APBD KOTA": "apbd_kabupaten",
    "APBD KABUPATEN KOTA": "apbd_kabupaten",
    "APBD II": "apbd_kabupaten",
    "APBD 2": "apbd_kabupaten",
    "APBD PROV": "apbd_provinsi",
    "APBD PROVINSI": "apbd_provinsi",
    "APBD I": "apbd_provinsi",
    "APBD 1": "apbd_provinsi",
    "DBHCHT": "dbhcht",
    "DBH CHT": "dbhcht",
    "CUKAI": "dbhcht",
    "DBH CUKAI HASIL TEMBAKAU": "dbhcht",
    "DBH SAWIT": "dbh_sawit",
    "SAWIT": "dbh_sawit",
    "APBDES": "apbdes",
    "APB DES": "apbdes",
    "APBDESA": "apbdes",
    "DANA DESA": "apbdes",
    "DD": "apbdes",
    "ADD": "apbdes",
    "APBDES DANA DESA": "apbdes",
}
_DATA_SOURCE_ALIASES: dict[str, str] = {
    "DTKS": "dtks",
    "DTSEN": "dtsen",
    "P3KE": "p3ke",
    "REGSOSEK": "regsosek",
    "USULAN DESA": "usulan_desa",
    "USULAN": "usulan_desa",
    "NON DTKS": "usulan_desa",
    "DESA": "usulan_desa",
    "LAINNYA": "lainnya",
}
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")
_EXCEL_FLOAT_TEXT = re.compile(r"^\s*'?\s*\d{6,}\.0+\s*$")


def _key(text: str) -> str:
    return _NON_ALNUM.sub(" ", text.upper()).strip()


def _code_lookup(text: str, codes: Mapping[str, str], labels: Mapping[str, str]) -> str:
    key = _key(text)
    if not key:
        return ""
    lowered = key.lower().replace(" ", "_")
    if lowered in labels:
        return lowered
    for code, label in labels.items():
        if _key(label) == key:
            return code
    if key in codes:
        return codes[key]
    for alias, code in codes.items():  # 'APBD Kab. Trenggalek 2025' -> apbd_kabupaten
        if key.startswith(alias + " ") and len(alias) > 3:
            return code
    return ""


def funding_code(text: str) -> str:
    """'APBD Kabupaten', 'DBHCHT', 'Dana Desa' -> FundingSource code; '' when unknown."""
    return _code_lookup(text, _FUNDING_ALIASES, FUNDING_LABELS)


def data_source_code(text: str) -> str:
    """'DTKS', 'P3KE', 'Usulan Desa' -> DataSource code; '' when unknown."""
    return _code_lookup(text, _DATA_SOURCE_ALIASES, DATA_SOURCE_LABELS)


def _raw(cells: Sequence[Any], col: int | None) -> tuple[Any, bool]:
    if col is None or col < 0 or col >= len(cells):
        return None, False
    c = cells[col]
    if hasattr(c, "numeric"):
        return c.value, bool(c.numeric)
    return c, isinstance(c, int | float) and not isinstance(c, bool)


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return f"{value:.0f}"
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return normalize_text(value)


def _number_digits(value: Any) -> str:
    """Digits of a numeric NIK/KK cell as stored; never through an exponent."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return f"{value:.0f}" if value.is_integer() else format(value, "f")
    return nik_mod.clean_nik(value)


def _nik_value(value: Any, numeric: bool) -> tuple[str, bool]:
    """(cleaned NIK/KK text, came from a number)."""
    if value is None or value == "":
        return "", False
    if numeric and not isinstance(value, str):
        return _number_digits(value), True
    text = value if isinstance(value, str) else _text(value)
    if not numeric and text.isascii() and text.isdigit():
        return text, False  # the common clean case
    if isinstance(value, datetime | date):
        return text, False
    from_number = numeric or nik_mod.is_excel_number_text(text) or bool(_EXCEL_FLOAT_TEXT.match(text))
    cleaned = nik_mod.clean_nik(text)
    if from_number and cleaned.endswith(".0"):
        cleaned = cleaned.split(".")[0]
    return cleaned, from_number


def _desil(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        n: int | None = value
    elif isinstance(value, float):
        n = int(value) if math.isfinite(value) and value.is_integer() else None
    else:
        m = re.search(r"\d+", normalize_text(value))
        n = int(m.group(0)) if m and len(m.group(0)) <= 3 else None
    return n if n is not None and 1 <= n <= 10 else None


def _ticked(value: Any) -> bool:
    if value is None or isinstance(value, bool) and not value:
        return False
    if isinstance(value, int | float):
        return value != 0
    t = normalize_text(value).upper()
    return bool(t) and t not in ("0", "-", "X TIDAK", "TIDAK", "N", "NO")


def row_to_person(
    cells: Sequence[Any],
    mapping: Mapping[str, int],
    *,
    desa_code: str,
    today: date | None = None,
) -> tuple[Person, list[str]]:
    return RowConverter(mapping, desa_code=desa_code, today=today)(cells)


# Columns whose values repeat a lot in a village list: memoised per converter.
_CACHE_SIZE = 4096
_NAME_CACHE_SIZE = 65536  # a district list holds a few thousand distinct names


class RowConverter:
    """``row_to_person`` with the mapping compiled once and repetitive columns memoised.

    Use one converter per import: ``convert = RowConverter(mapping, desa_code=...)`` then
    ``person, notes = convert(cells)``. Normalisers are pure, so memoising is safe.
    """

    def __init__(self, mapping: Mapping[str, int], *, desa_code: str, today: date | None = None,
                 occupation_codes: bool = True) -> None:
        self.mapping = {k: v for k, v in mapping.items() if isinstance(v, int) and not isinstance(v, bool)}
        self.desa_code = desa_code
        self.today = today
        self._nik_today = today or date.today()
        birth_col = self.mapping.get("birth_date", self.mapping.get("place_date"))
        self._birth_col = birth_col if birth_col is not None and birth_col >= 0 else None
        steps = [(target, getattr(self, "_f_" + target), col) for target, col in self.mapping.items()
                 if hasattr(self, "_f_" + target) and col >= 0]
        # birth_place/birth_date refine place_date; rt/rw refine rt_rw: run the combined ones first
        order = {"place_date": 0, "rt_rw": 0, "name_title": 2}
        steps.sort(key=lambda step: order.get(step[0], 1))
        self._steps = steps
        # the L | P tick columns are gathered apart and applied after the other columns
        self._field_steps = [(fn, col) for target, fn, col in steps if target not in ("sex_l", "sex_p")]
        self._tick_steps = [(target, col) for target, _fn, col in steps if target in ("sex_l", "sex_p")]
        cache = lru_cache(maxsize=_CACHE_SIZE, typed=True)
        self._sex = cache(normalize_sex)
        self._occupation = cache(partial(_occupation, numbers=occupation_codes))
        self._rt_rw = cache(normalize_rt_rw)
        self._pad = cache(pad_rt)
        self._money = cache(normalize_money)
        self._upper_text = cache(lambda v: _text(v).upper())
        self._plain_text = cache(_text)
        self._funding = cache(funding_code)
        self._data_source = cache(data_source_code)
        self._name = lru_cache(maxsize=_NAME_CACHE_SIZE, typed=True)(normalize_name)
        # birth dates repeat too (tens of thousands of people, a few thousand dates)
        self._date = lru_cache(maxsize=_NAME_CACHE_SIZE, typed=True)(partial(parse_date_verbose, today=today))

    def __call__(self, cells: Sequence[Any]) -> tuple[Person, list[str]]:
        p = Person(desa_code=self.desa_code)
        notes: list[str] = []
        try:
            n = len(cells)
            for fn, col in self._field_steps:
                if col >= n:
                    continue
                c = cells[col]
                t = type(c)
                if t is str:  # plain values: the common case first
                    if c:
                        fn(p, c, False, notes)
                    continue
                if hasattr(c, "numeric"):
                    value, numeric = c.value, c.numeric
                else:
                    value, numeric = c, isinstance(c, int | float) and not isinstance(c, bool)
                if value is None or value == "":
                    continue
                fn(p, value, numeric, notes)
            if self._tick_steps:
                sex_ticks: list[tuple[str, Any]] = []
                for target, col in self._tick_steps:
                    if col >= n:
                        continue
                    c = cells[col]
                    value = c.value if hasattr(c, "numeric") else c
                    if value is None or value == "":
                        continue
                    sex_ticks.append((target, value))
                if sex_ticks and not p.sex:
                    self._sex_ticks(p, dict(sex_ticks), notes)
            if self._birth_col is not None and self._birth_col < n and len(p.nik) == 16:
                self._birth_against_nik(p, cells[self._birth_col], notes)
        except Exception as exc:  # a hostile cell must never stop an import
            notes.append(Msg("Sebagian baris tidak dapat dibaca ({error}).", error=type(exc).__name__))
        return p, notes

    def _birth_against_nik(self, p: Person, cell: Any, notes: list[str]) -> None:
        """Mixed date orders: when the date as read disagrees with the NIK but the other reading
        (month/day, or an Excel date with day and month swapped) agrees, take that reading and
        say so. When neither agrees the date stays as entered and validation flags the row
        (nik.birthdate_mismatch)."""
        nik = p.nik
        born = p.birth_date
        if born is not None:  # the common case first: the date agrees with the NIK's DDMMYY
            try:
                day = int(nik[6:8])
                if (day - 40 if day > 40 else day) == born.day and int(nik[8:10]) == born.month \
                        and int(nik[10:12]) == born.year % 100:
                    return
            except ValueError:
                return
        if not nik.isdigit():
            return
        nik_born = nik_mod.nik_dates_and_sex(nik, today=self._nik_today)[0]
        if nik_born is None:
            return
        if born is not None and _same_day(born, nik_born):
            return
        raw = cell.value if hasattr(cell, "numeric") else cell
        other = _other_reading(raw, born)
        if other is not None and _same_day(other, nik_born):
            p.birth_date = other
            if born is None:  # the unreadable-date note no longer holds
                notes[:] = [m for m in notes if getattr(m, "template", "") not in _UNREADABLE_DATE]
            if isinstance(raw, date | datetime):
                notes.append(Msg("Tanggal lahir {value} dari Excel tertukar tanggal dan bulannya: dibaca {date}, "
                                 "sesuai NIK.", value=_text(raw), date=other.strftime("%d-%m-%Y")))
            else:
                notes.append(Msg("Tanggal lahir '{value}' ditulis bulan/tanggal/tahun: dibaca {date}, sesuai NIK.",
                                 value=_text(raw), date=other.strftime("%d-%m-%Y")))

    # one method per target: (person, non-empty value, stored as number, notes)
    def _f_nik(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.nik, p.nik_from_number = _nik_value(value, numeric)

    def _f_kk_number(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.kk_number, from_number = _nik_value(value, numeric)
        if from_number:
            notes.append(Msg("Nomor KK tersimpan sebagai angka di Excel: angka terakhirnya mungkin salah."))

    def _f_full_name(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.full_name, p.name_title = self._name(value)

    def _f_name_title(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        title = self._plain_text(value)
        if title and title not in p.name_title.split():
            p.name_title = f"{p.name_title} {title}".strip() if p.name_title else title

    def _f_place_date(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        place, born = split_place_date(value, today=self.today)
        p.birth_place = place
        p.birth_date = born
        if born is None and _has_date_part(value):
            notes.append(Msg("Tanggal lahir pada '{value}' tidak dapat dibaca.", value=_text(value)))

    def _f_birth_place(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        text = self._upper_text(value)
        if text:
            p.birth_place = text

    def _f_birth_date(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:  # yyyy-mm-dd (an OpenSID export): what parse_date reads it as, without the lookup
                p.birth_date = date(int(value[:4]), int(value[5:7]), int(value[8:]))
                if 1900 <= p.birth_date.year <= 2100:
                    return
                p.birth_date = None
            except ValueError:
                pass
        born, reason = self._date(value)
        if born is not None:
            p.birth_date = born
        elif reason != "kosong":
            notes.append(Msg("Tanggal lahir '{value}' tidak dapat dibaca: {reason}.", value=_text(value), reason=reason))

    def _f_sex(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.sex = self._sex(value)
        if not p.sex and _text(value):
            notes.append(Msg("Jenis kelamin '{value}' tidak dikenal (isi L atau P).", value=_text(value)))

    def _f_sex_l(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        pass  # handled by _sex_ticks

    _f_sex_p = _f_sex_l

    def _sex_ticks(self, p: Person, ticks: dict[str, Any], notes: list[str]) -> None:
        is_l = _ticked(ticks.get("sex_l"))
        is_p = _ticked(ticks.get("sex_p"))
        if is_l != is_p:
            p.sex = "L" if is_l else "P"
        elif is_l and is_p:
            notes.append(Msg("Kolom L dan P sama-sama terisi."))

    def _f_address(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.address = self._plain_text(value)

    def _f_rt_rw(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        if isinstance(value, date | datetime):
            notes.append(Msg("Kolom RT/RW berubah menjadi tanggal di Excel: isi ulang RT dan RW."))
            return
        p.rt, p.rw = self._rt_rw(value)

    def _f_rt(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.rt = "" if isinstance(value, date | datetime) else self._pad(value)

    def _f_rw(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.rw = "" if isinstance(value, date | datetime) else self._pad(value)

    def _f_dusun(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.dusun = self._upper_text(value)

    def _f_phone(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.phone = normalize_phone(value)[0]

    def _f_occupation(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.occupation, p.occupation_other = self._occupation(value)

    def _f_income(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        money = self._money(value)
        if money is not None and money > 0:
            p.income = money
        elif money is None and _text(value) not in ("", "-"):
            notes.append(Msg("Penghasilan '{value}' tidak dapat dibaca; dibiarkan kosong.", value=_text(value)))

    def _f_funding_source(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        text = self._plain_text(value)
        if text:
            p.funding_source = self._funding(text)
            if not p.funding_source:
                notes.append(Msg("Sumber dana '{value}' tidak dikenal.", value=text))

    def _f_data_source(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        text = self._plain_text(value)
        if text:
            p.data_source = self._data_source(text) or "lainnya"
            if not self._data_source(text):
                notes.append(Msg("Sumber data '{value}' dicatat sebagai 'lainnya'.", value=text))

    def _f_desil(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.desil = _desil(value)
        if p.desil is None and _text(value):
            notes.append(Msg("Desil '{value}' bukan angka 1-10.", value=_text(value)))

    def _f_notes(self, p: Person, value: Any, numeric: bool, notes: list[str]) -> None:
        p.notes = self._plain_text(value)


_UNREADABLE_DATE = ("Tanggal lahir '{value}' tidak dapat dibaca: {reason}.",
                    "Tanggal lahir pada '{value}' tidak dapat dibaca.")


def _occupation(value: Any, *, numbers: bool = True) -> tuple[str, str]:
    """A SIAK/OpenSID pekerjaan code or label first, then the free-text rules."""
    coded = occupation_from_code(value, numbers=numbers)
    return coded if coded is not None else normalize_occupation(value)


def _same_day(a: date, b: date) -> bool:
    return a.day == b.day and a.month == b.month and a.year % 100 == b.year % 100


# a dd/mm/yyyy or mm/dd/yyyy date, alone or at the end of 'TEMPAT, TGL LAHIR'
_SLASHED = re.compile(r"(?:^|[\s,;:/'])([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{4}|[0-9]{2})\s*$")


def _other_reading(raw: Any, born: date | None) -> date | None:
    """The date with day and month the other way round, or None when there is no other reading."""
    try:
        if isinstance(raw, datetime):
            raw = raw.date()
        if isinstance(raw, date):
            return date(raw.year, raw.day, raw.month) if raw.day <= 12 and raw.day != raw.month else None
        if not isinstance(raw, str):
            return None
        m = _SLASHED.search(raw)
        if not m:
            return None
        first, second, ys = int(m.group(1)), int(m.group(2)), m.group(3)
        if first == second or first > 12:
            return None
        if len(ys) == 4:
            year = int(ys)
        elif born is not None:
            year = born.year
        else:
            return None  # a two-digit year that was not readable either way: leave it to the note
        return date(year, first, second)
    except ValueError:
        return None


def _has_date_part(value: Any) -> bool:
    return bool(re.search(r"\d", _text(value)))


def iter_persons(
    sheet_rows: Sequence[Sequence[Any]],
    layout: Any,
    *,
    desa_code: str,
    progress: Progress | None = None,
) -> Iterator[tuple[int, Person, list[str]]]:
    """``(row_number, person, notes)`` for each data row of ``layout`` (a ``layout.Layout``)."""
    rows = layout.data_rows
    total = len(rows)
    convert = RowConverter(layout.mapping, desa_code=desa_code,
                           occupation_codes=getattr(layout, "source", "") != "dtks")
    for n, rownum in enumerate(rows):
        if progress is not None and n % 1000 == 0:
            progress.check(n, total)
        cells = sheet_rows[rownum - 1] if 0 < rownum <= len(sheet_rows) else []
        person, notes = convert(cells)
        yield rownum, person, notes
    if progress is not None:
        progress.check(total, total)
