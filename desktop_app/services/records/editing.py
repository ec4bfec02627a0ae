"""Records use cases: check, save, delete (tombstone), restore, history, bulk create, list.

Every change raises ``rev``, records the operator and appends a history entry, in one unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import duplicates
from desktop_app.core.issues import Issue, Severity
from desktop_app.core.person import DELETE_REASON_LABELS, VILLAGE_FIELDS, Person
from desktop_app.core.progress import NULL_PROGRESS, Progress, paused_gc
from desktop_app.core.text import Msg
from desktop_app.core.validation import ValidationContext, validate
from desktop_app.services.app import App, now
from desktop_app.services.errors import ServiceError
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow


class RecordError(ServiceError, ValueError):
    """A user-facing refusal; ``str(e)`` is the Indonesian message (a ``core.text.Msg``, the only argument)."""


class DuplicateNik(RecordError):
    def __init__(self, existing_id: str, existing_name: str) -> None:
        super().__init__(Msg("NIK ini sudah dipakai oleh {name} di desa ini. Buka data yang sudah ada.",
                             name=existing_name))
        self.existing_id = existing_id
        self.existing_name = existing_name


class NotFound(RecordError):
    pass


@dataclass(frozen=True)
class SaveResult:
    person: Person
    issues: list[Issue]
    created: bool

    @property
    def has_errors(self) -> bool:
        return any(i.severity is Severity.ERROR for i in self.issues)


def _context(app: App, session: Session, today: date | None = None) -> ValidationContext:
    from desktop_app.services.app import PROGRAMME_KEY, Programme
    from desktop_app.storage import settings as settings_store

    programme = Programme.from_dict(settings_store.get(session, PROGRAMME_KEY))

    def same_nik(nik: str, _desa: str = "") -> list[tuple[str, str]]:
        return repo.active_with_nik(session, _desa or app.desa_code, nik)

    def similar(person: Person) -> list[tuple[str, str, str, list[str]]]:
        found = []
        for other in repo.duplicate_candidates(session, person):
            if other.nik == person.nik and other.nik and not (other.nik_from_number or person.nik_from_number):
                continue  # same NIK is nik.duplicate, not dup.similar
            judgement = duplicates.judge(person, other)
            if judgement.probable:
                found.append((judgement.score, other, judgement.reasons))
        if found:
            from desktop_app.storage import duplicates as decisions_store

            apart = decisions_store.not_same_partners(session, person.id)
            if apart:
                mine = duplicates.fingerprint(person)
                found = [f for f in found if apart.get(f[1].id) != (mine, duplicates.fingerprint(f[1]))]
        found.sort(key=lambda f: -f[0])
        return [(other.id, other.full_name, other.nik, reasons) for _score, other, reasons in found]

    def other_village(nik: str) -> list[str]:
        return repo.active_in_other_villages(session, app.desa_code, nik) if not app.profile.is_desa else []

    return ValidationContext(
        desa_code=app.desa_code,
        today=today,
        age_min=programme.age_min,
        age_max=programme.age_max,
        default_coverage_start=programme.coverage_start,
        same_nik=lambda nik: [(pid, name) for pid, name in same_nik(nik)],
        similar=similar,
        other_village=other_village,
    )


def _validate_in(app: App, session: Session, person: Person) -> list[Issue]:
    return validate(person, _context(app, session))


def check(app: App, person: Person) -> list[Issue]:
    """Validate without saving (the form calls this while the operator types)."""
    with app.db.read() as session:
        return _validate_in(app, session, _prepared(app, person))


def _prepared(app: App, person: Person) -> Person:
    if app.profile.is_desa and not person.desa_code:
        person = person.copy(desa_code=app.desa_code)
    return person


def get(app: App, person_id: str) -> Person | None:
    with app.db.read() as session:
        return repo.get(session, person_id)


def issues_of(app: App, person_id: str) -> list[Issue]:
    with app.db.read() as session:
        return repo.stored_issues(session, person_id)


def save(app: App, person: Person, *, operator: str | None = None) -> SaveResult:
    """Create or update one record. Errors other than nik.duplicate save it as perlu perbaikan."""
    who = operator or app.operator
    person = _prepared(app, person)
    with app.db.unit_of_work() as session:
        before = repo.get(session, person.id)
        if before is not None and before.deleted:
            raise RecordError(Msg("Data ini sudah dihapus. Pulihkan dulu sebelum mengubahnya."))
        issues = _validate_in(app, session, person)
        dup = next((i for i in issues if i.code == "nik.duplicate"), None)
        if dup is not None:
            existing = repo.active_with_nik(session, person.desa_code, person.nik, exclude_id=person.id)
            if existing:
                raise DuplicateNik(*existing[0])
        stamp = now()
        if before is None:
            saved = person.copy(rev=1, created_at=stamp, created_by=who, updated_at=stamp, updated_by=who, sent_rev=0)
            repo.insert_person(session, saved, issues)
            repo.add_history(session, saved.id, by=who, action="create", rev=1,
                             changes=repo.diff(None, saved, VILLAGE_FIELDS), at=stamp)
            created = True
        else:
            changes = repo.diff(before, person, VILLAGE_FIELDS)
            if not changes:
                repo.update_person(session, before, issues)  # refresh stored issues only
                return SaveResult(before, issues, False)
            saved = person.copy(
                rev=before.rev + 1,
                created_at=before.created_at,
                created_by=before.created_by,
                updated_at=stamp,
                updated_by=who,
                sent_rev=before.sent_rev,
                # district-owned fields are never changed from the village form
                **before.district_values(),
            )
            repo.update_person(session, saved, issues)
            repo.add_history(session, saved.id, by=who, action="update", rev=saved.rev, changes=changes, at=stamp)
            created = False
            if before.nik != saved.nik:
                _revalidate_nik(app, session, before.nik, saved.desa_code, exclude=saved.id)
        return SaveResult(saved, issues, created)


def _revalidate_nik(app: App, session: Session, nik: str, desa_code: str, exclude: str) -> None:
    """Records that shared a NIK (or were similar) get their stored issues refreshed."""
    if not nik:
        return
    stmt = select(PersonRow).where(
        PersonRow.desa_code == desa_code, PersonRow.nik == nik, PersonRow.deleted_at.is_(None), PersonRow.id != exclude
    )
    for row in list(session.scalars(stmt)):
        other = repo.to_person(row)
        repo.update_person(session, other, _validate_in(app, session, other))


def delete(app: App, person_id: str, reason: str, *, operator: str | None = None, note: str = "") -> Person:
    """Tombstone a record with a reason; it stays in the database and travels in packages."""
    who = operator or app.operator
    reason = (reason or "").strip()
    if not reason:
        raise RecordError(Msg("Alasan hapus harus diisi (misalnya meninggal, pindah, duplikat)."))
    label = DELETE_REASON_LABELS.get(reason, reason)
    text = f"{label}: {note.strip()}" if note.strip() else label
    with app.db.unit_of_work() as session:
        return tombstone_in(app, session, person_id, text, who=who)


def tombstone_in(app: App, session: Session, person_id: str, text: str, *, who: str,
                 extra_changes: dict[str, list[Any]] | None = None, source: str = "") -> Person:
    """Tombstone one record inside the caller's unit of work (history entry included)."""
    before = repo.get(session, person_id)
    if before is None:
        raise NotFound(Msg("Data tidak ditemukan."))
    if before.deleted:
        raise RecordError(Msg("Data ini sudah dihapus."))
    stamp = now()
    after = before.copy(deleted_at=stamp, delete_reason=text[:200], rev=before.rev + 1, updated_at=stamp, updated_by=who)
    repo.update_person(session, after, repo.stored_issues(session, person_id))
    changes: dict[str, list[Any]] = {"delete_reason": [None, after.delete_reason]}
    changes.update(extra_changes or {})
    repo.add_history(session, person_id, by=who, action="delete", rev=after.rev, changes=changes, at=stamp,
                     source=source)
    _revalidate_nik(app, session, before.nik, before.desa_code, exclude=person_id)
    return after


