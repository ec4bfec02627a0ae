"""Validation of one person record: ``validate(person, ctx) -> list[Issue]``.

Everything that needs the database (same NIK in the village, probable duplicates, the NIK in another
village) comes in through callables on the context, so this module stays pure. Issues come back in
the order of ``issues.CATALOG`` (the order shown to the operator).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from operator import attrgetter

from desktop_app.core.issues import CATALOG, Issue, make_issue
from desktop_app.core.kk import parse_kk
from desktop_app.core.nik import NikInfo, format_nik_date, parse_nik
from desktop_app.core.normalize import MOBILE_PHONE
from desktop_app.core.person import OCCUPATION_LABELS, TOBACCO_OCCUPATIONS, Person, mask_nik
from desktop_app.core.text import Msg

__all__ = ["MAX_LONG_TEXT", "MAX_TEXT", "ValidationContext", "age_on", "is_mobile_phone", "text_limit", "validate"]


@dataclass
class ValidationContext:
    desa_code: str = ""
    today: date | None = None
    age_min: int = 18
    age_max: int = 65
    default_coverage_start: date | None = None
    # (person_id, full_name) of OTHER active records in this village with this NIK.
    same_nik: Callable[[str], list[tuple[str, str]]] | None = None
    # (person_id, full_name, nik) or (person_id, full_name, nik, reason codes) of probable
    # duplicates of this person (core.duplicates reasons), best first.
    similar: Callable[[Person], list[tuple]] | None = None
    # names (or codes) of other villages where this NIK is active.
    other_village: Callable[[str], list[str]] | None = None


_ORDER = {code: i for i, code in enumerate(CATALOG)}

# Longest text a field may hold (characters). The same limits bound every package line
# (sync.package MAX_TEXT / MAX_LONG_TEXT), so a record that passes here always fits a package,
# and nothing is ever cut at export: a longer value is an error (``text.too_long``) at entry and
# at import, and the record is held back until it is shortened.
MAX_TEXT = 500
MAX_LONG_TEXT = 4000
_LONG_FIELDS = frozenset({"address", "notes", "occupation_other"})
_TEXT_FIELD_LABELS: dict[str, Msg] = {
    "nik": Msg("NIK"),
    "kk_number": Msg("Nomor KK"),
    "full_name": Msg("Nama"),
    "name_title": Msg("Gelar"),
    "birth_place": Msg("Tempat lahir"),
    "address": Msg("Alamat"),
    "rt": Msg("RT"),
    "rw": Msg("RW"),
    "dusun": Msg("Dusun"),
    "phone": Msg("Nomor HP"),
    "occupation": Msg("Pekerjaan"),
    "occupation_other": Msg("Keterangan pekerjaan"),
    "funding_source": Msg("Sumber dana"),
    "data_source": Msg("Sumber data"),
    "notes": Msg("Catatan"),
}


def text_limit(field_name: str) -> int:
    return MAX_LONG_TEXT if field_name in _LONG_FIELDS else MAX_TEXT


_TEXT_LIMIT_ITEMS = tuple((name, label, text_limit(name)) for name, label in _TEXT_FIELD_LABELS.items())


_TEXT_VALUES = attrgetter(*_TEXT_FIELD_LABELS)
_SHORTEST_LIMIT = min(limit for _name, _label, limit in _TEXT_LIMIT_ITEMS)


def _too_long(person: Person) -> list[Issue]:
    try:
        if max(map(len, filter(None, _TEXT_VALUES(person))), default=0) <= _SHORTEST_LIMIT:
            return []  # the common case: nothing near any limit
    except (TypeError, AttributeError):
        pass  # an odd value (or a person-like object without every field): look field by field
    found = []
    for name, label, limit in _TEXT_LIMIT_ITEMS:
        value = getattr(person, name, "")
        if isinstance(value, str) and len(value) > limit:
            found.append(Issue("text.too_long", name, CATALOG["text.too_long"].severity,
                               {"label": label, "length": len(value), "limit": limit}))
    return found

# --------------------------------------------------------------------------- phone

_PHONE_NOISE = re.compile(r"[\s\u00a0().\-/]+")
_MOBILE = MOBILE_PHONE  # 10-13 digits with the leading 0 (one rule with normalize_phone)


@lru_cache(maxsize=4096)
def is_mobile_phone(text: str) -> bool:
    """True for an Indonesian mobile number: 08xx, +628xx, 628xx (or 8xx that lost its 0 in Excel),
    10-13 digits counted with the leading 0. Landlines (021..., (0354) ...) are not mobile.

    Wraps lokal's parser (which accepts landlines and any 08 prefix) with stricter rules.
    """
    if _MOBILE.fullmatch(text):
        return True  # 08 + 8-11 digits, nothing else: lokal reads it as a valid mobile number
    from lokal.phone import parse_phone

    raw = _PHONE_NOISE.sub("", text.strip())
    if raw.startswith("'"):
        raw = raw[1:]
    if raw.startswith("0062"):
        raw = "+62" + raw[4:]
    try:
        info = parse_phone(raw)
    except Exception:  # noqa: BLE001 - a third-party parser must not break validation
        return False
    if not info.valid or info.type != "mobile" or not info.e164:
        return False
    national = "0" + info.e164[3:]
    return bool(_MOBILE.fullmatch(national))


# --------------------------------------------------------------------------- helpers


def age_on(birth: date, on: date) -> int:
    """Full years of age on a date."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _same_date_modulo_century(a: date, b: date) -> bool:
    return a.day == b.day and a.month == b.month and a.year % 100 == b.year % 100


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


