"""Normalisers for what village spreadsheets and operators actually type.

Every function here accepts anything (None, numbers, bytes, arbitrary text) and never raises:
garbage comes back as an empty value (or None) for validation to report. Nothing here guesses
silently where a wrong guess would change a person's data: spelling variants of names are kept
(only :func:`name_key` folds them, for comparison), and day/month are never swapped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .person import OCCUPATION_LABELS, Occupation
from .text import Msg

__all__ = [
    "display_name",
    "name_key",
    "name_tokens",
    "normalize_money",
    "normalize_name",
    "normalize_occupation",
    "normalize_phone",
    "normalize_rt_rw",
    "normalize_sex",
    "normalize_text",
    "pad_rt",
    "parse_date",
    "parse_date_verbose",
    "split_place_date",
]

# Shortcuts for the common clean values ('SITI AMINAH', '12-05-1980', '0812...'): each gives
# exactly what the full path gives (tests switch them off to compare).
_FAST_PATHS = True

# --------------------------------------------------------------------------- text

_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
_MAX_INT_TEXT = 10**40  # ints larger than this are garbage here (and str() of huge ints may raise)


def _to_text(value: Any) -> str:
    """Any cell value as text, never raising."""
    try:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, bytes | bytearray | memoryview):
            return bytes(value).decode("utf-8", errors="replace")
        if isinstance(value, bool):
            return ""
        if isinstance(value, int):
            return str(value) if abs(value) < _MAX_INT_TEXT else ""
        if isinstance(value, float):
            if not math.isfinite(value):
                return ""
            if value.is_integer() and abs(value) < 1e16:
                return str(int(value))
            return repr(value)
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return str(value)
    except Exception:  # noqa: BLE001 - a hostile __str__ must not crash an import
        return ""


def normalize_text(value: Any) -> str:
    """Trim, drop invisible characters, collapse any whitespace (NBSP, tabs, newlines) to one space.

    Also applies Unicode NFKC, so full-width digits and letters become plain ASCII.
    """
    if _FAST_PATHS and type(value) is str and value.isascii() and value.isprintable():
        # the common case: NFKC leaves printable ASCII as it is and nothing in it is invisible
        return " ".join(value.split())
    text = _to_text(value)
    if not text:
        return ""
    try:
        text = unicodedata.normalize("NFKC", text)
    except Exception:  # noqa: BLE001
        pass
    text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


_NON_DIGITS = re.compile(r"[^0-9]+")  # ASCII digits only, like "0" <= ch <= "9"


def _digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


# --------------------------------------------------------------------------- names

# Prefix titles (as typed, upper-case, without the dot) -> display form.
_PREFIX_TITLES: dict[str, str] = {
    "H": "H.",
    "HAJI": "H.",
    "HJ": "Hj.",
    "HJH": "Hj.",
    "HAJJAH": "Hj.",
    "HAJAH": "Hj.",
    "DRS": "Drs.",
    "DRA": "Dra.",
    "DR": "Dr.",
    "IR": "Ir.",
    "PROF": "Prof.",
    "KH": "KH.",
    "K.H": "KH.",
}
_PREFIX_WORDS = frozenset({"HAJJAH", "HAJAH", "HAJI", "HJH", "HJ", "H", "DRS", "DRA", "DR", "IR", "PROF", "KH"})
_PLAIN_NAME = re.compile(r"[A-Z]+(?: [A-Z]+)*")
_PREFIX_RE = re.compile(
    r"^(HAJJAH|HAJAH|HAJI|HJH|HJ|H|DRS|DRA|DR|IR|PROF|K\.\s?H|KH)(?:\.\s*|\s+)"
)

# Academic suffix titles in their customary display form; matched without dots and spaces.
_SUFFIX_DISPLAY = [
    "S.Pd.", "S.Pd.I.", "S.Pd.SD.", "S.Ag.", "S.E.", "S.H.", "S.H.I.", "S.Kom.", "S.Sos.", "S.T.",
    "S.P.", "S.Pt.", "S.Si.", "S.IP.", "S.Kep.", "S.KM.", "S.Keb.", "S.Farm.", "S.Ked.", "S.Psi.",
    "S.Ak.", "S.TP.", "S.Hut.", "S.Pi.", "S.Th.", "S.Sy.", "S.Ikom.", "S.Hum.", "S.S.", "S.Tr.",
    "A.Md.", "A.Md.Kep.", "A.Md.Keb.", "A.Md.Kes.", "A.Ma.", "A.Ma.Pd.", "A.Md.Pd.",
    "M.Pd.", "M.Pd.I.", "M.Ag.", "M.Si.", "M.M.", "M.H.", "M.T.", "M.Kes.", "M.Kom.", "M.Sc.",
    "M.A.", "M.E.", "M.Hum.", "Lc.", "Ph.D.", "Amd.",
]
_SUFFIX_TITLES: dict[str, str] = {t.upper().replace(".", ""): t for t in _SUFFIX_DISPLAY}
_SUFFIX_TITLES["AMD"] = "A.Md."
# A title-looking token after a comma: letters with dots, e.g. S.SOS or S.PD.I
_DOTTED_TITLE = re.compile(r"^[A-Z]{1,4}(?:\.\s?[A-Z]{1,5}){1,3}\.?$")
_EDGE_PUNCT = "\"'`,;:.-_/\\*()[]{}!?|~^#&+=<>%$@"
_MULTI_DOTS = re.compile(r"\.{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,])")
_COMMA_SPACING = re.compile(r"\s*,\s*")


def _suffix_display(token: str) -> str | None:
    key = token.replace(".", "").replace(" ", "")
    if key in _SUFFIX_TITLES:
        return _SUFFIX_TITLES[key]
    if _DOTTED_TITLE.match(token):
        parts = [p.strip() for p in token.split(".") if p.strip()]
        return ".".join(p[:1] + p[1:].lower() for p in parts) + "."
    return None


def _strip_edges(text: str) -> str:
    """Strip stray punctuation at both ends; a trailing dot stays after a short abbreviation
    (``M.``, ``MOH.``, ``ST.``)."""
    edge = " " + _EDGE_PUNCT.replace(".", "")
    previous = None
    while previous != text:
        previous = text
        text = text.strip(edge).lstrip(".")
        if text.endswith("."):
            last = text[:-1].rsplit(" ", 1)[-1]
            if not (1 <= len(last) <= 3 and last.isalpha()):
                text = text[:-1]
    return text


def normalize_name(value: Any) -> tuple[str, str]:
    """Return ``(name, title)``: the name upper-cased and cleaned, titles kept apart.

    ``"  Hj. Siti  Aminah, S.Pd. "`` -> ``("SITI AMINAH", "Hj. S.Pd.")``. Prefix titles (H., Hj.,
    Haji, Hajjah, Drs., Dr., Ir., Prof., KH.) are taken from the front, academic titles after a
    comma (S.Pd., S.Ag., SE, SH, A.Md. ...) and well-known dotted ones at the end. The title is
    returned in its customary display form, prefix titles first, separated by spaces; use
    :func:`display_name` to put them back around the name. Spelling is never changed.
    """
    text = normalize_text(value).upper()
    if not text:
        return "", ""
    if _FAST_PATHS and _PLAIN_NAME.fullmatch(text) and text.partition(" ")[0] not in _PREFIX_WORDS:
        return text, ""  # letters and single spaces, no title: nothing below would change it
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _MULTI_DOTS.sub(".", text)
    text = _strip_edges(text)
    prefixes: list[str] = []
    suffixes: list[str] = []

    # suffix titles after commas
    if "," in text:
        parts = [p.strip() for p in _COMMA_SPACING.split(text)]
        head, tail = parts[0], parts[1:]
        kept: list[str] = []
        for part in tail:
            part = _strip_edges(part)
            if not part:
                continue
            shown = _suffix_display(part)
            if shown is not None:
                suffixes.append(shown)
            else:
                kept.append(part)
        text = " ".join([head, *kept]).strip()
    # prefix titles
    while True:
        m = _PREFIX_RE.match(text)
        if not m:
            break
        rest = _strip_edges(text[m.end():])
        if not rest or not any(ch.isalpha() for ch in rest):
            break
        key = m.group(1).replace(" ", "")
        prefixes.append(_PREFIX_TITLES.get(key, _PREFIX_TITLES.get(key.replace(".", ""), key + ".")))
        text = rest
    # dotted suffix titles without a comma ("SITI AMINAH S.PD")
    while True:
        head, _, last = text.rpartition(" ")
        if not head or "." not in last:
            break
        key = last.replace(".", "")
        if key in _SUFFIX_TITLES and len(key) >= 2:
            suffixes.insert(0, _SUFFIX_TITLES[key])
            text = head.rstrip(" ,")
        else:
            break
    name = _strip_edges(" ".join(text.split()))
    if not name:
        # only titles: keep what was typed as the name rather than inventing nothing
        return _strip_edges(normalize_text(value).upper()), ""
    title = " ".join(dict.fromkeys(prefixes + suffixes))
    return name, title


_PREFIX_DISPLAY = frozenset(_PREFIX_TITLES.values())


def display_name(name: str, title: str) -> str:
    """``("SITI AMINAH", "Hj. S.Pd.")`` -> ``"Hj. SITI AMINAH, S.Pd."``."""
    tokens = title.split()
    pre = [t for t in tokens if t in _PREFIX_DISPLAY]
    post = [t for t in tokens if t not in _PREFIX_DISPLAY]
    out = " ".join([*pre, name]).strip()
    if post:
        out += ", " + ", ".join(post)
    return out


# Whole-token spelling variants, folded for comparison only.
_TOKEN_FOLD: dict[str, str] = {}
for _canon, _variants in {
    "MUHAMMAD": (
        "MUHAMMAD MUHAMAD MUHAMMED MUHAMED MUHAMAT MUHAMMAT MOHAMMAD MOHAMAD MOHAMMED MOHAMED "
        "MOHAMAT MOCHAMMAD MOCHAMAD MOCHAMMED MOCHAMED MOCHAMAT MOKHAMAD MOKHAMMAD MUCHAMMAD "
        "MUCHAMAD MUKHAMMAD MUKHAMAD MOCH MOC MOKH MOH MUH MUHD MHD MHMD MOHD MUCH MD M"
    ),
    "SITI": "SITI SITTI ST SETI",
    "AHMAD": "AHMAD ACHMAD AKHMAD AHMAT ACHMAT AKHMAT AHMED ACHMED AHMADI_NOT",
    "ABDUL": "ABDUL ABD ABDOEL ABDOL",
    "NUR": "NUR NOOR NOER NURUL_NOT",
}.items():
    for _v in _variants.split():
        if not _v.endswith("_NOT"):
            _TOKEN_FOLD[_v] = _canon

# Old (pre-1972) spelling and common phonetic doubles, applied in this order.
_LETTER_FOLD: tuple[tuple[str, str], ...] = (
    ("TJ", "C"),
    ("DJ", "J"),
    ("SJ", "SY"),
    ("OE", "U"),
    ("CH", "H"),
    ("KH", "H"),
    ("PH", "F"),
    ("DH", "D"),
    ("TH", "T"),
    ("DZ", "Z"),
    ("Q", "K"),
)
_NON_LETTER = re.compile(r"[^A-Z]+")
_DOUBLE = re.compile(r"([A-Z])\1+")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of a name (titles removed), used by :func:`name_key` and duplicates."""
    clean, _ = normalize_name(name)
    out: list[str] = []
    for token in _NON_LETTER.split(clean):
        if not token:
            continue
        token = _TOKEN_FOLD.get(token, token)
        for old, new in _LETTER_FOLD:
            if old in token:
                token = token.replace(old, new)
        token = _DOUBLE.sub(r"\1", token)
        if len(token) > 3 and token.endswith("H"):
            token = token[:-1]  # FATIMAH/FATIMA, ABDULLAH/ABDULLA
        out.append(token)
    return tuple(out)