def restore(app: App, person_id: str, *, operator: str | None = None) -> SaveResult:
    who = operator or app.operator
    with app.db.unit_of_work() as session:
        return restore_in(app, session, person_id, who=who)


def restore_in(app: App, session: Session, person_id: str, *, who: str,
               extra_changes: dict[str, list[Any]] | None = None, source: str = "") -> SaveResult:
    """Bring a tombstoned record back inside the caller's unit of work."""
    before = repo.get(session, person_id)
    if before is None:
        raise NotFound(Msg("Data tidak ditemukan."))
    if not before.deleted:
        raise RecordError(Msg("Data ini tidak dalam keadaan terhapus."))
    candidate = before.copy(deleted_at=None, delete_reason="")
    existing = repo.active_with_nik(session, candidate.desa_code, candidate.nik, exclude_id=person_id)
    if existing:
        raise DuplicateNik(*existing[0])
    stamp = now()
    after = candidate.copy(rev=before.rev + 1, updated_at=stamp, updated_by=who)
    issues = _validate_in(app, session, after)
    repo.update_person(session, after, issues)
    changes: dict[str, list[Any]] = {"delete_reason": [before.delete_reason, None]}
    changes.update(extra_changes or {})
    repo.add_history(session, person_id, by=who, action="restore", rev=after.rev, changes=changes, at=stamp,
                     source=source)
    return SaveResult(after, issues, False)


