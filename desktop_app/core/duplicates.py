"""Probable duplicates: the same person entered twice, under a spelling variant or a mistyped NIK.

Pure functions over :class:`~desktop_app.core.person.Person`. A pair is a probable duplicate when

- both have the same (undamaged) NIK; or
- the birth dates are equal and the names are similar (``name_key`` compared with rapidfuzz); or
- the NIKs are near-identical (one digit different, or two adjacent digits swapped, or the same
  number where one came through Excel and lost its last digit), the names are similar, and
  something else agrees: the birth date, or one birth date is missing, or the same KK number or
  phone. (Near NIKs alone are common among different people: serials 0001/0002 of one birth
  date, birth years one digit apart; a common name on top of that is no evidence.)

People with clearly different entered sex are only matched on an identical NIK. Matching never
runs all pairs: candidates come from blocks (same birth date, same NIK, NIK equal except at one
position, NIK with two adjacent digits swapped), so 100,000 persons take a few seconds.
Reasons are short Indonesian strings shown to the operator (issue ``dup.similar``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from .normalize import name_tokens, normalize_text
from .person import Person

__all__ = [
    "NAME_THRESHOLD",
    "REASON_DATE_NAME",
    "REASON_NEAR_NIK",
    "REASON_SAME_NIK",
    "DuplicateCandidate",
    "DuplicateIndex",
    "find_candidates",
    "is_probable_duplicate",
    "name_similarity",
    "person_entry",
    "probable_entries",
    "probable_same_date",
    "similarity",
]

NAME_THRESHOLD = 85.0  # rapidfuzz ratio (0-100) on name keys above which names count as similar

REASON_SAME_NIK = "NIK sama"
REASON_DATE_NAME = "tanggal lahir sama, nama mirip"
REASON_NEAR_NIK = "NIK hampir sama"

_SMALL_BLOCK = 48  # date blocks up to this size are compared pair by pair


@dataclass(slots=True)
class DuplicateCandidate:
    a_id: str
    b_id: str
    score: float  # 0..1, see similarity()
    reasons: list[str] = field(default_factory=list)


class _Entry(NamedTuple):  # a tuple: built per person in bulk checks, so cheap to make
    id: str
    nik: str  # 16 ASCII digits, or "" when missing/damaged
    excel: bool  # NIK arrived as a spreadsheet number
    key: str  # name_key
    sorted_key: str  # tokens sorted: "AMINAH SITI" == "SITI AMINAH"
    birth_date: date | None
    sex: str
    kk: str  # 16-digit KK number or ""
    phone: str  # as stored (normalised) or ""


def _clean_nik(raw: str) -> str:
    text = raw if isinstance(raw, str) else ""
    if len(text) != 16 or not (text.isascii() and text.isdigit()):
        text = "".join(ch for ch in normalize_text(text) if ch not in " .-'`")
        if len(text) != 16 or not (text.isascii() and text.isdigit()):
            return ""
    return text


@lru_cache(maxsize=65536)  # a village list repeats its names (SITI AMINAH, MUHAMMAD ...)
def _name_keys(full_name: str) -> tuple[str, str]:
    """(name key, key of the sorted tokens) of a name."""
    tokens = name_tokens(full_name)
    return "".join(tokens), "".join(sorted(tokens))


def _entry(p: Person) -> _Entry:
    key, sorted_key = _name_keys(p.full_name) if isinstance(p.full_name, str) and p.full_name else ("", "")
    return _Entry(
        id=p.id,
        nik=_clean_nik(p.nik),
        excel=bool(p.nik_from_number),
        key=key,
        sorted_key=sorted_key,
        birth_date=p.birth_date,
        sex=p.sex if p.sex in ("L", "P") else "",
        kk=_clean_nik(p.kk_number) if p.kk_number else "",
        phone=p.phone.strip() if isinstance(p.phone, str) else "",
    )


def _name_score(a: _Entry, b: _Entry) -> float:
    if not a.key or not b.key:
        return 0.0
    if a.key == b.key:
        return 100.0
    score = fuzz.ratio(a.key, b.key)
    if a.sorted_key != a.key or b.sorted_key != b.key:
        score = max(score, fuzz.ratio(a.sorted_key, b.sorted_key))
    return score


def _near(x: str, y: str) -> bool:
    """One digit different, or one swap of adjacent digits (both 16 digits, not equal)."""
    if not x or not y or x == y:
        return False
    first = -1
    count = 0
    for i in range(16):
        if x[i] != y[i]:
            count += 1
            if count == 1:
                first = i
            elif count > 2:
                return False
    if count == 1:
        return True
    i = first
    return i + 1 < 16 and x[i] == y[i + 1] and x[i + 1] == y[i] and x[i + 2 :] == y[i + 2 :]


def _judge(a: _Entry, b: _Entry) -> tuple[bool, list[str], float]:
    """(probable duplicate, reasons, score 0..1). Callers skip a record compared with itself."""
    same_nik = bool(a.nik) and a.nik == b.nik
    strict_same = same_nik and not (a.excel or b.excel)
    # an Excel-damaged NIK equal to the other one is only "near": two people may share the rounding
    near = (same_nik and not strict_same) or _near(a.nik, b.nik)
    same_date = a.birth_date is not None and a.birth_date == b.birth_date
    names = _name_score(a, b) if (strict_same or near or same_date) else 0.0
    score = 0.6 * names / 100 + (0.25 if same_date else 0.0) + (0.15 if strict_same else 0.1 if near else 0.0)
    reasons: list[str] = []
    if strict_same:
        reasons.append(REASON_SAME_NIK)
    sex_differs = bool(a.sex and b.sex and a.sex != b.sex)
    if not sex_differs and names >= NAME_THRESHOLD:
        if same_date:
            reasons.append(REASON_DATE_NAME)
        if near and _corroborated(a, b, same_date):
            reasons.append(REASON_NEAR_NIK)
    return bool(reasons), reasons, round(min(score, 1.0), 4)


def _corroborated(a: _Entry, b: _Entry, same_date: bool) -> bool:
    """Near NIKs are common among different people (serials 0001/0002, birthdays a year apart):
    they count only with the same birth date, a missing birth date, the same KK or the same phone."""
    return (
        same_date
        or a.birth_date is None
        or b.birth_date is None
        or bool(a.kk and a.kk == b.kk)
        or bool(a.phone and a.phone == b.phone)
    )


def name_similarity(a: str, b: str) -> float:
    """0-100: how alike two names are after titles are dropped and spelling variants folded."""
    ta, tb = name_tokens(normalize_text(a)), name_tokens(normalize_text(b))
    ea = _Entry("a", "", False, "".join(ta), "".join(sorted(ta)), None, "", "", "")
    eb = _Entry("b", "", False, "".join(tb), "".join(sorted(tb)), None, "", "", "")
    return float(_name_score(ea, eb))


def similarity(a: Person, b: Person) -> float:
    """0..1: 0.6 x name similarity + 0.25 for the same birth date + 0.15 for the same NIK
    (0.1 for a near-identical NIK). Only for ranking: use :func:`is_probable_duplicate` to decide."""
    return _judge(_entry(a), _entry(b))[2]


def person_entry(p: Person) -> _Entry:
    """The comparison form of a person, for callers that compare one person many times
    (keep it while the person is unchanged; see :func:`probable_entries`)."""
    return _entry(p)


def probable_entries(a: _Entry, b: _Entry) -> bool:
    """``is_probable_duplicate(a, b)[0]`` for two prepared entries of different records;
    the same decision as :func:`_judge` without building reasons and score."""
    same_nik = bool(a.nik) and a.nik == b.nik
    if same_nik and not (a.excel or b.excel):
        return True
    if a.sex and b.sex and a.sex != b.sex:
        return False
    same_date = a.birth_date is not None and a.birth_date == b.birth_date
    near = same_nik or _near(a.nik, b.nik)
    if not (same_date or near):
        return False
    if _name_score(a, b) < NAME_THRESHOLD:
        return False
    return same_date or _corroborated(a, b, same_date)


def probable_same_date(a: _Entry, group: list[_Entry]) -> list[int]:
    """Positions in ``group`` of the probable duplicates of ``a``, where every entry of ``group``
    shares ``a``'s birth date (not None): :func:`probable_entries` for each, with the decisions a
    shared date settles taken once (the NIK-typo rule only ever adds "same date", which holds).
    The caller leaves out ``a`` itself."""
    out: list[int] = []
    nik, excel, sex, key, sorted_key = a.nik, a.excel, a.sex, a.key, a.sorted_key
    ratio = fuzz.ratio
    cutoff = NAME_THRESHOLD
    for i, b in enumerate(group):
        if nik and nik == b.nik and not (excel or b.excel):
            out.append(i)
            continue
        if sex and b.sex and sex != b.sex or not key or not b.key:
            continue
        if key == b.key or ratio(key, b.key, score_cutoff=cutoff):
            out.append(i)
        elif (sorted_key != key or b.sorted_key != b.key) and ratio(sorted_key, b.sorted_key, score_cutoff=cutoff):
            out.append(i)
    return out


def is_probable_duplicate(a: Person, b: Person) -> tuple[bool, list[str]]:
    """(True, reasons) when ``a`` and ``b`` are probably the same person. A record is never a
    duplicate of itself (same id)."""
    if a.id == b.id:
        return False, []
    ok, reasons, _ = _judge(_entry(a), _entry(b))
    return ok, reasons


# --------------------------------------------------------------------------- blocking

_OTHER_DIGITS = {d: tuple(x for x in "0123456789" if x != d) for d in "0123456789"}


def _neighbours(nik: str) -> Iterator[str]:
    """Every NIK one digit away (16 x 9) and every adjacent swap of different digits."""
    for i in range(16):
        head, tail = nik[:i], nik[i + 1 :]
        for d in _OTHER_DIGITS[nik[i]]:
            yield head + d + tail
    for i in range(15):
        if nik[i] != nik[i + 1]:
            yield nik[:i] + nik[i + 1] + nik[i] + nik[i + 2 :]


class DuplicateIndex:
    """Persons indexed for fast "who else looks like this one?" questions (the entry form).

    ``matches(person)`` compares one record with the indexed ones that share a block with it
    (birth date, NIK or a NIK one typo away, KK number, phone); the record itself (same id) is
    skipped, so an edited record can be checked against an index that still holds its old
    version. Deleted persons are not indexed.
    """

    def __init__(self, persons: Iterable[Person] = ()) -> None:
        self._entries: dict[str, _Entry] = {}
        self._blocks: dict[tuple[str, object], set[str]] = defaultdict(set)
        for p in persons:
            self.add(p)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._entries

    @staticmethod
    def _keys(e: _Entry) -> Iterator[tuple[str, object]]:
        if e.birth_date is not None:
            yield ("d", e.birth_date)
        if e.nik:
            yield ("n", e.nik)
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
        for key in self._keys(e):
            self._blocks[key].add(e.id)

    def remove(self, person_id: str) -> None:
        e = self._entries.pop(person_id, None)
        if e is None:
            return
        for key in self._keys(e):
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
        for key in self._keys(e):
            ids |= self._blocks.get(key, empty)
        if e.nik:
            for other in _neighbours(e.nik):
                ids |= self._blocks.get(("n", other), empty)
        ids.discard(e.id)
        out: list[DuplicateCandidate] = []
        for other_id in ids:
            ok, reasons, score = _judge(e, self._entries[other_id])
            if ok:
                out.append(DuplicateCandidate(e.id, other_id, score, reasons))
        out.sort(key=lambda c: (-c.score, c.b_id))
        return out


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x <= y else (y, x)


def _names_close(a: _Entry, b: _Entry, cutoff: float) -> bool:
    if not a.key or not b.key:
        return False
    if fuzz.ratio(a.key, b.key, score_cutoff=cutoff):
        return True
    return bool(fuzz.ratio(a.sorted_key, b.sorted_key, score_cutoff=cutoff))


def _pairs_in_date_block(block: list[_Entry], out: set[tuple[str, str]]) -> None:
    n = len(block)
    if n < 2:
        return
    cutoff = NAME_THRESHOLD - 0.001
    if n <= _SMALL_BLOCK:
        for i in range(n):
            a = block[i]
            for j in range(i + 1, n):
                if _names_close(a, block[j], cutoff):
                    out.add(_pair(a.id, block[j].id))
        return
    # A big block (a placeholder date such as 01-01-1970 typed for everyone): let rapidfuzz loop.
    for keys in ([e.key for e in block], [e.sorted_key for e in block]):
        for i, key in enumerate(keys):
            if not key:
                continue
            for _, _, j in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
                if j > i:
                    out.add(_pair(block[i].id, block[j].id))


def _pairs_near_in_group(group: list[_Entry], out: set[tuple[str, str]]) -> None:
    """Same KK or same phone: pairs whose NIKs are equal or one typo apart."""
    n = len(group)
    if n < 2 or n > 2000:
        return
    for i in range(n):
        a = group[i]
        if not a.nik:
            continue
        for j in range(i + 1, n):
            b = group[j]
            if b.nik and (a.nik == b.nik or _near(a.nik, b.nik)):
                out.add(_pair(a.id, b.id))


def find_candidates(persons: Iterable[Person]) -> list[DuplicateCandidate]:
    """All probable-duplicate pairs among active (not deleted) persons, best first.

    Each pair appears once, with ``a_id < b_id``.
    """
    entries: dict[str, _Entry] = {}
    for p in persons:
        if not p.deleted:
            entries[p.id] = _entry(p)

    pairs: set[tuple[str, str]] = set()
    by_date: dict[date, list[_Entry]] = defaultdict(list)
    by_nik: dict[str, list[str]] = defaultdict(list)
    by_kk: dict[str, list[_Entry]] = defaultdict(list)
    by_phone: dict[str, list[_Entry]] = defaultdict(list)
    undated: list[_Entry] = []
    for e in entries.values():
        if e.birth_date is not None:
            by_date[e.birth_date].append(e)
        elif e.nik:
            undated.append(e)
        if e.nik:
            by_nik[e.nik].append(e.id)
        if e.kk:
            by_kk[e.kk].append(e)
        if e.phone:
            by_phone[e.phone].append(e)

    # same birth date, similar name
    for block in by_date.values():
        _pairs_in_date_block(block, pairs)
    # same NIK
    for ids in by_nik.values():
        if len(ids) > 1:
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    pairs.add(_pair(ids[i], ids[j]))
    # near NIK: counts with a missing birth date, the same KK or the same phone (see _corroborated)
    for e in undated:
        for other in _neighbours(e.nik):
            for other_id in by_nik.get(other, ()):
                pairs.add(_pair(e.id, other_id))
    for groups in (by_kk, by_phone):
        for group in groups.values():
            if len(group) > 1:
                _pairs_near_in_group(group, pairs)

    out: list[DuplicateCandidate] = []
    for x, y in pairs:
        ok, reasons, score = _judge(entries[x], entries[y])
        if ok:
            out.append(DuplicateCandidate(x, y, score, reasons))
    out.sort(key=lambda c: (-c.score, c.a_id, c.b_id))
    return out
