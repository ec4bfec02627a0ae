"""Scan a village (or every village of the district) for probable duplicates."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core import duplicates as engine
from desktop_app.core.person import mask_nik
from desktop_app.core.progress import NULL_PROGRESS, Progress, paused_gc
from desktop_app.services.app import App
from desktop_app.storage import duplicates as store

DEFAULT_MIN_SCORE = 0.5


@dataclass(frozen=True)
class Side:
    id: str
    nik: str
    full_name: str
    desa_code: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "nik": self.nik, "full_name": self.full_name, "desa_code": self.desa_code}

    @property
    def masked_nik(self) -> str:
        return mask_nik(self.nik) if self.nik else "-"


@dataclass(frozen=True)
class Pair:
    a: Side
    b: Side
    score: float
    reasons: list[str]
    decision: str = ""  # "" (undecided) or "later" (nanti)
    decision_id: int | None = None
    case_id: int | None = None  # district: the review case opened for this pair

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"a": self.a.to_json(), "b": self.b.to_json(), "score": self.score,
                               "reasons": list(self.reasons)}
        if self.decision:
            out["decision"] = self.decision
        if self.case_id is not None:
            out["case_id"] = self.case_id
        return out

    @property
    def cross_village(self) -> bool:
        return self.a.desa_code != self.b.desa_code


@dataclass
class ScanResult:
    pairs: list[Pair]
    scanned: int  # active records compared
    seconds: float
    desa_code: str = ""  # "" = every village (district)
    hidden_not_same: int = 0  # pairs left out: decided "bukan orang yang sama"
    villages: list[str] = field(default_factory=list)
    hidden_kept: int = 0  # district: pairs left out, their case decided (one record kept)


def scan(app: App, *, desa_code: str | None = None, min_score: float = DEFAULT_MIN_SCORE,
         progress: Progress = NULL_PROGRESS) -> ScanResult:
    """Probable duplicates among the active records, best first, each pair once.

    A village scans its own records. The district scans every village (``desa_code`` None) or one
    (``desa_code``); pairs across villages carry both desa codes. Pairs decided "not the same
    person" are left out while neither record's compared fields changed; pairs put off ("nanti")
    come back marked ``later``. At the district a pair with a review case carries its ``case_id``;
    one whose case kept one of the records is left out.
    """
    started = time.perf_counter()
    scope = app.desa_code if app.profile.is_desa else (desa_code or "")
    with paused_gc():
        with app.db.read() as session:
            total = store.count_active(session, scope or None)
            progress.check(0, total * 3 + 1)
            make = engine.entry_from_values
            # straight from the cursor into the engine's entries: no second copy of the rows
            entries = [make(*row) for row in store.scan_rows(session, scope or None)]
            decided = store.active_decisions(session)
            pair_cases = {} if app.profile.is_desa else _pair_cases(session)
        relay = _Scaled(progress, total * 3 + 1)
        found = engine.scan_entries(entries, min_score=min_score, progress=relay)
        del entries
    with app.db.read() as session:
        by_id = store.scan_rows_for(session, {i for c in found for i in (c.a_id, c.b_id)})
    not_same: dict[tuple[str, str], Any] = {}
    later: dict[tuple[str, str], Any] = {}
    for row in decided:
        if row.decision == "not_same":
            not_same[(row.a_id, row.b_id)] = row
        elif row.decision == "later":
            later[(row.a_id, row.b_id)] = row
    pairs: list[Pair] = []
    hidden = hidden_kept = 0
    for c in found:
        key = (c.a_id, c.b_id)
        ra, rb = by_id.get(c.a_id), by_id.get(c.b_id)
        if ra is None or rb is None:
            continue  # changed meanwhile (the window runs scans off the GUI thread)
        decision = not_same.get(key)
        if decision is not None and (decision.a_fingerprint, decision.b_fingerprint) == (_fp(ra), _fp(rb)):
            hidden += 1
            continue
        case = pair_cases.get(key)
        if case is not None and case[1] == "keep":
            hidden_kept += 1
            continue
        put_off = later.get(key)
        pairs.append(Pair(_side(ra), _side(rb), c.score, c.reasons,
                          "later" if put_off is not None else "", put_off.id if put_off is not None else None,
                          case[0] if case is not None else None))
    villages = sorted({p.a.desa_code for p in pairs} | {p.b.desa_code for p in pairs})
    progress.step(total * 3 + 1, total * 3 + 1)
    return ScanResult(pairs, total, time.perf_counter() - started, scope, hidden, villages, hidden_kept)


def _pair_cases(session: Any) -> dict[tuple[str, str], tuple[int, str]]:
    """District: {(a_id, b_id): (case id, decision in force)} of the duplicate review cases."""
    import json

    from desktop_app.storage import district as district_store

    out: dict[tuple[str, str], tuple[int, str]] = {}
    for row in district_store.cases(session, kind="dup.similar"):
        ids = sorted(json.loads(row.person_ids or "[]"))
        if len(ids) != 2:
            continue
        try:
            decision = json.loads(row.resolution or "{}").get("decision", "")
        except (ValueError, AttributeError):
            decision = ""
        out[(ids[0], ids[1])] = (row.id, decision if row.status == "decided" else "")
    return out


def _side(row: tuple[Any, ...]) -> Side:
    return Side(row[0], row[1] or "", row[4] or "", row[10] or "")


def _fp(row: tuple[Any, ...]) -> str:
    from desktop_app.core.person import Person

    return engine.fingerprint(Person(id=row[0], nik=row[1] or "", nik_from_number=row[2], kk_number=row[3] or "",
                                     full_name=row[4] or "", birth_date=row[5], sex=row[6] or "",
                                     phone=row[7] or "", rt=row[8] or "", rw=row[9] or "", desa_code=row[10] or ""))


class _Scaled(Progress):
    """Relays the engine's progress (and the cancel request) to the caller's progress."""

    def __init__(self, outer: Progress, total: int) -> None:
        super().__init__()
        self.outer = outer
        self.total = total

    def step(self, done: int, total: int) -> bool:
        return self.outer.step(min(self.total, done), self.total)