def revalidate_in(app: App, session: Session, person_id: str) -> None:
    """Refresh the stored issues of one active record (after a decision changed what it is like)."""
    person = repo.get(session, person_id)
    if person is not None and not person.deleted:
        repo.update_person(session, person, _validate_in(app, session, person))


def history(app: App, person_id: str) -> list[repo.HistoryEntry]:
    with app.db.read() as session:
        return repo.history(session, person_id)


def find_by_nik(app: App, nik: str, *, include_deleted: bool = False) -> list[Person]:
    with app.db.read() as session:
        found = repo.find_by_nik(session, nik, include_deleted=include_deleted)
    return [p for p in found if not app.profile.is_desa or p.desa_code == app.desa_code]


# ---------------------------------------------------------------- bulk


@dataclass
class BulkResult:
    created: int
    with_errors: int
    ids: list[str]


class _MemoryIndex:
    """Active records of a village held in memory for fast bulk validation."""

    def context(self, app: App, programme: Any) -> ValidationContext:
        """The validation context of a bulk run: duplicates are looked up in this index, and
        "today" is fixed for the whole run."""
        return ValidationContext(
            desa_code=app.desa_code, today=date.today(), age_min=programme.age_min, age_max=programme.age_max,
            default_coverage_start=programme.coverage_start, same_nik=self.same_nik, similar=self.similar,
        )

    def __init__(self, session: Session, desa_code: str) -> None:
        self.by_nik: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.by_birth: dict[Any, list[Person]] = defaultdict(list)
        # comparison entries of by_birth, same order (built once per person, not per comparison)
        self._birth_entries: dict[Any, list[Any]] = defaultdict(list)
        self._last: tuple[Person | None, Any] = (None, None)
        stmt = select(PersonRow).where(PersonRow.desa_code == desa_code, PersonRow.deleted_at.is_(None))
        for row in session.scalars(stmt.execution_options(yield_per=5000)):
            self.add(repo.to_person(row))

    def _entry(self, person: Person) -> Any:
        last, entry = self._last
        if last is not person:
            entry = duplicates.person_entry(person)
            self._last = (person, entry)
        return entry

    def add(self, person: Person) -> None:
        key = repo.nik_key(person)
        if key:
            self.by_nik[key].append((person.id, person.full_name))
        if person.birth_date is not None:
            self.by_birth[person.birth_date].append(person)
            self._birth_entries[person.birth_date].append(self._entry(person))
        self._last = (None, None)

    def same_nik(self, nik: str) -> list[tuple[str, str]]:
        return list(self.by_nik.get(nik, ()))

    def similar(self, person: Person) -> list[tuple[str, str, str]]:
        out: list[tuple[str, str, str]] = []
        if not person.birth_date:
            return out
        others = self.by_birth.get(person.birth_date)
        if not others:
            return out
        entry = self._entry(person)
        return [(other.id, other.full_name, other.nik) for other in
               (others[i] for i in duplicates.probable_same_date(entry, self._birth_entries[person.birth_date]))
               if other.id != person.id and not (other.nik and other.nik == person.nik)]