def name_key(name: Any) -> str:
    """A comparison key: titles dropped, spelling variants folded, spaces removed.

    ``MUHAMMAD ROFIQ``, ``MOCH. ROFIQ``, ``M. ROFIK`` and ``MOHAMAD ROFIQ`` give the same key;
    so do ``SITI``/``ST.``, ``ACHMAD``/``AHMAD``, ``DJOKO``/``JOKO`` and ``SOEKARNO``/``SUKARNO``.
    Never store or show the key: it is for comparison only.
    """
    text = normalize_text(name)
    if not text:
        return ""
    return "".join(name_tokens(text))


# --------------------------------------------------------------------------- phones

# Indonesian mobile numbers: 08 + operator prefix 1, 2, 3, 5, 7, 8 or 9 (no 084x/086x) + 7-10 digits;
# validation.is_mobile_phone uses this same rule, so "is mobile" means one thing everywhere.
MOBILE_PHONE = re.compile(r"08[1235789][0-9]{7,10}")
_MOBILE = MOBILE_PHONE
_NO_PHONE = frozenset({"-", "--", "---", "0", "00", "TIDAK ADA", "TDK ADA", "BELUM ADA", "KOSONG", "NIHIL", "TIDAK PUNYA", "TAK ADA", "N/A", "NA"})
_SCI = re.compile(r"^[0-9](?:[.,][0-9]+)?E\+?[0-9]{1,2}$")
_PLAIN_PHONE = re.compile(r"0[1-9][0-9]{0,18}")


