"""Probable duplicates: the same person entered twice, under a spelling variant or a mistyped NIK.

Pure functions over :class:`~desktop_app.core.person.Person`. One engine serves the record form at
entry (:class:`DuplicateIndex`), the bulk import (:func:`probable_same_date`) and the full scan of a
village or a district (:func:`find_candidates`).

**Blocking.** Matching never runs all pairs. Candidates share a block: a birth date (entered, or
read from the NIK when none was entered; day and month swapped fall in the same block), a NIK
equal except inside one small window of digits (one wrong digit or two adjacent digits swapped,
wherever they are), a KK number, a phone number, or, for records without any birth date, a name.

**Weighing.** A candidate pair is then judged on its evidence instead of one threshold:

- names must be alike (folded spelling variants, titles dropped, token order, one name contained
  in the other as with BIN/BINTI or a dropped second name), the first names must not clearly
  differ (twins: same KK, same birth date, consecutive NIK serials, different first names) and
  the sexes must not differ; otherwise the pair is no duplicate;
- then points add up: the same NIK, a NIK one typo away, the same birth date, the same KK, the
  same phone, the same RT/RW raise the pair; a birth date many people share (01-01, 01-07 and
  31-12, given to people without a birth certificate, or any date crowded in this data) and a
  very common name count for less; a different KK is weak evidence, different valid NIKs and
  different birth dates lower the pair (years apart: a father and a son of one name).

A pair is probable when its points reach :data:`THRESHOLD` (score 0.5 or more); an identical,
undamaged NIK is always proposed. Reasons are stable codes (:data:`REASONS`) with plain Indonesian
labels (:func:`reason_text`); the window translates them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .normalize import name_tokens, normalize_text
from .person import Person
from .progress import NULL_PROGRESS, Progress

__all__ = [
    "NAME_THRESHOLD",
    "REASONS",
    "REASON_DATE_NAME",
    "REASON_NEAR_NIK",
    "REASON_SAME_NIK",
    "THRESHOLD",
    "DuplicateCandidate",
    "DuplicateIndex",
    "Judgement",
    "compare_fields",
    "fingerprint",
    "find_candidates",
    "is_probable_duplicate",
    "judge",
    "name_similarity",
    "nik_neighbours",
    "person_entry",
    "probable_entries",
    "probable_same_date",
    "reason_text",
    "similarity",
]

NAME_THRESHOLD = 85.0  # rapidfuzz ratio (0-100) above which names count as clearly similar
NAME_FLOOR = 75.0  # below this (and not contained) names are different: never a duplicate
THRESHOLD = 7.0  # points at which a pair is a probable duplicate (score 0.5)

# ---------------------------------------------------------------------------- reasons

# Stable codes: part of the CLI JSON and of stored decisions. Add codes, never rename.
REASONS: dict[str, str] = {
    "nik.same": "NIK sama",
    "nik.excel": "NIK sama, tetapi salah satunya dari angka Excel (angka terakhir tidak pasti)",
    "nik.one_digit": "NIK beda satu angka",
    "nik.swapped": "dua angka NIK yang berdampingan tertukar",
    "nik.different": "NIK berbeda",
    "name.same": "nama sama",
    "name.similar": "nama mirip",
    "name.order": "urutan nama berbeda",
    "name.contained": "nama yang satu termasuk dalam nama yang lain (BIN/BINTI, nama kedua hilang)",
    "name.common": "nama sangat umum (bukti lemah)",
    "name.different": "nama berbeda",
    "name.first_differs": "nama depan berbeda (mungkin kembar atau saudara)",
    "sex.different": "jenis kelamin berbeda",
    "birth.same": "tanggal lahir sama",
    "birth.swapped": "tanggal dan bulan lahir tertukar",
    "birth.typo": "tanggal lahir beda satu angka",
    "birth.common": "tanggal lahir yang dipakai banyak orang (bukti lemah)",
    "birth.missing": "tanggal lahir salah satunya kosong",
    "birth.nik_same": "tanggal lahir di kedua NIK sama",
    "birth.different": "tanggal lahir berbeda",
    "birth.years_apart": "tanggal lahir terpaut bertahun-tahun (mungkin ayah dan anak)",
    "kk.same": "nomor KK sama",
    "kk.different": "nomor KK berbeda (bukti lemah: orang bisa pindah KK)",
    "phone.same": "nomor HP sama",
    "phone.different": "nomor HP berbeda",
    "twins": "mungkin kembar: KK dan tanggal lahir sama, nomor urut NIK berurutan, nama depan berbeda",
    "rt.same": "RT/RW sama",
}

# kept for callers of the first version of this module
REASON_SAME_NIK = "nik.same"
REASON_DATE_NAME = "birth.same"
REASON_NEAR_NIK = "nik.one_digit"

# points (log-odds like, hand set and checked with `make eval-duplicates`)
W_NIK_SAME = 8.0
W_NIK_EXCEL = 3.0
W_NIK_NEAR = 4.0
W_NIK_NEAR_DATE = 1.5  # the typo sits in the NIK's date part and the entered dates differ the same way
# NIKs of one birth date differ only in the serial (0001, 0002, ...) and often only in one digit of
# the kecamatan code: a near NIK there is what strangers born on the same day have
W_NIK_NEAR_COMMON = 1.0
W_NIK_NEAR_REGION = 3.0
W_NIK_DIFFERENT = -1.5  # both valid, unrelated, and their birth-date parts differ
W_NAME_SAME = 4.5
W_NAME_92 = 3.5
W_NAME_85 = 2.5
W_NAME_CONTAINED = 3.0
W_NAME_75 = 0.5
W_BIRTH_SAME = 3.5
W_BIRTH_COMMON = 1.5
W_BIRTH_SWAPPED = 2.0
W_BIRTH_TYPO = -1.0
W_BIRTH_DIFFERENT = -4.0
W_BIRTH_YEARS = -7.0
W_KK_SAME = 2.5
W_KK_DIFFERENT = -0.5
W_PHONE_SAME = 2.5
W_PHONE_DIFFERENT = -0.5
W_RT_SAME = 0.8

COMMON_DAYS = frozenset({(1, 1), (1, 7), (31, 12)})  # (day, month) given to people without a birth certificate
COMMON_DATE_COUNT = 6  # a birth date shared by this many records counts as common
# first names too common to say anything when they are all that one name holds ("SITI" in "SITI AMINAH")
_GIVEN_ONLY = frozenset(
    "MUHAMAD SITI AHMAD ABDUL NUR SRI DWI TRI EKO AGUS DEWI BUDI JOKO ANDI ADI HADI".split()
)
_LINKS = frozenset({"BIN", "BINTI", "BT", "BN", "ALM", "ALMH"})


def reason_text(code: str) -> str:
    """The plain Indonesian label of a reason code (the code itself when unknown)."""
    return REASONS.get(code, code)


@dataclass(slots=True)
class DuplicateCandidate:
    a_id: str
    b_id: str
    score: float  # 0..1; 0.5 is the threshold of a probable duplicate
    reasons: list[str] = field(default_factory=list)


class Judgement(NamedTuple):
    probable: bool
    score: float  # 0..1
    points: float
    reasons: list[str]


class _Entry(NamedTuple):  # a tuple: built per person in bulk checks, so cheap to make
    id: str
    nik: str  # 16 ASCII digits, or "" when missing/damaged
    excel: bool  # NIK arrived as a spreadsheet number
    key: str  # name key: folded tokens joined
    sorted_key: str  # tokens sorted: "AMINAH SITI" == "SITI AMINAH"
    birth_date: date | None
    sex: str
    kk: str  # 16-digit KK number or ""
    phone: str  # as stored (normalised) or ""
    tokens: tuple[str, ...] = ()
    place: str = ""  # desa|rw|rt when all three are known
    desa: str = ""
    nik_dmy: tuple[int, int, int] | None = None  # (day, month, yy) read from the NIK


# ---------------------------------------------------------------------------- entries


def _clean_nik(raw: str) -> str:
    text = raw if isinstance(raw, str) else ""
    if len(text) != 16 or not (text.isascii() and text.isdigit()):
        text = "".join(ch for ch in normalize_text(text) if ch not in " .-'`")
        if len(text) != 16 or not (text.isascii() and text.isdigit()):
            return ""
    return text


@lru_cache(maxsize=65536)  # a village list repeats its names (SITI AMINAH, MUHAMMAD ...)
def _name_parts(full_name: str) -> tuple[str, str, tuple[str, ...]]:
    """(name key, key of the sorted tokens, tokens) of a name; BIN/BINTI links left out."""
    tokens = tuple(t for t in name_tokens(full_name) if t not in _LINKS)
    return "".join(tokens), "".join(sorted(tokens)), tokens


@lru_cache(maxsize=8192)
def _nik_dmy(part: str) -> tuple[int, int, int] | None:
    day, month, yy = int(part[:2]), int(part[2:4]), int(part[4:6])
    if day > 40:
        day -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, yy


def _entry(p: Person) -> _Entry:
    return entry_from_values(p.id, p.nik, p.nik_from_number, p.kk_number, p.full_name, p.birth_date, p.sex,
                             p.phone, p.rt, p.rw, p.desa_code)


def entry_from_values(id: str, nik: str, nik_from_number: bool, kk_number: str, full_name: str,  # noqa: A002
                      birth_date: date | None, sex: str, phone: str, rt: str, rw: str, desa_code: str) -> _Entry:
    """The comparison form of stored column values (the scan loads columns, not whole records)."""
    if isinstance(full_name, str) and full_name:
        key, sorted_key, tokens = _name_parts(full_name)
    else:
        key, sorted_key, tokens = "", "", ()
    nik = _clean_nik(nik)
    rt, rw = (rt or "").strip(), (rw or "").strip()
    desa = desa_code or ""
    return _Entry(
        id,
        nik,
        bool(nik_from_number),
        key,
        sorted_key,
        birth_date,
        sex if sex in ("L", "P") else "",
        _clean_nik(kk_number) if kk_number else "",
        phone.strip() if isinstance(phone, str) else "",
        tokens,
        f"{desa}|{rw}|{rt}" if rt and rw else "",
        desa,
        _nik_dmy(nik[6:12]) if nik else None,
    )


def person_entry(p: Person) -> _Entry:
    """The comparison form of a person, for callers that compare one person many times
    (keep it while the person is unchanged; see :func:`probable_entries`)."""
    return _entry(p)


# ---------------------------------------------------------------------------- comparing


def _near_kind(x: str, y: str) -> tuple[str, int]:
    """("one_digit", position) or ("swapped", position) for two different 16-digit NIKs one typo
    apart, else ("", -1)."""
    if not x or not y or x == y:
        return "", -1
    first = -1
    count = 0
    for i in range(16):
        if x[i] != y[i]:
            count += 1
            if count == 1:
                first = i
            elif count > 2:
                return "", -1
    if count == 1:
        return "one_digit", first
    i = first
    if i + 1 < 16 and x[i] == y[i + 1] and x[i + 1] == y[i] and x[i + 2 :] == y[i + 2 :]:
        return "swapped", i
    return "", -1


def _near(x: str, y: str) -> bool:
    """One digit different, or one swap of adjacent digits (both 16 digits, not equal)."""
    return bool(_near_kind(x, y)[0])


def _same_given(fa: str, fb: str) -> bool:
    """Two first names that may be one: equal, an initial of the other (M. / MUHAMMAD), or one
    typed letter apart (two in long names); RINA and ANI, DWI and TRI are different names."""
    if fa == fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    d = Levenshtein.distance(fa, fb, score_cutoff=2)
    shortest = min(len(fa), len(fb))
    return d <= 1 and (fa[0] == fb[0] or shortest >= 5) or d <= 2 and shortest >= 7


def _twins(a: _Entry, b: _Entry) -> bool:
    """Twins: the same KK and birth date, NIKs of one region and date with consecutive serials,
    and first names that are not the same word (RINA and RINI, YUDI and YUDA)."""
    if not (a.kk and a.kk == b.kk and a.nik and b.nik and a.nik[:12] == b.nik[:12]):
        return False
    if a.birth_date != b.birth_date and a.birth_date is not None and b.birth_date is not None:
        return False
    if abs(int(a.nik[12:]) - int(b.nik[12:])) != 1:
        return False
    fa, fb = (a.tokens or ("",))[0], (b.tokens or ("",))[0]
    if not fa or not fb or fa == fb or len(fa) == 1 or len(fb) == 1:
        return False
    # a slip in a long name (SUPRIYADI / SUPRIADI) is one person; short rhyming names are twins
    return not (min(len(fa), len(fb)) >= 6 and Levenshtein.distance(fa, fb, score_cutoff=1) <= 1)


def _first_differs(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Both names have a first name and a rest; the rests agree and the first names clearly differ
    (twins, brothers: DWI SANTOSO and TRI SANTOSO). An initial (M., A.) never differs."""
    if len(ta) < 2 or len(tb) < 2 or _same_given(ta[0], tb[0]):
        return False
    rest_a, rest_b = "".join(ta[1:]), "".join(tb[1:])
    return rest_a == rest_b or fuzz.ratio(rest_a, rest_b) >= NAME_THRESHOLD