def create_many(
    app: App,
    persons: Iterable[Person],
    *,
    operator: str | None = None,
    action: str = "create",
    source: str = "",
    progress: Progress = NULL_PROGRESS,
    total: int | None = None,
    session: Session | None = None,
    batch_id: int | None = None,
) -> BulkResult:
    """Insert many new records in one unit of work (demo data, imports).

    A record whose NIK is already active in the village is saved with ``nik.duplicate`` left out
    of the unique rule only if its NIK is damaged; otherwise the caller must have decided first
    (imports skip or update): here such a record raises DuplicateNik.
    """
    who = operator or app.operator
    items = list(persons) if total is None else persons
    count_total = total if total is not None else len(items)  # type: ignore[arg-type]

    def run(s: Session) -> BulkResult:
        programme = app.programme()
        index = _MemoryIndex(s, app.desa_code)
        ctx = index.context(app, programme)
        stamp = now()
        made_history = repo.history_maker(at=stamp, by=who, action=action, rev=1, source=source)
        rows: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        ids: list[str] = []
        errors = 0
        for n, person in enumerate(items, 1):
            person = _prepared(app, person).copy(
                rev=1, created_at=stamp, created_by=who, updated_at=stamp, updated_by=who, sent_rev=0
            )
            issues = validate(person, ctx)
            if any(i.code == "nik.duplicate" for i in issues):
                first = index.same_nik(person.nik)[0]
                raise DuplicateNik(*first)
            errors += any(i.severity is Severity.ERROR for i in issues)
            rows.append(repo.row_tuple(person, issues, batch_id))
            history.append(made_history(person.id))
            ids.append(person.id)
            index.add(person)
            if len(rows) >= 2000:
                repo.insert_rows(s, rows)
                repo.add_history_rows(s, history)
                rows, history = [], []
            if n % 500 == 0:
                progress.check(n, count_total)
        repo.insert_rows(s, rows)
        repo.add_history_rows(s, history)
        progress.step(count_total, count_total)
        return BulkResult(len(ids), errors, ids)

    with paused_gc():
        if session is not None:
            return run(session)
        with app.db.unit_of_work() as s:
            return run(s)


def revalidate_all(app: App, progress: Progress = NULL_PROGRESS) -> int:
    """Re-check every active record (after settings changed); returns how many changed status."""
    changed = 0
    with paused_gc(), app.db.unit_of_work() as session:
        index = _MemoryIndex(session, app.desa_code)
        programme = app.programme()
        ctx = index.context(app, programme)
        rows = list(session.scalars(select(PersonRow).where(PersonRow.deleted_at.is_(None))))
        for n, row in enumerate(rows, 1):
            person = repo.to_person(row)
            issues = validate(person, ctx)
            values = repo.row_values(person, issues)
            if values["status"] != row.status or values["issues_json"] != row.issues_json:
                changed += 1
                for key in ("status", "error_count", "warning_count", "issue_codes", "issues_json"):
                    setattr(row, key, values[key])
            if n % 500 == 0:
                progress.check(n, len(rows))
    return changed


def list_records(app: App, flt: repo.RecordFilter | None = None) -> list[tuple[Person, list[Issue]]]:
    flt = flt or repo.RecordFilter(desa_code=app.desa_code or None)
    out = []
    with app.db.read() as session:
        stmt = repo.filtered(select(PersonRow), flt).order_by(PersonRow.full_name, PersonRow.id)
        for row in session.scalars(stmt):
            out.append((repo.to_person(row), repo.issues_from_json(row.issues_json)))
    return out


def counts(app: App) -> dict[str, int]:
    with app.db.read() as session:
        return repo.status_counts(session, app.desa_code or None)