def normalize_phone(value: Any) -> tuple[str, bool]:
    """Return ``(number, is_mobile)`` with the number written ``08xxxxxxxxxx``.

    Accepts ``0812-3456-7890``, ``+62 812 3456 7890``, ``62812...``, ``812...`` (Excel dropped
    the 0), numbers such as ``81234567890.0`` and a leading apostrophe. A mobile number is 08
    followed by 8-11 digits with prefix 081-089. Landlines (``021...``, ``0341...``) come back
    cleaned with ``False``. Empty input (also ``-``, ``0``, ``tidak ada``) means "no phone" and
    returns ``("", False)``: validation ignores an empty phone. Where several numbers are given
    (``0812... / 0813...``) the first is used.
    """
    if _FAST_PATHS and type(value) is str and _PLAIN_PHONE.fullmatch(value):
        return value, bool(_MOBILE.fullmatch(value))  # already 0xxxxxxxx: the steps below keep it
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    text = normalize_text(value)
    if not text or text.upper() in _NO_PHONE:
        return "", False
    text = text.lstrip("'`")
    if _SCI.match(text.upper()):
        try:
            text = str(int(float(text.replace(",", "."))))
        except (ValueError, OverflowError):
            pass
    # several numbers in one cell: take the first that has digits
    first = text
    for part in re.split(r"[/;,]|\bATAU\b|\bDAN\b|\|", text, flags=re.IGNORECASE):
        if _digits(part):
            first = part
            break
    plus = first.strip().startswith("+")
    digits = _digits(first)
    if not digits:
        return normalize_text(text)[:40], False
    if plus and digits.startswith("62"):
        number = "0" + digits[2:].lstrip("0")
    elif digits.startswith("62") and len(digits) >= 10 and not digits.startswith("620"):
        number = "0" + digits[2:]
    elif digits.startswith("620") and len(digits) >= 11:
        number = "0" + digits[3:]
    elif digits.startswith("0"):
        number = "0" + digits.lstrip("0")
    elif digits.startswith("8") and 9 <= len(digits) <= 12:
        number = "0" + digits
    else:
        number = digits
    number = number[:20]
    return number, bool(_MOBILE.fullmatch(number))