def _contained(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Every token of the shorter name is in the longer one (SUPARMAN / SUPARMAN BIN SAIMAN,
    AMINAH / SITI AMINAH), and the shorter name is more than one very common given name."""
    if not ta or not tb or len(ta) == len(tb) or ta[-1] not in tb and tb[-1] not in ta:
        return False
    small, big = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(small) == 1 and (small[0] in _GIVEN_ONLY or len(small[0]) < 4):
        return False
    return set(small) <= set(big)


def _name_score(a: _Entry, b: _Entry) -> float:
    if not a.key or not b.key:
        return 0.0
    if a.key == b.key:
        return 100.0
    ta, tb = a.tokens, b.tokens
    if len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0]:
        # one first name (MUHAMMAD, SITI): only the rest tells MUHAMMAD MUJIB from MUHAMMAD MALIK
        ra, rb = "".join(ta[1:]), "".join(tb[1:])
        score = fuzz.ratio(ra, rb)
        if len(ta) > 2 or len(tb) > 2:
            score = max(score, fuzz.ratio("".join(sorted(ta[1:])), "".join(sorted(tb[1:]))))
        return score
    score = fuzz.ratio(a.key, b.key)
    if a.sorted_key != a.key or b.sorted_key != b.key:
        score = max(score, fuzz.ratio(a.sorted_key, b.sorted_key))
    return score


class _Stats:
    """How often names and birth dates occur in the data being compared (a common name or a
    crowded birth date is weaker evidence)."""

    __slots__ = ("names", "dates", "total")

    def __init__(self) -> None:
        self.names: Counter[str] = Counter()
        self.dates: Counter[date] = Counter()
        self.total = 0

    def add(self, e: _Entry, n: int = 1) -> None:
        self.total += n
        if e.sorted_key:
            self.names[e.sorted_key] += n
        if e.birth_date is not None:
            self.dates[e.birth_date] += n

    def name_factor(self, a: _Entry, b: _Entry) -> float:
        """1.0 for a name almost nobody else has, down to 0.35 for a name one record in a hundred
        carries: how surprising it is that a stranger has this name (log of total / count)."""
        f = max(self.names.get(a.sorted_key, 1), self.names.get(b.sorted_key, 1), 1)
        if f <= 2:
            return 1.0
        total = max(self.total, 1000)
        return max(0.35, min(1.0, math.log(total / f) / 8.0))

    def common_date(self, d: date) -> bool:
        """01-01, 01-07, 31-12, or a date far more crowded than birthdays spread over some fifty
        years would make it (four times the expected count, at least COMMON_DATE_COUNT)."""
        if (d.day, d.month) in COMMON_DAYS:
            return True
        return self.dates.get(d, 0) >= max(COMMON_DATE_COUNT, 4 * self.total / 17_500)


class _NoStats(_Stats):
    """Two records on their own: single-token names count as somewhat common."""

    def name_factor(self, a: _Entry, b: _Entry) -> float:
        return 0.8 if len(a.tokens) <= 1 and len(b.tokens) <= 1 else 1.0


_NO_STATS = _NoStats()


def _dmy(d: date) -> tuple[int, int, int]:
    return d.day, d.month, d.year % 100


def _one_char_apart(x: str, y: str) -> bool:
    return len(x) == len(y) and sum(1 for i in range(len(x)) if x[i] != y[i]) == 1


def _date_typo(a: date, b: date) -> bool:
    """One typed digit apart (dd-mm-yyyy written out)."""
    return _one_char_apart(f"{a.day:02d}{a.month:02d}{a.year:04d}", f"{b.day:02d}{b.month:02d}{b.year:04d}")


def _judge(a: _Entry, b: _Entry, stats: _Stats = _NO_STATS) -> Judgement:
    """Weigh the evidence of two different records."""
    reasons: list[str] = []
    points = 0.0
    # ---- NIK
    same_nik = bool(a.nik) and a.nik == b.nik
    strict_same = same_nik and not (a.excel or b.excel)
    if not same_nik and (a.excel or b.excel) and a.nik and b.nik and a.nik[:15] == b.nik[:15]:
        same_nik = True  # Excel turned the 16th digit into 0: the NIKs agree as far as they can be read
    near, near_at = ("", -1) if same_nik else _near_kind(a.nik, b.nik)
    if strict_same:
        points += W_NIK_SAME
        reasons.append("nik.same")
    elif same_nik:
        points += W_NIK_EXCEL
        reasons.append("nik.excel")
    elif near:
        dated = a.birth_date is not None and b.birth_date is not None
        in_date = 6 <= near_at <= 11 or near == "swapped" and near_at == 5
        if in_date:
            points += W_NIK_NEAR_DATE if dated and a.birth_date != b.birth_date else W_NIK_NEAR
        elif near_at <= 3:
            points += W_NIK_NEAR_REGION  # province/kabupaten digit: few strangers come from there
        elif near_at <= 5 or dated and _neighbour_serials(a, b, stats):
            points += W_NIK_NEAR_COMMON  # kecamatan digit, or serials people of one birth date get
        else:
            points += W_NIK_NEAR
        reasons.append("nik.one_digit" if near == "one_digit" else "nik.swapped")
    elif a.nik and b.nik and not (a.excel or b.excel):
        if a.nik[6:12] != b.nik[6:12]:
            points += W_NIK_DIFFERENT  # a second NIK would carry the same birth date and sex
        reasons.append("nik.different")
    # ---- name (a gate: different names are different people)
    names = _name_score(a, b)
    contained = names < NAME_THRESHOLD and _contained(a.tokens, b.tokens)
    vetoed = True
    if a.sex and b.sex and a.sex != b.sex:
        reasons.append("sex.different")
    elif names < NAME_FLOOR and not contained:
        reasons.append("name.different")
    elif a.key != b.key and _first_differs(a.tokens, b.tokens):
        reasons.append("name.first_differs")
    elif a.key != b.key and _twins(a, b):
        reasons.append("twins")
    else:
        vetoed = False
    if not vetoed:
        factor = stats.name_factor(a, b)
        if a.key == b.key:
            w, code = W_NAME_SAME, "name.same"
        elif a.sorted_key == b.sorted_key:
            w, code = W_NAME_SAME, "name.order"
        elif contained:
            w, code = W_NAME_CONTAINED, "name.contained"
        elif names >= 92:
            w, code = W_NAME_92, "name.similar"
        elif names >= NAME_THRESHOLD:
            w, code = W_NAME_85, "name.similar"
        else:
            w, code = W_NAME_75, "name.similar"
        points += w * factor
        reasons.append(code)
        if factor <= 0.5:
            reasons.append("name.common")
    # ---- birth date
    da, db = a.birth_date, b.birth_date
    if da is not None and db is not None:
        if da == db:
            if stats.common_date(da):
                points += W_BIRTH_COMMON
                reasons += ["birth.same", "birth.common"]
            else:
                points += W_BIRTH_SAME
                reasons.append("birth.same")
        elif da.year == db.year and da.day == db.month and da.month == db.day:
            points += W_BIRTH_SWAPPED
            reasons.append("birth.swapped")
        elif abs(da.year - db.year) >= 12:
            points += W_BIRTH_YEARS
            reasons.append("birth.years_apart")
        elif _date_typo(da, db):
            # a NIK typo in its date part copied into the birth date (the form fills it from the
            # NIK) is one slip, already counted; any other one-digit difference counts against
            if not (near and a.nik_dmy is not None and b.nik_dmy is not None
                    and a.nik_dmy == _dmy(da) and b.nik_dmy == _dmy(db)):
                points += W_BIRTH_TYPO
            reasons.append("birth.typo")
        else:
            points += W_BIRTH_DIFFERENT
            reasons.append("birth.different")
    elif a.nik and b.nik and not (a.excel or b.excel) and a.nik[6:12] == b.nik[6:12] and (same_nik or near):
        # no birth date to compare, but both NIKs carry the same one (a typo elsewhere in the NIK)
        d = da or db
        if d is not None and stats.common_date(d) or d is None and a.nik_dmy is not None \
                and (a.nik_dmy[0], a.nik_dmy[1]) in COMMON_DAYS:
            points += W_BIRTH_COMMON
            reasons += ["birth.missing", "birth.nik_same", "birth.common"]
        else:
            points += W_BIRTH_SAME
            reasons += ["birth.missing", "birth.nik_same"]
    elif da is not None or db is not None:
        # a missing date: the other NIK's own date part still speaks when the NIKs are unrelated
        known, other = (da, b) if da is not None else (db, a)
        year_typo = near and (10 <= near_at <= 11 or near == "swapped" and near_at == 9)
        if (not (same_nik or near) or year_typo) and other.nik_dmy is not None and not other.excel:
            dmy = _dmy(known)
            theirs = other.nik_dmy
            if theirs != dmy and theirs != (dmy[1], dmy[0], dmy[2]):
                if _years_gap(theirs[2], dmy[2]):
                    # years apart by the NIK: a father and a son of one name more likely than a
                    # slip in the NIK's year with the birth date left out
                    points += W_BIRTH_YEARS
                    if year_typo:  # and the near NIK is no sign of a slip then
                        points -= W_NIK_NEAR - W_NIK_NEAR_DATE
                    reasons.append("birth.years_apart")
                elif not year_typo:
                    points += W_BIRTH_DIFFERENT
                    reasons.append("birth.different")
                else:
                    reasons.append("birth.missing")
            else:
                reasons.append("birth.missing")
        else:
            reasons.append("birth.missing")
    # ---- household, contact, address
    if a.kk and b.kk:
        if a.kk == b.kk:
            points += W_KK_SAME
            reasons.append("kk.same")
        else:
            points += W_KK_DIFFERENT
            reasons.append("kk.different")
    if a.phone and b.phone:
        if a.phone == b.phone:
            points += W_PHONE_SAME
            reasons.append("phone.same")
        else:
            points += W_PHONE_DIFFERENT
            reasons.append("phone.different")
    if a.place and a.place == b.place:
        points += W_RT_SAME
        reasons.append("rt.same")
    if vetoed and not strict_same:
        points = min(points, THRESHOLD - 2.0)  # different people, however much else agrees
    probable = strict_same or (not vetoed and points >= THRESHOLD)
    score = 1.0 / (1.0 + math.exp(-(points - THRESHOLD) / 2.0))
    if strict_same:
        score = max(score, 0.5)
    return Judgement(probable, round(score, 4), round(points, 2), reasons)


def _neighbour_serials(a: _Entry, b: _Entry, stats: _Stats) -> bool:
    """Serials strangers born on one day in one kecamatan get: close together (further apart on a
    crowded date such as 01-01-1960)."""
    gap = abs(int(a.nik[12:]) - int(b.nik[12:]))
    return gap < 30 or gap < 100 and a.birth_date is not None and stats.common_date(a.birth_date)


def _years_gap(y1: int, y2: int) -> bool:
    """Two-digit years at least 12 years apart (either century)."""
    d = abs(y1 - y2)
    return min(d, 100 - d) >= 12


def judge(a: Person, b: Person) -> Judgement:
    """The weighed verdict on two records (records compared on their own, without the frequencies
    of a whole list)."""
    if a.id == b.id:
        return Judgement(False, 0.0, 0.0, [])
    return _judge(_entry(a), _entry(b))


def name_similarity(a: str, b: str) -> float:
    """0-100: how alike two names are after titles are dropped and spelling variants folded."""
    ka, sa, ta = _name_parts(normalize_text(a))
    kb, sb, tb = _name_parts(normalize_text(b))
    ea = _Entry("a", "", False, ka, sa, None, "", "", "", ta)
    eb = _Entry("b", "", False, kb, sb, None, "", "", "", tb)
    return float(_name_score(ea, eb))


def similarity(a: Person, b: Person) -> float:
    """0..1, the score of :func:`judge` (0.5 = the threshold of a probable duplicate)."""
    return judge(a, b).score


def is_probable_duplicate(a: Person, b: Person) -> tuple[bool, list[str]]:
    """(True, reason codes) when ``a`` and ``b`` are probably the same person. A record is never a
    duplicate of itself (same id)."""
    if a.id == b.id:
        return False, []
    j = _judge(_entry(a), _entry(b))
    return (True, j.reasons) if j.probable else (False, [])


def probable_entries(a: _Entry, b: _Entry) -> bool:
    """``is_probable_duplicate(a, b)[0]`` for two prepared entries of different records."""
    return _judge(a, b).probable


def probable_same_date(a: _Entry, group: list[_Entry]) -> list[int]:
    """Positions in ``group`` of the probable duplicates of ``a``, where every entry of ``group``
    shares ``a``'s birth date (not None): :func:`probable_entries` for each, with names compared
    first (cheap) so that only the few alike ones are weighed. The caller leaves out ``a``."""
    out: list[int] = []
    nik, excel, sex, key, sorted_key = a.nik, a.excel, a.sex, a.key, a.sorted_key
    ratio = fuzz.ratio
    cutoff = NAME_FLOOR
    for i, b in enumerate(group):
        if nik and nik == b.nik and not (excel or b.excel):
            out.append(i)
            continue
        if sex and b.sex and sex != b.sex or not key or not b.key:
            continue
        if key == b.key or ratio(key, b.key, score_cutoff=cutoff) or \
                (sorted_key != key or b.sorted_key != b.key) and ratio(sorted_key, b.sorted_key, score_cutoff=cutoff) \
                or _contained(a.tokens, b.tokens):
            if _judge(a, b).probable:
                out.append(i)
    return out


# ---------------------------------------------------------------------------- field comparison

COMPARED_FIELDS: tuple[str, ...] = (
    "nik", "kk_number", "full_name", "birth_date", "sex", "phone", "rt", "rw", "dusun", "desa_code",
)


def compare_fields(a: Person, b: Person) -> dict[str, str]:
    """Per field of :data:`COMPARED_FIELDS`: "same", "similar", "different" or "missing" (one or
    both empty), for the review screen."""
    out: dict[str, str] = {}
    ea, eb = _entry(a), _entry(b)
    for name in COMPARED_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va in ("", None) or vb in ("", None):
            out[name] = "missing"
        elif va == vb:
            out[name] = "same"
        elif name == "full_name":
            out[name] = "similar" if (_name_score(ea, eb) >= NAME_FLOOR or _contained(ea.tokens, eb.tokens)) \
                else "different"
        elif name == "nik":
            out[name] = "similar" if (ea.nik and ea.nik == eb.nik or _near(ea.nik, eb.nik)) else "different"
        elif name == "birth_date":
            swapped = va.year == vb.year and va.day == vb.month and va.month == vb.day
            out[name] = "similar" if swapped or _date_typo(va, vb) else "different"
        else:
            out[name] = "different"
    return out


def fingerprint(p: Person) -> str:
    """The compared fields of a record in one string: a decision "not the same person" holds while
    neither record's fingerprint changes (edits elsewhere do not bring the pair back)."""
    parts = [
        _clean_nik(p.nik) or (p.nik or ""),
        "x" if p.nik_from_number else "",
        _clean_nik(p.kk_number) if p.kk_number else "",
        _name_parts(p.full_name)[0] if p.full_name else "",
        p.birth_date.isoformat() if p.birth_date else "",
        p.sex or "",
        (p.phone or "").strip(),
        (p.rt or "").strip(),
        (p.rw or "").strip(),
    ]
    return "|".join(parts)


# ---------------------------------------------------------------------------- blocking

# Windows of NIK positions: a NIK one wrong digit or one adjacent swap away from another agrees
# with it everywhere outside at least one of these windows (region, date, year and serial; the
# windows overlap so that a swap across a seam stays inside one). The index of the entry form uses
# the finer _NIK_WINDOWS; the scan, whose blocks also share a name word, the three wide ones.
_NIK_WINDOWS: tuple[tuple[int, int], ...] = (
    (0, 6), (5, 7), (6, 8), (7, 9), (8, 10), (9, 11), (10, 12), (11, 13), (12, 16),
)
# The scan puts every record in the birth-date block of its NIK's date part too, so a typo in the
# region or the serial (date part intact) meets there; only typos touching the date digits need a
# window: positions 5-8 and 8-12 (a swap across the date/serial seam included).
_SCAN_WINDOWS: tuple[tuple[int, int], ...] = ((5, 9), (8, 13))

_OTHER_DIGITS = {d: tuple(x for x in "0123456789" if x != d) for d in "0123456789"}


def nik_neighbours(nik: str) -> Iterator[str]:
    """Every NIK one digit away (16 x 9) and every adjacent swap of different digits."""
    for i in range(16):
        head, tail = nik[:i], nik[i + 1 :]
        for d in _OTHER_DIGITS[nik[i]]:
            yield head + d + tail
    for i in range(15):
        if nik[i] != nik[i + 1]:
            yield nik[:i] + nik[i + 1] + nik[i] + nik[i + 2 :]


_neighbours = nik_neighbours


def _nik_date_key(e: _Entry) -> tuple[int, int, int] | None:
    """The birth-date block of the date part of the NIK (None without a usable NIK)."""
    if e.nik_dmy is None:
        return None
    day, month, yy = e.nik_dmy
    return (yy, day, month) if day <= month else (yy, month, day)


def _date_key(e: _Entry) -> tuple[int, int, int] | None:
    """Birth-date block: (year % 100, smaller of day/month, larger) so that a day/month swap
    shares the block; the NIK's date when no birth date was entered."""
    if e.birth_date is not None:
        d = e.birth_date
        day, month, yy = d.day, d.month, d.year % 100
    elif e.nik_dmy is not None and not e.excel:
        day, month, yy = e.nik_dmy
    else:
        return None
    return (yy, day, month) if day <= month else (yy, month, day)


class DuplicateIndex:
    """Persons indexed for fast "who else looks like this one?" questions (the entry form).

    ``matches(person)`` compares one record with the indexed ones that share a block with it
    (birth date, NIK or a NIK one typo away, KK number, phone, and the name for records without a
    birth date); the record itself (same id) is skipped, so an edited record can be checked
    against an index that still holds its old version. Deleted persons are not indexed. Name and
    birth-date frequencies of the indexed records weigh the evidence as in the full scan.
    """

    def __init__(self, persons: Iterable[Person] = ()) -> None:
        self._entries: dict[str, _Entry] = {}
        self._blocks: dict[tuple[str, object], set[str]] = defaultdict(set)
        self._stats = _Stats()
        for p in persons:
            self.add(p)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._entries

    @staticmethod
    def _keys(e: _Entry) -> Iterator[tuple[str, object]]:
        dk = _date_key(e)
        if dk is not None:
            yield ("d", dk)
            nk = _nik_date_key(e)
            if nk is not None and nk != dk:
                yield ("d", nk)
        else:
            if e.sorted_key:
                yield ("s", e.sorted_key)
        if e.nik:
            for lo, hi in _NIK_WINDOWS:
                yield ("w", (lo, e.nik[:lo] + e.nik[hi:]))
        if e.kk:
            yield ("k", e.kk)
        if e.phone:
            yield ("p", e.phone)

    def add(self, person: Person) -> None:
        """Index (or re-index) a person; a deleted person is removed instead."""
        self.remove(person.id)
        if person.deleted:
            return
        e = _entry(person)
        self._entries[e.id] = e
        self._stats.add(e)
        for key in self._keys(e):
            self._blocks[key].add(e.id)
        if e.sorted_key and _date_key(e) is not None:
            self._blocks[("n", e.sorted_key)].add(e.id)  # found by undated records of this name

    def remove(self, person_id: str) -> None:
        e = self._entries.pop(person_id, None)
        if e is None:
            return
        self._stats.add(e, -1)
        keys = list(self._keys(e))
        if e.sorted_key and _date_key(e) is not None:
            keys.append(("n", e.sorted_key))
        for key in keys:
            bucket = self._blocks.get(key)
            if bucket is not None:
                bucket.discard(e.id)
                if not bucket:
                    del self._blocks[key]

    def matches(self, person: Person) -> list[DuplicateCandidate]:
        """Probable duplicates of ``person`` among the indexed persons, best first."""
        if person.deleted:
            return []
        e = _entry(person)
        empty: set[str] = set()
        ids: set[str] = set()
        blocks = self._blocks
        for key in self._keys(e):
            ids |= blocks.get(key, empty)
        if _date_key(e) is None and e.sorted_key:
            ids |= blocks.get(("n", e.sorted_key), empty)
        ids.discard(e.id)
        stats = self._stats
        out: list[DuplicateCandidate] = []
        for other_id in ids:
            j = _judge(e, self._entries[other_id], stats)
            if j.probable:
                out.append(DuplicateCandidate(e.id, other_id, j.score, j.reasons))
        out.sort(key=lambda c: (-c.score, c.b_id))
        return out


def _pair(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _alike(a: _Entry, b: _Entry) -> bool:
    """Cheap name pre-check before weighing a pair of one block."""
    if not a.key or not b.key:
        return False
    if a.key == b.key or fuzz.ratio(a.key, b.key, score_cutoff=NAME_FLOOR):
        return True
    if (a.sorted_key != a.key or b.sorted_key != b.key) and fuzz.ratio(a.sorted_key, b.sorted_key,
                                                                       score_cutoff=NAME_FLOOR):
        return True
    return _contained(a.tokens, b.tokens)


_SMALL_BLOCK = 40  # blocks up to this size are compared pair by pair


def _pairs_in_block(block: list[int], entries: list[_Entry], out: set[tuple[int, int]]) -> None:
    n = len(block)
    if n <= _SMALL_BLOCK:
        for x in range(n):
            i = block[x]
            a = entries[i]
            for y in range(x + 1, n):
                j = block[y]
                if _alike(a, entries[j]):
                    out.add(_pair(i, j))
        return
    # A crowded date (01-01-1960, a placeholder typed for everyone): let rapidfuzz loop in C.
    keys = [entries[i].key for i in block]
    sorted_keys = [entries[i].sorted_key for i in block]
    for column in (keys, sorted_keys):
        for x, key in enumerate(column):
            if not key:
                continue
            for _, _, y in process.extract(key, column, scorer=fuzz.ratio, score_cutoff=NAME_FLOOR, limit=None):
                if y > x:
                    out.add(_pair(block[x], block[y]))
    # names contained in another (BIN/BINTI, a dropped second name): by shared rare token
    by_token: dict[str, list[int]] = defaultdict(list)
    for i in block:
        for t in set(entries[i].tokens):
            if t not in _GIVEN_ONLY and len(t) >= 4:
                by_token[t].append(i)
    for members in by_token.values():
        if 1 < len(members) <= _SMALL_BLOCK:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    i, j = members[x], members[y]
                    if _contained(entries[i].tokens, entries[j].tokens):
                        out.add(_pair(i, j))


def _pairs_near_nik(block: list[int], entries: list[_Entry], out: set[tuple[int, int]]) -> None:
    """Pairs of one NIK window block (NIKs equal outside the window, a name word in common) whose
    NIKs are one typo apart and whose names are alike."""
    n = len(block)
    if n > 400:
        return  # placeholder NIKs typed for hundreds: nothing a typo explains
    if n > 2 and len(set(block)) != n:
        block = list(dict.fromkeys(block))
        n = len(block)
    for x in range(n):
        i = block[x]
        a = entries[i]
        anik = a.nik
        for y in range(x + 1, n):
            j = block[y]
            b = entries[j]
            if anik != b.nik and _near(anik, b.nik) and _alike(a, b):
                out.add(_pair(i, j))


def candidate_pairs(entries: list[_Entry], progress: Progress = NULL_PROGRESS) -> set[tuple[int, int]]:
    """Index pairs of ``entries`` that share a block and whose names are alike (or whose NIK is
    the same): the pairs worth weighing."""
    pairs: set[tuple[int, int]] = set()
    by_date: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    by_window: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    by_nik: dict[str, list[int]] = defaultdict(list)
    by_kk: dict[str, list[int]] = defaultdict(list)
    by_phone: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    undated: list[int] = []
    total = len(entries)
    # Near NIKs of strangers are everywhere (serial 0001 of every birth date, years one digit
    # apart): a NIK window block holds only records that also share a name word that is not
    # common (MUHAMMAD, SITI), so a block is a handful of records, not hundreds.
    words: Counter[str] = Counter()
    for e in entries:
        if e.nik:
            words.update(e.tokens)
    limit = max(30, total // 100)
    common = {w for w, c in words.items() if c > limit}
    (lo1, hi1), (lo2, hi2) = _SCAN_WINDOWS
    date_append = by_date.__getitem__
    for i, e in enumerate(entries):
        d = e.birth_date
        if d is not None:
            day, month = d.day, d.month
            dk = (d.year % 100, day, month) if day <= month else (d.year % 100, month, day)
        else:
            dk = _date_key(e)
        if dk is not None:
            date_append(dk).append(i)
            dmy = e.nik_dmy
            if dmy is not None:
                nk = (dmy[2], dmy[0], dmy[1]) if dmy[0] <= dmy[1] else (dmy[2], dmy[1], dmy[0])
                if nk != dk:
                    date_append(nk).append(i)
        else:
            undated.append(i)
        if e.sorted_key:
            by_name[e.sorted_key].append(i)
        nik = e.nik
        if nik:
            by_nik[nik].append(i)
            k1 = nik[:lo1] + nik[hi1:]
            k2 = nik[:lo2] + nik[hi2:]
            found = False
            for w in e.tokens:
                if w not in common:
                    by_window[(1, w, k1)].append(i)
                    by_window[(2, w, k2)].append(i)
                    found = True
            if not found and e.sorted_key:
                by_window[(1, e.sorted_key, k1)].append(i)
                by_window[(2, e.sorted_key, k2)].append(i)
        if e.kk:
            by_kk[e.kk].append(i)
        if e.phone:
            by_phone[e.phone].append(i)
        if i % 20000 == 0 and i:
            progress.check(i, total * 3)
    progress.check(total, total * 3)
    done = 0
    for block in by_date.values():
        if len(block) > 1:
            _pairs_in_block(block, entries, pairs)
        done += len(block)
        if done % 20000 < len(block):
            progress.check(total + done // 2, total * 3)
    progress.check(total + total // 2, total * 3)
    for group in by_nik.values():
        if 1 < len(group) <= 50:
            for x in range(len(group)):
                for y in range(x + 1, len(group)):
                    pairs.add(_pair(group[x], group[y]))
    for block in by_window.values():
        if len(block) > 1:
            _pairs_near_nik(block, entries, pairs)
    for groups in (by_kk, by_phone):
        for group in groups.values():
            if 1 < len(group) <= 60:
                _pairs_in_block(group, entries, pairs)
    # records without any birth date: compared with everyone of the same name
    for i in undated:
        key = entries[i].sorted_key
        if key:
            same = by_name.get(key, ())
            if len(same) <= 500:
                for j in same:
                    if j != i:
                        pairs.add(_pair(i, j))
    progress.check(total * 2, total * 3)
    return pairs


def scan(persons: Iterable[Person], *, min_score: float = 0.5,
         progress: Progress = NULL_PROGRESS) -> list[DuplicateCandidate]:
    """Every pair of active persons scoring at least ``min_score``, best first, each pair once
    (``a_id < b_id``). ``min_score`` below 0.5 also lists weak pairs that are no probable duplicates."""
    entries = [_entry(p) for p in persons if not p.deleted]
    return scan_entries(entries, min_score=min_score, progress=progress)


def scan_entries(entries: list[_Entry], *, min_score: float = 0.5,
                 progress: Progress = NULL_PROGRESS) -> list[DuplicateCandidate]:
    stats = _Stats()
    for e in entries:
        stats.add(e)
    pairs = candidate_pairs(entries, progress)
    out: list[DuplicateCandidate] = []
    total = len(entries)
    n_pairs = len(pairs) or 1
    for n, (i, j) in enumerate(pairs):
        a, b = entries[i], entries[j]
        if a.id == b.id:
            continue
        if b.id < a.id:
            a, b = b, a
        jd = _judge(a, b, stats)
        if (jd.probable and min_score <= 0.5) or jd.score >= min_score:
            out.append(DuplicateCandidate(a.id, b.id, jd.score, jd.reasons))
        if n % 5000 == 0 and n:
            progress.check(total * 2 + total * n // n_pairs, total * 3)
    progress.check(total * 3, total * 3)
    out.sort(key=lambda c: (-c.score, c.a_id, c.b_id))
    return out


def find_candidates(persons: Iterable[Person]) -> list[DuplicateCandidate]:
    """All probable-duplicate pairs among active (not deleted) persons, best first.

    Each pair appears once, with ``a_id < b_id``.
    """
    return scan(persons)

