"""The operator's decisions on a proposed pair (village): sama orang, bukan orang yang sama, nanti.

Every decision is one unit of work and is kept (``duplicate_decisions``); undo marks it undone and
puts things back. *Sama orang* tombstones the other record with reason duplikat naming the kept
one (its history stays; undo restores it). No decision ever removes a record physically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core import duplicates as engine
from desktop_app.core.person import DELETE_REASON_LABELS, Person
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.errors import ServiceError
from desktop_app.services.records import editing
from desktop_app.storage import duplicates as store
from desktop_app.storage import persons as repo

SAME = "same"
NOT_SAME = "not_same"
LATER = "later"
DECISIONS = (SAME, NOT_SAME, LATER)


class DecisionError(ServiceError, ValueError):
    """A decision that cannot be made (or undone) as asked."""


@dataclass(frozen=True)
class Decision:
    id: int
    a_id: str
    b_id: str
    decision: str
    kept_id: str
    removed_id: str
    score: float
    reasons: list[str]
    note: str
    decided_at: datetime
    decided_by: str
    undone_at: datetime | None
    undone_by: str

    @property
    def active(self) -> bool:
        return self.undone_at is None


def _decision(row: store.DuplicateDecisionRow) -> Decision:  # type: ignore[name-defined]
    return Decision(row.id, row.a_id, row.b_id, row.decision, row.kept_id, row.removed_id, row.score,
                    row.reasons.split() if row.reasons else [], row.note, row.decided_at, row.decided_by,
                    row.undone_at, row.undone_by)


def _village_only(app: App) -> None:
    if not app.profile.is_desa:
        raise DecisionError(Msg(
            "Di Mode Kabupaten data desa tidak diubah: keputusan duplikat dibuat sebagai kasus "
            "(menu Kasus atau 'sipera cases') dan dikirim ke desa lewat umpan balik."))


def _pair_of(session, a_id: str, b_id: str) -> tuple[Person, Person]:  # noqa: ANN001
    if a_id == b_id:
        raise DecisionError(Msg("Pilih dua data yang berbeda."))
    a, b = repo.get(session, a_id), repo.get(session, b_id)
    if a is None or b is None:
        raise DecisionError(Msg("Data tidak ditemukan."))
    return a, b


def _record(app: App, session, a: Person, b: Person, decision: str, who: str, *, kept: str = "",  # noqa: ANN001
            removed: str = "", note: str = "") -> Decision:
    x, y = (a, b) if a.id < b.id else (b, a)
    judgement = engine.judge(x, y)
    row = store.add_decision(
        session, a_id=x.id, b_id=y.id, decision=decision, kept_id=kept, removed_id=removed,
        a_fingerprint=engine.fingerprint(x), b_fingerprint=engine.fingerprint(y), score=judgement.score,
        reasons=" ".join(judgement.reasons), note=(note or "").strip(), decided_at=now(), decided_by=who,
        undone_at=None, undone_by="",
    )
    return _decision(row)


def _supersede(session, a_id: str, b_id: str, who: str) -> None:  # noqa: ANN001
    """An older "nanti" on the same pair is closed by the new decision."""
    old = store.pair_decision(session, a_id, b_id)
    while old is not None and old.decision == LATER:
        store.mark_undone(session, old, by=who, at=now())
        old = store.pair_decision(session, a_id, b_id)


def same_person(app: App, keep_id: str, remove_id: str, *, note: str = "", operator: str | None = None) -> Decision:
    """*Sama orang*: keep ``keep_id``; ``remove_id`` becomes a tombstone (reason duplikat, naming
    the kept record). Both must be active records of this village."""
    _village_only(app)
    who = operator or app.operator
    with app.db.unit_of_work() as session:
        keep, drop = _pair_of(session, keep_id, remove_id)
        if keep.deleted or drop.deleted:
            raise DecisionError(Msg("Salah satu data sudah dihapus; tidak ada yang diubah."))
        _supersede(session, keep.id, drop.id, who)
        decision = _record(app, session, keep, drop, SAME, who, kept=keep.id, removed=drop.id, note=note)
        label = DELETE_REASON_LABELS["duplikat"]
        text = f"{label}: sama dengan data {keep.id}"
        editing.tombstone_in(app, session, drop.id, text, who=who,
                             extra_changes={"duplicate_of": [None, keep.id]}, source=f"duplikat #{decision.id}")
        repo.add_history(session, keep.id, by=who, action="duplikat", rev=keep.rev,
                         changes={"duplicate_removed": [None, drop.id]}, at=decision.decided_at,
                         source=f"duplikat #{decision.id}")
        editing.revalidate_in(app, session, keep.id)
        return decision


def not_same_person(app: App, a_id: str, b_id: str, *, note: str = "", operator: str | None = None) -> Decision:
    """*Bukan orang yang sama*: remembered by both ids; the pair is not proposed again while the
    compared fields of both records stay as they are now."""
    _village_only(app)
    who = operator or app.operator
    with app.db.unit_of_work() as session:
        a, b = _pair_of(session, a_id, b_id)
        _supersede(session, a.id, b.id, who)
        decision = _record(app, session, a, b, NOT_SAME, who, note=note)
        for pid in (a.id, b.id):
            editing.revalidate_in(app, session, pid)
        return decision


def later(app: App, a_id: str, b_id: str, *, note: str = "", operator: str | None = None) -> Decision:
    """*Nanti*: the pair stays on the list, marked as put off."""
    _village_only(app)
    who = operator or app.operator
    with app.db.unit_of_work() as session:
        a, b = _pair_of(session, a_id, b_id)
        _supersede(session, a.id, b.id, who)
        return _record(app, session, a, b, LATER, who, note=note)


def undo(app: App, decision_id: int, *, operator: str | None = None) -> Decision:
    """Undo one decision: *sama orang* brings the tombstoned record back (history kept), the
    others simply stop counting. An undone decision cannot be undone again."""
    _village_only(app)
    who = operator or app.operator
    with app.db.unit_of_work() as session:
        row = store.get_decision(session, decision_id)
        if row is None:
            raise DecisionError(Msg("Keputusan duplikat nomor {id} tidak ada.", id=decision_id))
        if row.undone_at is not None:
            raise DecisionError(Msg("Keputusan ini sudah dibatalkan."))
        if row.decision == SAME and row.removed_id:
            removed = repo.get(session, row.removed_id)
            if removed is not None and removed.deleted:
                editing.restore_in(app, session, row.removed_id, who=who,
                                   extra_changes={"duplicate_of": [row.kept_id, None]},
                                   source=f"batal duplikat #{row.id}")
            if row.kept_id:
                editing.revalidate_in(app, session, row.kept_id)
        store.mark_undone(session, row, by=who, at=now())
        if row.decision == NOT_SAME:
            for pid in (row.a_id, row.b_id):
                editing.revalidate_in(app, session, pid)
        return _decision(row)


def undo_last(app: App, *, operator: str | None = None) -> Decision:
    """Undo the newest decision still in force."""
    _village_only(app)
    with app.db.read() as session:
        rows = store.active_decisions(session)
    if not rows:
        raise DecisionError(Msg("Belum ada keputusan duplikat yang bisa dibatalkan."))
    return undo(app, rows[-1].id, operator=operator)


def decisions(app: App, *, include_undone: bool = True, limit: int = 500) -> list[Decision]:
    """The decision log, newest first."""
    with app.db.read() as session:
        rows = store.all_decisions(session, limit) if include_undone else list(reversed(store.active_decisions(session)))
        return [_decision(r) for r in rows]


def decisions_about(app: App, person_id: str) -> list[Decision]:
    with app.db.read() as session:
        return [_decision(r) for r in store.decisions_for(session, person_id, include_undone=True)]