# --------------------------------------------------------------------------- dates

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "JANUARI JANUARY JAN",
        "FEBRUARI PEBRUARI FEBRUARY FEB PEB",
        "MARET MARCH MAR MRT",
        "APRIL APR",
        "MEI MAY",
        "JUNI JUNE JUN",
        "JULI JULY JUL",
        "AGUSTUS AUGUST AGT AGU AGS AGUS AUG AGST",
        "SEPTEMBER SEP SEPT SEPTEMPER",
        "OKTOBER OCTOBER OKT OCT",
        "NOVEMBER NOPEMBER NOV NOP",
        "DESEMBER DECEMBER DES DEC",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _num

_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MAX = (date(2100, 12, 31) - _EXCEL_EPOCH).days
_WEEKDAY = re.compile(r"^(SENIN|SELASA|RABU|KAMIS|JUMAT|JUM'AT|SABTU|MINGGU|AHAD|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s+")
_TIME = re.compile(r"(?:[T\s]+[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2}(?:\.[0-9]+)?)?(?:\s*(?:AM|PM|WIB|WITA|WIT))?)$")
_ISO = re.compile(r"^([0-9]{4})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})$")
_DMY = re.compile(r"^([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{4}|[0-9]{2})$")
_D_MON_Y = re.compile(r"^([0-9]{1,2})\s*[-/.\s]\s*([A-Z]+)\.?\s*[-/.,\s]\s*([0-9]{4}|[0-9]{2})$")
_MON_D_Y = re.compile(r"^([A-Z]+)\.?\s+([0-9]{1,2}),?\s+([0-9]{4})$")
_PLAIN_DMY = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _excel_serial(serial: float) -> tuple[date | None, str]:
    if not math.isfinite(serial):
        return None, Msg("bukan tanggal")
    whole = math.floor(serial)
    if whole == 60:
        return None, Msg("29-02-1900 tidak ada (bug tanggal Excel)")
    if whole < 1 or whole > _EXCEL_MAX:
        return None, Msg("angka {number} bukan tanggal Excel yang masuk akal", number=whole)
    if whole < 60:
        return _EXCEL_EPOCH + timedelta(days=whole + 1), ""
    return _EXCEL_EPOCH + timedelta(days=whole), ""


