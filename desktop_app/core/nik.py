"""NIK (Nomor Induk Kependudukan): cleaning, structural checks and decoding.

A NIK is 16 digits ``PP KK CC DDMMYY SSSS``: the province, kabupaten/kota and kecamatan where it was
first issued, the birth date (day + 40 for women) and a serial from 0001. There is no check digit, so a
structurally valid NIK is not proof of registration ("padan" only comes from Dukcapil).

Century rule for the two-digit year: the birth date is the most recent date with that day, month and
two-digit year that is not after ``today`` (so the age is 0-99 years); only when that date does not exist
(29 February in a non-leap century year such as 2100) is the date 100 years earlier used. A date part
that is no real date in both candidate centuries is ``nik.birthdate``.

Numbers never pass through float here: an int/float/Decimal value, a string in scientific notation
("3,50305E+15") or a float rendered as text ("3503010101800001.0") is ``nik.excel_number``, an error:
Excel keeps 15 significant digits, so the last digit cannot be trusted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop_app.core import regions
from desktop_app.core.issues import Issue, Severity, make_issue

__all__ = [
    "NikInfo",
    "clean_nik",
    "format_nik_date",
    "is_excel_number_text",
    "near_niks",
    "nik_dates_and_sex",
    "parse_nik",
]

# Whitespace of every kind (NBSP, thin spaces, zero-width, BOM), dots, dashes of every kind, and
# quotes that spreadsheets use to force text.
_STRIP = re.compile(
    r"[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff"
    r".\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u00ad_]+"
)
_LEADING_QUOTES = re.compile(r"^['\u2018\u2019`\u00b4\"]+")
_TRAILING_QUOTES = re.compile(r"['\u2018\u2019`\u00b4\"]+$")
# 3,50305E+15  3.50305e15  3503E15  -- what Excel shows for a long number in a General cell.
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+$")
# 3503010101800001.0 -- a number cell read through float and written back as text.
_FLOAT_TEXT = re.compile(r"^(\d{13,17})[.,]0$")
_DIGITS16 = re.compile(r"[0-9]{16}")


@dataclass(frozen=True, slots=True)
class NikInfo:
    input: str
    nik: str  # cleaned text (16 digits when the format is right)
    valid: bool  # no error issues
    region_code: str = ""  # 'PP.KK.CC' when the NIK has 16 digits
    province: str = ""
    kabupaten: str = ""
    kecamatan: str = ""
    birth_date: date | None = None
    sex: str = ""  # 'L' / 'P' / ''
    serial: str = ""
    issues: list[Issue] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.issues]

    @property
    def region(self) -> str:
        """'Kec. Panggul, Kab. Trenggalek, Prov. Jawa Timur', or what is known of it."""
        if not self.region_code:
            return ""
        described = regions.describe(self.region_code)
        if described:
            return described
        return ", ".join(p for p in (self.kabupaten, self.province and "Prov. " + self.province) if p)

    def to_dict(self) -> dict[str, Any]:
        """The shape of ``sipera nik --json``."""
        return {
            "input": self.input,
            "nik": self.nik,
            "valid": self.valid,
            "region_code": self.region_code,
            "region": self.region,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "issues": [i.to_dict() for i in self.issues],
        }


def _as_text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int):
        try:
            return str(raw)
        except ValueError:  # more digits than int->str allows: certainly no NIK
            return ""
    if isinstance(raw, float):
        if not math.isfinite(raw) or abs(raw) >= 1e100:
            return ""
        # Exact integer value of the float (already damaged above 2**53); never via repr/exponent.
        return str(int(raw)) if raw == int(raw) else format(raw, "f")
    if isinstance(raw, Decimal):
        if not raw.is_finite() or abs(raw.adjusted()) > 100:
            return ""
        try:
            return format(raw, "f")
        except (ValueError, ArithmeticError):
            return ""
    try:
        return str(raw)
    except Exception:  # noqa: BLE001 - hostile objects must not crash validation
        return ""


def _is_number(raw: object) -> bool:
    return isinstance(raw, int | float | Decimal) and not isinstance(raw, bool)


def is_excel_number_text(text: str) -> bool:
    """True for '3,50305E+15', '3.50305e15' or '3503010101800001.0'."""
    t = _LEADING_QUOTES.sub("", unicodedata.normalize("NFKC", text).strip()).strip()
    return bool(_SCIENTIFIC.match(t) or _FLOAT_TEXT.match(t))


def clean_nik(raw: object) -> str:
    """Remove spaces (NBSP, zero-width...), dots, dashes and surrounding quotes; keep anything else.

    Fullwidth digits are folded to ASCII (NFKC). A value in scientific notation is returned trimmed but
    otherwise as typed, so it stays recognisable. Never raises.
    """
    text = _as_text(raw)
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    text = _LEADING_QUOTES.sub("", text)
    text = _TRAILING_QUOTES.sub("", text).strip()
    if _SCIENTIFIC.match(text):
        return text
    float_text = _FLOAT_TEXT.match(text)
    if float_text:
        return float_text.group(1)
    return _STRIP.sub("", text)


# --------------------------------------------------------------------------- date part


@lru_cache(maxsize=65536)
def _decode_date(part: str, today: date) -> tuple[date | None, str]:
    """(birth date, sex) from 'DDMMYY'; (None, '') when it is no real date. See the module docstring."""
    day, month, yy = int(part[0:2]), int(part[2:4]), int(part[4:6])
    if 41 <= day <= 71:
        sex, day = "P", day - 40
    elif 1 <= day <= 31:
        sex = "L"
    else:
        return None, ""
    if not 1 <= month <= 12:
        return None, ""
    year = today.year - ((today.year - yy) % 100)  # the latest year ending in yy, not after this year
    if year == today.year and (month, day) > (today.month, today.day):
        year -= 100  # that day is still to come this year: born a century earlier
    for candidate in (year, year - 100):  # 29 February of a non-leap century year: one century back
        try:
            return date(candidate, month, day), sex
        except ValueError:
            continue
    return None, ""


def format_nik_date(d: date) -> str:
    return d.strftime("%d-%m-%Y")


# --------------------------------------------------------------------------- parse


@lru_cache(maxsize=65536)
def _prefix(nik6: str) -> tuple[str, str, str, str, str | None]:
    """(region_code, province, kabupaten, kecamatan, issue code or None) for 'PPKKCC'; memoised."""
    pp, kk, cc = nik6[0:2], nik6[2:4], nik6[4:6]
    region_code = f"{pp}.{kk}.{cc}"
    if not regions.province_exists(pp):
        return region_code, "", "", "", "nik.province"
    province, kabupaten, kecamatan, known = regions.nik_prefix_names(nik6)
    if kk == "00" or cc == "00":
        return region_code, province, kabupaten, kecamatan, "nik.region_zero"
    return region_code, province, kabupaten, kecamatan, None if known else "nik.region_unknown"


def parse_nik(raw: object, *, from_number: bool = False, today: date | None = None) -> NikInfo:
    """Clean, check and decode a NIK. Never raises.

    ``from_number``: the value came from a numeric spreadsheet cell (``nik.excel_number``); an
    int/float/Decimal value, scientific notation or a float written as text count the same.
    An excel_number NIK with 16 digits is still decoded (its first 15 digits are right) but is never
    valid, and its serial is not checked (a 0 at the end may be Excel's doing).
    """
    if type(raw) is str and len(raw) == 16 and raw.isdigit() and raw.isascii():
        text = nik = raw  # the common case: already clean
        excel = bool(from_number)
        issues: list[Issue] = [make_issue("nik.excel_number")] if excel else []
    else:
        text = _as_text(raw)
        excel = bool(from_number) or _is_number(raw) or (isinstance(raw, str) and is_excel_number_text(raw))
        nik = clean_nik(raw)
        if not nik:
            return NikInfo(
                text, nik, False, issues=[make_issue("nik.excel_number" if excel else "nik.missing")]
            )
        if _SCIENTIFIC.match(nik):
            return NikInfo(text, nik, False, issues=[make_issue("nik.excel_number")])
        issues = [make_issue("nik.excel_number")] if excel else []
        if not _DIGITS16.fullmatch(nik):
            length = sum(1 for ch in nik if "0" <= ch <= "9")
            issues.append(make_issue("nik.format", length=length))
            return NikInfo(text, nik, False, issues=issues)

    region_code, province, kabupaten, kecamatan, region_issue = _prefix(nik[:6])
    if region_issue is not None:
        if region_issue == "nik.province":
            issues.append(make_issue(region_issue, code=nik[:2]))
        elif region_issue == "nik.region_unknown":
            issues.append(make_issue(region_issue, code=region_code))
        else:
            issues.append(make_issue(region_issue))

    part = nik[6:12]
    birth, sex = _decode_date(part, today or date.today())
    if birth is None:
        issues.append(make_issue("nik.birthdate", part=part))

    serial = nik[12:16]
    if serial == "0000" and not excel:
        issues.append(make_issue("nik.serial"))

    valid = not issues or not any(i.severity is Severity.ERROR for i in issues)
    return NikInfo(text, nik, valid, region_code, province, kabupaten, kecamatan, birth, sex, serial, issues)


def nik_dates_and_sex(nik: object, *, today: date | None = None) -> tuple[date | None, str]:
    """Birth date and sex encoded in a NIK, for live decoding while the operator types.

    Works as soon as the 12 digits up to the date part are there; (None, '') otherwise.
    """
    text = clean_nik(nik) if not _is_number(nik) else ""
    if not (12 <= len(text) <= 16) or not (text.isascii() and text.isdigit()):
        return None, ""
    return _decode_date(text[6:12], today or date.today())


def near_niks(a: object, b: object) -> bool:
    """True when two 16-digit NIKs differ by one digit or by one swap of adjacent digits.

    Equal NIKs are not "near" (that is a duplicate, not a suspected typo).
    """
    x, y = clean_nik(a), clean_nik(b)
    if len(x) != 16 or len(y) != 16 or x == y:
        return False
    if not (x.isascii() and x.isdigit() and y.isascii() and y.isdigit()):
        return False
    diff = [i for i in range(16) if x[i] != y[i]]
    if len(diff) == 1:
        return True
    if len(diff) == 2:
        i, j = diff
        return j == i + 1 and x[i] == y[j] and x[j] == y[i]
    return False
