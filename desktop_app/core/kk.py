"""Nomor KK (Kartu Keluarga): 16 digits ``PP KK CC DDMMYY SSSS``.

Region of issue, issue date (no +40 rule) and a serial from 0001. A bad KK number is only a warning
(``kk.format``): the programme is keyed by NIK. An empty KK number gives no issue.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from desktop_app.core import regions
from desktop_app.core.issues import Issue, make_issue
from desktop_app.core.nik import _SCIENTIFIC, _as_text, _is_number, clean_nik, is_excel_number_text
from desktop_app.core.text import Msg

__all__ = ["kk_problems", "parse_kk"]


def _real_issue_date(part: str) -> bool:
    day, month, yy = int(part[0:2]), int(part[2:4]), int(part[4:6])
    for year in (2000 + yy, 1900 + yy):  # 29 February of year 00 exists in 2000 only
        try:
            date(year, month, day)
            return True
        except ValueError:
            continue
    return False


def kk_problems(raw: object) -> list[str]:
    """Indonesian reasons (``core.text.Msg``) why a KK number is not valid; [] when it is fine or empty."""
    if type(raw) is str and len(raw) == 16 and raw.isascii() and raw.isdigit():
        # already clean (what clean_nik would return, and no Excel damage): the structural checks
        reasons = list(_region_and_date_problems(raw[:12]))
        if raw[12:] == "0000":
            reasons.append(_SERIAL_ZERO)
        return reasons
    text = _as_text(raw)
    kk = clean_nik(raw)
    if not kk:
        return []
    if _is_number(raw) or _SCIENTIFIC.match(kk) or (isinstance(raw, str) and is_excel_number_text(text)):
        return [Msg("tersimpan sebagai angka di Excel, angka terakhirnya tidak bisa dipercaya")]
    if not (len(kk) == 16 and kk.isascii() and kk.isdigit()):
        digits = sum(1 for ch in kk if "0" <= ch <= "9")
        return [Msg("harus 16 angka (terisi {digits} angka)", digits=digits)]
    reasons = list(_region_and_date_problems(kk[:12]))
    if kk[12:] == "0000":
        reasons.append(_SERIAL_ZERO)
    return reasons


_SERIAL_ZERO = Msg("nomor urut 0000")


@lru_cache(maxsize=65536)
def _region_and_date_problems(head: str) -> tuple[str, ...]:
    """Reasons from the first 12 digits (region of issue, issue date) of a 16-digit KK number."""
    reasons: list[str] = []
    pp, kab, kec = head[0:2], head[2:4], head[4:6]
    if not regions.province_exists(pp):
        reasons.append(Msg("kode provinsi {code} tidak dikenal", code=pp))
    elif kab == "00" or kec == "00":
        reasons.append(Msg("kode kabupaten atau kecamatan 00"))
    part = head[6:12]
    if not _real_issue_date(part):
        reasons.append(Msg("bagian tanggal terbit ({part}) bukan tanggal yang mungkin", part=part))
    return tuple(reasons)


def parse_kk(raw: object) -> list[Issue]:
    """At most one ``kk.format`` warning, its reasons joined with '; '. Never raises."""
    reasons = kk_problems(raw)
    if not reasons:
        return []
    return [make_issue("kk.format", reason=_joined(reasons))]


def _joined(reasons: list[str]) -> str:
    """The reasons joined with '; ' as one message the window can still translate (at most three:
    region, issue date, serial)."""
    if len(reasons) == 1:
        return reasons[0]
    if len(reasons) == 2:
        return Msg("{first}; {second}", first=reasons[0], second=reasons[1])
    return Msg("{first}; {second}; {third}", first=reasons[0], second=reasons[1], third=reasons[2])