def _make_date(year: int, month: int, day: int) -> tuple[date | None, str]:
    if not 1 <= month <= 12:
        return None, Msg("bulan {month} tidak ada (urutan yang dipakai: tanggal-bulan-tahun)", month=month)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None, Msg("tahun {year} di luar jangkauan {first}-{last}", year=year, first=_MIN_YEAR, last=_MAX_YEAR)
    try:
        return date(year, month, day), ""
    except ValueError:
        return None, Msg("tanggal {date} tidak ada", date=f"{day:02d}-{month:02d}-{year}")


def _two_digit_year(yy: int, month: int, day: int, today: date) -> tuple[date | None, str]:
    """Choose the century that puts the date not in the future and the age at most 100."""
    first_reason = ""
    for century in (2000, 1900):
        got, reason = _make_date(century + yy, month, day)
        if got is None:
            first_reason = first_reason or reason
            continue
        if got > today:
            continue
        if _years_between(got, today) > 100:
            continue
        return got, ""
    return None, first_reason or Msg("tahun dua angka '{year}' tidak jelas abadnya", year=f"{yy:02d}")


def _years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _from_digits(digits: str, today: date) -> tuple[date | None, str]:
    n = len(digits)
    if n <= 5:
        return _excel_serial(int(digits))
    if n == 6:  # ddmmyy
        return _two_digit_year(int(digits[4:]), int(digits[2:4]), int(digits[:2]), today)
    if n == 8:
        day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if 1 <= month <= 12 and _MIN_YEAR <= year <= _MAX_YEAR:
            return _make_date(year, month, day)
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if _MIN_YEAR <= year <= _MAX_YEAR:
            return _make_date(year, month, day)
        return None, Msg("angka {number} bukan tanggal", number=digits)
    return None, Msg("angka {number} bukan tanggal", number=digits)


def parse_date_verbose(value: Any, *, today: date | None = None) -> tuple[date | None, str]:
    """Like :func:`parse_date`, with the reason (Indonesian) when nothing could be read.

    The reason is ``""`` when a date was read and ``"kosong"`` for empty input (a plain code that
    callers test for and never show); any other reason is a ``core.text.Msg`` for the operator.
    """
    if _FAST_PATHS and type(value) is str:
        m = _PLAIN_DMY.fullmatch(value)
        if m:  # '12-05-1980': what the _DMY branch below does with it (no two-digit year: no today)
            return _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    today = today or date.today()
    try:
        if value is None:
            return None, "kosong"
        if isinstance(value, datetime):
            return value.date(), ""
        if isinstance(value, date):
            return value, ""
        if isinstance(value, bool):
            return None, Msg("bukan tanggal")
        if isinstance(value, int):
            if abs(value) >= 10**9:
                return None, Msg("angka terlalu besar untuk tanggal")
            if value <= 0:
                return None, Msg("angka {number} bukan tanggal", number=value)
            return _from_digits(str(value), today)
        if isinstance(value, float):
            if not math.isfinite(value):
                return None, Msg("bukan tanggal")
            if value.is_integer() and value >= 100_000:
                return _from_digits(str(int(value)), today) if value < 1e9 else (None, Msg("bukan tanggal"))
            return _excel_serial(value)
        text = normalize_text(value).upper()
        if not text:
            return None, "kosong"
        text = text.strip(" ,;'`\"")
        text = _WEEKDAY.sub("", text)
        text = _TIME.sub("", text).strip()
        if re.fullmatch(r"[0-9]+(?:\.0+)?", text):
            return _from_digits(text.split(".")[0], today)
        m = _ISO.match(text)
        if m:
            return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DMY.match(text)
        if m:
            day, month, ys = int(m.group(1)), int(m.group(2)), m.group(3)
            if len(ys) == 2:
                if not 1 <= month <= 12:
                    return _make_date(2000, month, day)
                return _two_digit_year(int(ys), month, day, today)
            return _make_date(int(ys), month, day)
        m = _D_MON_Y.match(text)
        if m:
            month = _MONTHS.get(m.group(2))
            if month is None:
                return None, Msg("nama bulan '{month}' tidak dikenal", month=m.group(2))
            day, ys = int(m.group(1)), m.group(3)
            if len(ys) == 2:
                return _two_digit_year(int(ys), month, day, today)
            return _make_date(int(ys), month, day)
        m = _MON_D_Y.match(text)
        if m and m.group(1) in _MONTHS:
            return _make_date(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))
        return None, Msg("format tanggal tidak dikenal")
    except Exception:  # noqa: BLE001 - never crash on a cell
        return None, Msg("bukan tanggal")