# --------------------------------------------------------------------------- validate


def validate(person: Person, ctx: ValidationContext | None = None) -> list[Issue]:
    """All issues of one record, in CATALOG order. Never raises on odd field values."""
    ctx = ctx or ValidationContext()
    today = ctx.today or date.today()
    issues: list[Issue] = []

    info: NikInfo = parse_nik(person.nik, from_number=bool(person.nik_from_number), today=today)
    if info.issues:
        issues.extend(info.issues)
        nik_codes = {i.code for i in info.issues}
        nik_usable = bool(info.nik) and not nik_codes & _NIK_UNUSABLE
    else:
        nik_usable = bool(info.nik)

    birth = _date(person.birth_date)
    sex = person.sex
    sex = sex.strip().upper() if isinstance(sex, str) else ""

    # NIK against the entered fields (the NIK keeps its date even when the record is corrected).
    if info.birth_date is not None and birth is not None:
        if not _same_date_modulo_century(info.birth_date, birth):
            issues.append(
                make_issue(
                    "nik.birthdate_mismatch",
                    nik_date=format_nik_date(info.birth_date),
                    entered=format_nik_date(birth),
                )
            )
    if info.sex and sex in ("L", "P") and info.sex != sex:
        issues.append(make_issue("nik.sex_mismatch", nik_sex=info.sex, entered=sex))

    if nik_usable and ctx.same_nik is not None:
        others = [(pid, name) for pid, name in ctx.same_nik(info.nik) if pid != person.id]
        if others:
            pid, name = others[0]
            issues.append(make_issue("nik.duplicate", name=name, person_id=pid, count=len(others)))

    if nik_usable and ctx.other_village is not None:
        villages = [v for v in ctx.other_village(info.nik) if v and v != ctx.desa_code]
        if villages:
            issues.append(make_issue("nik.other_village", desa=", ".join(villages)))

    issues.extend(parse_kk(person.kk_number))

    if not _str(person.full_name):
        issues.append(make_issue("name.missing"))

    # Birth date: entered, or derivable from the NIK.
    effective_birth = birth if birth is not None else info.birth_date
    if effective_birth is None:
        issues.append(make_issue("birthdate.missing"))
    if birth is not None and birth > today:
        issues.append(make_issue("birthdate.future", value=format_nik_date(birth)))

    if sex not in ("L", "P") and not info.sex:
        issues.append(make_issue("sex.missing"))

    if effective_birth is not None and effective_birth <= today:
        on = _date(person.coverage_start) or ctx.default_coverage_start or today
        if effective_birth <= on:
            age = age_on(effective_birth, on)
            if age < ctx.age_min or age > ctx.age_max:
                issues.append(make_issue("age.window", age=age, min_age=ctx.age_min, max_age=ctx.age_max))

    phone = _str(person.phone)
    if phone and not is_mobile_phone(phone):
        issues.append(make_issue("phone.format", value=phone))

    similar = ctx.similar(person) if ctx.similar is not None else None
    if similar:
        duplicate_ids = {i.params.get("person_id") for i in issues if i.code == "nik.duplicate"}
        seen: set[str] = set()
        for item in similar:
            pid, name, other_nik = item[0], item[1], item[2]
            if pid == person.id or pid in duplicate_ids or pid in seen:
                continue
            seen.add(pid)
            params = {"name": name, "nik": mask_nik(other_nik or ""), "person_id": pid}
            if len(item) > 3 and item[3]:
                params["reasons"] = list(item[3])
            issues.append(make_issue("dup.similar", **params))

    occupation = _str(person.occupation)
    if not occupation:
        issues.append(make_issue("occupation.missing"))
    elif occupation == "lainnya" and not _str(person.occupation_other):
        issues.append(make_issue("occupation.other_missing"))

    start, end = _date(person.coverage_start), _date(person.coverage_end)
    if start is not None and end is not None and end < start:
        issues.append(make_issue("coverage.period", start=format_nik_date(start), end=format_nik_date(end)))

    issues.extend(_too_long(person))

    if _str(person.funding_source) == "dbhcht" and occupation not in TOBACCO_OCCUPATIONS:
        label = OCCUPATION_LABELS.get(occupation, occupation) or Msg("belum diisi")
        issues.append(make_issue("funding.dbhcht_sector", occupation=label))

    if len(issues) > 1:
        issues.sort(key=_order_of)
    return issues


_NIK_UNUSABLE = frozenset({"nik.missing", "nik.format", "nik.excel_number"})


def _order_of(issue: Issue) -> int:
    return _ORDER.get(issue.code, len(_ORDER))