def parse_date(value: Any, *, today: date | None = None) -> date | None:
    """A date from an Excel cell or typed text, or None.

    Reads ``date``/``datetime`` objects, Excel serial numbers (1900 system, including its
    phantom 29-02-1900, plausible 1900-2100), ``12-05-1980``, ``12/05/1980``, ``12.05.1980``,
    ``12/05/80`` (century chosen so the date is not in the future and the age at most 100),
    ``1980-05-12``, ``12 Mei 1980``, ``12-Mei-1980``, Indonesian and English month names and
    short forms (Agt, Agu, Okt, Nop, Des...). Day-month order is always Indonesian: ``05/13/1980``
    is None, never silently swapped.
    """
    return parse_date_verbose(value, today=today)[0]


_TRAILING_DATES = (
    re.compile(r"([0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*(?:[0-9]{4}|[0-9]{2}))$"),
    re.compile(r"([0-9]{4}\s*-\s*[0-9]{1,2}\s*-\s*[0-9]{1,2})$"),
    re.compile(r"([0-9]{1,2}\s*[-/.\s]\s*[A-Z]+\.?\s*[-/.,\s]\s*(?:[0-9]{4}|[0-9]{2}))$"),
    re.compile(r"((?:[0-9]{8}|[0-9]{6}))$"),
)


def split_place_date(value: Any, *, today: date | None = None) -> tuple[str, date | None]:
    """Split a "TEMPAT, TGL LAHIR" cell: ``"TRENGGALEK, 12-05-1980"`` -> ``("TRENGGALEK", date)``.

    Also ``"Trenggalek / 12 Mei 1980"`` and ``"TRENGGALEK 12-05-1980"``. The place is returned
    upper-cased like on the KTP. A cell holding only a date gives ``("", date)``; a cell without a
    readable date gives ``(place, None)``.
    """
    if isinstance(value, date | datetime | int | float) and not isinstance(value, bool):
        return "", parse_date(value, today=today)
    text = normalize_text(value).upper()
    if not text:
        return "", None
    text = _TIME.sub("", text).strip()
    fallback: str | None = None
    for pattern in _TRAILING_DATES:
        m = pattern.search(text)
        if not m:
            continue
        place = _strip_edges(text[: m.start()].rstrip(" ,;:/-|").strip())
        got = parse_date(m.group(1), today=today)
        if got is not None:
            return place, got
        if fallback is None and place and pattern is not _TRAILING_DATES[-1]:
            fallback = place  # a date-shaped tail that is no real date (31-02-1980)
    got = parse_date(text, today=today)
    if got is not None:
        return "", got
    if fallback is not None:
        return fallback, None
    return _strip_edges(text.rstrip(" ,;:/-|")), None


# --------------------------------------------------------------------------- RT / RW

_RT_LABEL = re.compile(r"\bRT\b\.?\s*:?\s*([0-9]+)")
_RW_LABEL = re.compile(r"\bRW\b\.?\s*:?\s*([0-9]+)")
_NUMBERS = re.compile(r"[0-9]+")


def pad_rt(value: Any) -> str:
    """``"1"`` -> ``"001"``, ``"RT 02"`` -> ``"002"``, ``1.0`` -> ``"001"``; empty when no number."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, date | datetime):
        return ""
    text = normalize_text(value)
    found = _NUMBERS.findall(text)
    if not found:
        return ""
    number = found[0].lstrip("0") or "0"
    if len(number) > 4:
        return ""
    return number.zfill(3)


def normalize_rt_rw(value: Any) -> tuple[str, str]:
    """``"001/002"``, ``"RT 1 RW 2"``, ``"RT.01/RW.02"``, ``"01 / 02"``, ``"1/2"`` -> ``("001", "002")``.

    A single number is taken as the RT. A date (Excel turned "1/2" into a date) gives
    ``("", "")``: the day/month order of that conversion depends on the PC's locale, so it is not
    guessed.
    """
    if isinstance(value, date | datetime):
        return "", ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    text = normalize_text(value).upper()
    if not text:
        return "", ""
    rt_m, rw_m = _RT_LABEL.search(text), _RW_LABEL.search(text)
    if rt_m or rw_m:
        return (pad_rt(rt_m.group(1)) if rt_m else "", pad_rt(rw_m.group(1)) if rw_m else "")
    numbers = _NUMBERS.findall(text)
    if not numbers:
        return "", ""
    rt = pad_rt(numbers[0])
    rw = pad_rt(numbers[1]) if len(numbers) > 1 else ""
    return rt, rw


# --------------------------------------------------------------------------- sex

_SEX: dict[str, str] = {}
for _code, _words in {
    "L": "L LK LAKI LAKI-LAKI LAKILAKI LAKI2 LAKI-LAKI LAKI - LAKI PRIA LELAKI COWOK MALE 1",
    "P": "P PR PRP PEREMPUAN WANITA W WN CEWEK FEMALE 2",
}.items():
    for _w in _words.split():
        _SEX[_w] = _code


def normalize_sex(value: Any) -> str:
    """``"L"``/``"P"`` from L, LK, LAKI-LAKI, PRIA, P, PR, PEREMPUAN, WANITA, W...; else ``""``.

    The codes 1 (laki-laki) and 2 (perempuan) of DTKS/BPS exports are accepted too.
    """
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    text = normalize_text(value).upper().strip(" .")
    if not text:
        return ""
    if text in _SEX:
        return _SEX[text]
    compact = re.sub(r"[^A-Z0-9]", "", text)
    if compact in _SEX:
        return _SEX[compact]
    if compact.startswith("LAKI"):
        return "L"
    if compact.startswith("PEREMPUAN"):
        return "P"
    return ""


# --------------------------------------------------------------------------- occupation

_OCC_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern))
    for code, pattern in (
        (Occupation.NELAYAN.value, r"\bNELAYAN|\bPENANGKAP IKAN|\bPEMBUDIDAYA IKAN|\bTAMBAK"),
        (Occupation.OJEK.value, r"\bOJEK|\bOJOL\b|\bGOJEK|\bGRAB\b|\bMAXIM\b|\bPENGEMUDI OJEK"),
        (
            Occupation.PEKERJA_KEAGAMAAN.value,
            r"\bMARBOT|\bMODIN\b|\bGURU NGAJI|\bGURU MENGAJI|\bTAKMIR|\bMUADZ?DZ?IN|\bMUAZIN|\bIMAM\b|"
            r"\bUSTADZ?|\bPENGURUS MASJID|\bPENJAGA MASJID|\bPENJAGA MUSHOLL?A|\bKOSTER\b|\bPEMANGKU\b|"
            r"\bKEAGAMAAN|\bBILAL\b|\bAMIL\b|\bKAUM\b|\bTPQ\b|\bTPA\b",
        ),
        (Occupation.KADER.value, r"\bKADER\b|\bPOSYANDU|\bPKK\b|\bDASAWISMA"),
        (Occupation.RT_RW.value, r"\bRT\b|\bRW\b|\bRT/RW\b|\bKETUA RT|\bKETUA RW"),
        (Occupation.PETERNAK.value, r"\bPETERNAK|\bBETERNAK|\bTERNAK"),
        (Occupation.PENGRAJIN.value, r"\bPENGRAJIN|\bPERAJIN|\bKERAJINAN|\bPENGANYAM|\bPEMAHAT|\bPENGRAJIN"),
        (Occupation.PEDAGANG.value, r"\bPEDAGANG|\bBERDAGANG|\bDAGANG|\bPENJUAL|\bJUALAN|\bWARUNG|\bBAKUL\b|\bPKL\b"),
        (
            Occupation.BURUH_HARIAN_LEPAS.value,
            r"\bBURUH HARIAN|\bBHL\b|\bBURUH\b|\bKULI\b|\bSERABUTAN|\bPEKERJA HARIAN|\bTUKANG PANGGUL",
        ),
        (Occupation.PETANI.value, r"\bPETANI|\bPEKEBUN|\bBERTANI|\bBERKEBUN|\bTANI\b|\bPENGGARAP"),
    )
)
_TOBACCO = re.compile(r"TEMBAKAU|\bMBAKO\b|\bCENGKEH ROKOK")
_CODES = {o.value for o in Occupation}
_LABEL_TO_CODE = {label.upper(): code for code, label in OCCUPATION_LABELS.items()}


def normalize_occupation(value: Any) -> tuple[str, str]:
    """Map free text to ``(person.Occupation code, other_text)``.

    ``"PEKEBUN"`` -> ``("petani", "")``, ``"Petani Tembakau"`` -> ``("petani_tembakau", "")``,
    ``"Tukang Ojek"`` -> ``("ojek", "")``, ``"MODIN"`` -> ``("pekerja_keagamaan", "")``;
    anything else -> ``("lainnya", "Tukang Batu")`` (the text title-cased). Empty -> ``("", "")``.
    Where several words match, the one written first wins ("BURUH TANI" is buruh harian lepas).
    """
    text = normalize_text(value)
    if not text:
        return "", ""
    lower = text.lower().strip(" .")
    if lower in _CODES:
        return lower, ""
    upper = text.upper().strip(" .")
    if upper in _LABEL_TO_CODE:
        code = _LABEL_TO_CODE[upper]
        return code, ""
    if upper in ("LAINNYA", "LAIN-LAIN", "LAIN LAIN"):
        return Occupation.LAINNYA.value, ""
    if _TOBACCO.search(upper):
        if re.search(r"\bBURUH|\bBHL\b|\bPEKERJA|\bKULI\b", upper):
            return Occupation.BURUH_TANI_TEMBAKAU.value, ""
        return Occupation.PETANI_TEMBAKAU.value, ""
    best: tuple[int, int, str] | None = None
    for order, (code, pattern) in enumerate(_OCC_RULES):
        m = pattern.search(upper)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, code)
    if best is not None:
        return best[2], ""
    return Occupation.LAINNYA.value, _title_case(text)


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


# --------------------------------------------------------------------------- money

_MONEY_MULT = (
    (re.compile(r"(MILIAR|MILYAR|M)$"), 1_000_000_000),
    (re.compile(r"(JUTA|JT)$"), 1_000_000),
    (re.compile(r"(RIBU|RB|K)$"), 1_000),
)


def normalize_money(value: Any) -> int | None:
    """Rupiah as an int: ``"Rp1.000.000"``, ``"Rp 1.500.000,00"``, ``"1,000,000"``, ``1000000.0``,
    ``"1,5 juta"``. None when nothing readable is there."""
    try:
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value if abs(value) < 10**18 else None
        if isinstance(value, float):
            if not math.isfinite(value) or abs(value) >= 1e18:
                return None
            return int(round(value))
        text = normalize_text(value).upper()
        if not text:
            return None
        text = re.sub(r"^(RP|IDR)\.?\s*", "", text)
        text = re.sub(r"(,-|\.-|-)$", "", text).replace(" ", "")
        negative = text.startswith("-")
        text = text.lstrip("-+")
        multiplier = 1
        for pattern, mult in _MONEY_MULT:
            m = pattern.search(text)
            if m and m.start() > 0:
                multiplier = mult
                text = text[: m.start()]
                break
        if not text or not re.fullmatch(r"[0-9.,]+", text) or not _digits(text):
            return None
        number = _parse_decimal(text, multiplier > 1)
        if number is None:
            return None
        result = int(round(number * multiplier))
        if abs(result) >= 10**18:
            return None
        return -result if negative else result
    except Exception:  # noqa: BLE001
        return None


def _parse_decimal(text: str, allow_fraction: bool) -> float | None:
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        dec = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if dec == "." else "."
        whole, _, frac = text.rpartition(dec)
        whole = whole.replace(thousands, "")
        if thousands in frac or dec in whole:
            return None
        return float(f"{whole or '0'}.{frac or '0'}")
    sep = "." if dots else "," if commas else ""
    if not sep:
        return float(text)
    parts = text.split(sep)
    if len(parts) > 2 or (len(parts[-1]) == 3 and not allow_fraction):
        # thousands separators
        if not all(len(p) == 3 for p in parts[1:]):
            return None
        return float("".join(parts))
    whole, frac = parts
    return float(f"{whole or '0'}.{frac or '0'}")
