"""Kotak masuk: merge village data packages into the district database.

Every file goes through the one opening pipeline (``sync.package.open_package``: size, ZIP,
signature by an enrolled and unrevoked village key, source, target, payload hash, decryption,
schema; ``merge_prep``, in worker processes for a big run) and is then merged all-or-nothing
(committed with the packages of about the same second, see ``COMMIT_EVERY_S`` and ``_Batch``);
one backup is made before the run. A refused file changes nothing and is listed with its reason; a package id already merged changes nothing
and says when it was first merged; a gap in a village's sequence is merged and reported.

Per record the pure rules of ``sync.merge`` decide: a higher ``rev`` replaces the village-owned
fields and keeps the district-owned ones, an equal or lower ``rev`` changes nothing, a tombstone
marks the record deleted, a record of another village is rejected while the rest merges. After
each package the NIKs it touched are looked at across villages: a NIK active in two villages puts
``nik.other_village`` on every such record and opens a review case.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from desktop_app.core.issues import CATALOG, Issue, make_issue
from desktop_app.core.person import VILLAGE_FIELDS
from desktop_app.core.progress import NULL_PROGRESS, Progress, paused_gc
from desktop_app.core.text import Msg
from desktop_app.core.validation import ValidationContext, validate
from desktop_app.services.app import PROGRAMME_KEY, App, Programme, now
from desktop_app.services.district import merge_prep as prep
from desktop_app.services.district.cases import KIND_DUPLICATE
from desktop_app.services.district.common import require_district
from desktop_app.services.packages.common import DbTrust, SnapshotTrust, _identity, _keep_copy
from desktop_app.storage import district as store
from desktop_app.storage import packages as package_log
from desktop_app.storage import persons as repo
from desktop_app.storage import settings as settings_store
from desktop_app.storage import trust as trust_store
from desktop_app.storage.models import PersonRow, VillageRow
from desktop_app.sync import merge as rules
from desktop_app.sync.errors import SyncError
from desktop_app.sync.manifest import Target

COUNT_KEYS = ("created", "updated", "unchanged", "stale", "deleted", "rejected")
BEFORE_MERGE = "sebelum-gabung"  # reason word of the backup made before a merge run
OTHER_VILLAGE = "nik.other_village"

_NIK_KEY_AT = repo.INSERT_COLUMNS.index("nik_key")
_DELETED_AT = repo.INSERT_COLUMNS.index("deleted_at")
_ORDER = {code: i for i, code in enumerate(CATALOG)}


@dataclass
class PackageOutcome:
    """What happened to one file of a merge run (the JSON shape of ``sipera merge --json``)."""

    file: str
    package_id: str | None = None
    desa_code: str | None = None
    sequence: int | None = None
    status: str = "refused"  # merged | already_merged | refused
    reason: str | None = None  # a Msg: why refused, or when first merged
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    missing_sequences: list[int] = field(default_factory=list)
    cases_opened: int = 0
    rejected_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "package_id": self.package_id,
            "desa_code": self.desa_code,
            "sequence": self.sequence,
            "status": self.status,
            "reason": None if self.reason is None else str(self.reason),
            "counts": dict(self.counts),
            "missing_sequences": list(self.missing_sequences),
            "cases_opened": self.cases_opened,
        }

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass
class MergeRun:
    packages: list[PackageOutcome] = field(default_factory=list)
    cancelled: bool = False
    backup: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"packages": [p.to_dict() for p in self.packages]}

    @property
    def refused(self) -> list[PackageOutcome]:
        return [p for p in self.packages if p.status == "refused"]


# ================================================================= files


_NAME = re.compile(r"^SIPERA_[a-z]+_(\d+)_(\d+)_(\d{8})\.sipera$")


def _order_key(path: Path) -> tuple[Any, ...]:
    m = _NAME.match(path.name)
    if m:
        return (0, m.group(1), int(m.group(2)), m.group(3), path.name)
    return (1, "", 0, "", path.name)


def package_files(items: Iterable[Path | str]) -> list[Path]:
    """The files of a merge run: files as given, folders as their ``*.sipera`` files (hidden
    ``.part`` leftovers of an interrupted copy skipped), each village's in sequence order."""
    out: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found = [p for p in path.iterdir() if p.suffix.lower() == ".sipera" and not p.name.startswith(".")
                     and p.is_file()]
            out.extend(sorted(found, key=_order_key))
        else:
            out.append(path)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve() if p.exists() else p
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


# ================================================================= run


# The packages of a run are committed together about once a second, not one commit each. Every
# package is still all-or-nothing (a refused one writes nothing; one in conflict is rolled back
# alone, see ``_merge_after_conflict``), and a kill -9 mid-run leaves each package either merged or not at all
# (tests/services/district/test_merge_crash.py); what a kill or a power cut can cost is the
# packages of the last second, which are not yet committed and which the next run merges again
# (nothing of them is half in, and the files are still in the inbox). One commit per package
# spent more time writing the same index pages again (about 4 of 17 s for 300 packages of 100,000
# records) than merging them. ``SIPERA_MERGE_COMMIT_S`` overrides it (0: every package committed
# as soon as it is merged).
COMMIT_EVERY_S = 1.0
COMMIT_ENV = "SIPERA_MERGE_COMMIT_S"


def _commit_every() -> float:
    try:
        return max(0.0, float(os.environ.get(COMMIT_ENV, "") or COMMIT_EVERY_S))
    except ValueError:
        return COMMIT_EVERY_S
RUN_CACHE_KIB = 64 * 1024  # SQLite page cache for the run's connection (index pages stay warm)
# WAL pages before a commit also copies them into the database file (SQLite's default is 1,000:
# with 300 commits of about 3,000 index pages each, every commit copied and synced the file
# again). The WAL grows to about 40 MB meanwhile; the setting goes back after the run.
RUN_AUTOCHECKPOINT_PAGES = 10_000


def merge_packages(app: App, items: Sequence[Path | str], *, progress: Progress = NULL_PROGRESS,
                   backup: bool = True, workers: int | None = None) -> MergeRun:
    """Merge every package of ``items`` (files or folders); cancel stops between packages.
    ``workers``: processes preparing packages ahead (None: chosen from the run's size)."""
    require_district(app)
    files = package_files(items)
    run = MergeRun()
    if not files:
        return run
    try:
        identity = _identity(app)
    except (SyncError, OSError) as exc:
        from desktop_app.services.district.common import DistrictError

        raise DistrictError(Msg("Kunci instalasi kabupaten tidak bisa dibaca: {reason}.", reason=str(exc))) from exc
    ctx = _run_context(app)
    total = len(files)
    count = prep.worker_count(files) if workers is None else workers
    # the workers start (about a second) while the backup is written
    with prep.Preparer(files, ctx, identity, workers=count) as preparer:
        if backup:
            run.backup = app.db.backup(BEFORE_MERGE)
        with paused_gc(), app.db.storage_errors():
            batch = _Batch(app)
            try:
                done = 0
                group: list[prep.Prepared] = []  # merged since the last commit
                if progress.step(0, total):
                    for prepared in preparer:
                        try:
                            outcome = merge_prepared(app, prepared, batch=batch, savepoint=False)
                            group.append(prepared)
                        except IntegrityError:
                            outcome = _merge_after_conflict(app, batch, group, prepared, run)
                            group = []  # committed up to and including it
                        run.packages.append(outcome)
                        if batch.commit_if_due():
                            group = []
                        done += 1
                        if done < total and not progress.step(done, total):
                            break
                if done < total:
                    run.cancelled = True
                else:
                    progress.step(total, total)
                batch.commit()
            finally:
                batch.close()
    return run


def _merge_after_conflict(app: App, batch: _Batch, group: list[prep.Prepared], prepared: prep.Prepared,
                          run: MergeRun) -> PackageOutcome:
    """A package in conflict (rare: data that contradicts the database) was merged straight in
    the run's transaction, which now holds part of it. Roll the transaction back, merge the
    packages of the group again (they merged before on the same state), commit them, and merge
    the package in conflict in a savepoint of its own: it is refused and changes nothing."""
    batch.rollback()
    if group:
        run.packages[-len(group):] = [merge_prepared(app, p, batch=batch, savepoint=False) for p in group]
        batch.commit()
    outcome = merge_prepared(app, prepared, batch=batch, savepoint=True)
    batch.commit()  # a new group starts after it
    return outcome


class _Batch:
    """The write transactions the packages of a run are merged in, a commit about every
    ``COMMIT_EVERY_S``; copies of merged files are kept once committed. The run's connection gets
    a bigger page cache and a later autocheckpoint until ``close``.

    Packages are merged straight in the transaction, not in a savepoint each: SQLite copies every
    page a savepoint first touches into a statement journal (about 3,000 pages a package), which
    cost as much as a third of the writing. A package in conflict is handled by rolling the
    transaction back instead (``_merge_after_conflict``)."""

    def __init__(self, app: App) -> None:
        import time

        self._app, self._clock = app, time.monotonic
        self._every = _commit_every()
        self._session: Any = None
        self._copies: list[Path] = []
        self._started = 0.0
        self._tuned: dict[int, tuple[Any, int, int]] = {}  # id(driver): (driver, cache, autocheckpoint)

    @property
    def session(self) -> Any:
        if self._session is None:
            s = self._app.db.sessions()
            driver = s.connection().connection.driver_connection
            self._tune(driver)
            if not driver.in_transaction:
                # an explicit BEGIN: the driver would start one only at the first write, and a
                # SAVEPOINT opening the transaction would commit it again at its RELEASE
                driver.execute("BEGIN")
            self._session, self._started = s, self._clock()
        return self._session

    def _tune(self, driver: Any) -> None:
        if id(driver) in self._tuned:
            return
        cache = driver.execute("PRAGMA cache_size").fetchone()[0]
        checkpoint = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self._tuned[id(driver)] = (driver, cache, checkpoint)
        if not (cache < 0 and -cache >= RUN_CACHE_KIB or cache > 0 and cache * 4 >= RUN_CACHE_KIB):
            driver.execute(f"PRAGMA cache_size=-{RUN_CACHE_KIB}")
        driver.execute(f"PRAGMA wal_autocheckpoint={max(checkpoint, RUN_AUTOCHECKPOINT_PAGES)}")

    def kept_copy(self, path: Path) -> None:
        self._copies.append(path)

    def commit_if_due(self) -> bool:
        if self._session is not None and self._clock() - self._started >= self._every:
            self.commit()
            return True
        return False

    def rollback(self) -> None:
        """Undo everything since the last commit (copies to keep included)."""
        if self._session is not None:
            s, self._session = self._session, None
            try:
                s.rollback()
            finally:
                s.close()
        self._copies = []

    def commit(self) -> None:
        if self._session is None:
            return
        s, self._session = self._session, None
        try:
            s.commit()
        finally:
            s.close()
        copies, self._copies = self._copies, []
        for path in copies:
            try:
                _keep_copy(self._app, path, "received")
            except OSError:
                pass  # the copy is for the history only; the merge itself is committed

    def close(self) -> None:
        """Roll back whatever was not committed (an exception ended the run); settings back."""
        self.rollback()
        tuned, self._tuned = self._tuned, {}
        for driver, cache, checkpoint in tuned.values():
            try:
                driver.execute(f"PRAGMA cache_size={int(cache)}")
                driver.execute(f"PRAGMA wal_autocheckpoint={int(checkpoint)}")
            except Exception:  # noqa: BLE001 - a connection closed meanwhile keeps nothing
                pass


def _run_context(app: App) -> prep.RunContext:
    with app.db.read() as s:
        return prep.RunContext(data_dir=str(app.data_dir), region_code=app.profile.region_code,
                               trust=SnapshotTrust.read(s), programme=_programme(s))


def _programme(session: Any) -> Programme:
    return Programme.from_dict(settings_store.get(session, PROGRAMME_KEY))


def merge_prepared(app: App, prepared: prep.Prepared, *, batch: _Batch, savepoint: bool = True) -> PackageOutcome:
    """Merge one prepared file all-or-nothing in ``batch``'s transaction: in a savepoint of its
    own (a conflict rolls back this package only and refuses it), or, with ``savepoint=False``,
    straight in the transaction: a conflict then raises ``IntegrityError`` and the caller rolls
    the transaction back (see ``merge_packages``)."""
    path = Path(prepared.path)
    outcome = PackageOutcome(file=prepared.path)
    s = batch.session
    if prepared.refusal is not None:
        code, outcome.reason = prepared.refusal
        _log_refusal(app, s, path, outcome, code)
        return outcome
    m = prepared.manifest
    assert m is not None
    outcome.package_id = m.package_id
    outcome.desa_code = m.source.region_code
    outcome.sequence = m.sequence
    if not savepoint:
        if _merge_or_replay(app, s, prepared, outcome):
            batch.kept_copy(path)
        return outcome
    try:
        with s.begin_nested():
            merged = _merge_or_replay(app, s, prepared, outcome)
    except IntegrityError as exc:
        outcome.status = "refused"
        outcome.counts = dict.fromkeys(COUNT_KEYS, 0)
        outcome.cases_opened = 0
        outcome.rejected_ids = []
        outcome.missing_sequences = []
        outcome.reason = Msg("Paket tidak bisa digabung karena data di dalamnya bertentangan ({detail}). "
                             "Tidak ada yang diubah.", detail=type(exc.orig).__name__)
        return outcome
    if merged:
        batch.kept_copy(path)
    return outcome


def _merge_or_replay(app: App, s: Any, prepared: prep.Prepared, outcome: PackageOutcome) -> bool:
    """Merge the package's records; a package id already merged changes nothing. True: merged."""
    m = prepared.manifest
    assert m is not None
    earlier = store.package(s, m.package_id)
    if earlier is not None and earlier.direction == "received":
        outcome.status = "already_merged"
        when = earlier.processed_at or earlier.created_at
        outcome.reason = Msg("Paket ini sudah digabung pada {when}; tidak ada yang diubah.",
                             when=when.strftime("%d-%m-%Y %H:%M") if when else "-")
        outcome.missing_sequences = _missing(store.received_sequences(s, m.source.region_code))
        return False
    _merge_records(app, s, prepared, outcome)
    return True


def _open(path: Path, session: Any, identity: Any, target: Target) -> Any:
    from desktop_app.sync.package import open_package

    return open_package(Path(path), trust=DbTrust(session), identity=identity, expect_kind="data",
                        expect_target=target)


def _log_refusal(app: App, s: Any, path: Path, outcome: PackageOutcome, code: str) -> None:
    """A refused file is listed in the package log (never half-applied)."""
    import hashlib
    import uuid

    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest() if Path(path).is_file() else ""
    except OSError:
        digest = ""
    row_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"sipera-refused:{digest or path}"))
    stamp = now()
    with s.begin_nested():
        row = store.package(s, row_id)
        if row is None:
            package_log.log_package(
                s, id=row_id, direction="refused", kind="data", source_code="", target_code=app.profile.region_code,
                sequence=0, file_name=Path(path).name[:400], file_sha256=digest, created_at=stamp,
                processed_at=stamp, operator=app.operator,
                outcome={"status": "refused", "code": code, "reason": str(outcome.reason)},
            )
        else:
            row.processed_at = stamp


def _missing(received: list[int]) -> list[int]:
    if not received:
        return []
    have = set(received)
    return [n for n in range(1, max(have) + 1) if n not in have]


# ================================================================= records


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _merge_records(app: App, s: Any, prepared: prep.Prepared, outcome: PackageOutcome) -> None:
    m = prepared.manifest
    assert m is not None
    desa = m.source.region_code
    package_id = m.package_id
    stamp = now()
    who = app.operator
    counts = outcome.counts
    ctx: ValidationContext | None = None  # read when a record is updated

    ids, revs = prepared.ids, prepared.revs
    own: list[int] = []
    for i, line_desa in enumerate(prepared.desas):
        if line_desa != desa:
            counts["rejected"] += 1
            outcome.rejected_ids.append(str(ids[i]))
        else:
            own.append(i)
    held = store.revs_of(s, [ids[i] for i in own])

    touched_keys: set[str] = set()
    freed_keys: set[str] = set()  # a record's NIK key before an update changed it
    now_deleted: set[str] = set()  # records this package deleted
    new_at: list[int] = []
    to_load: list[dict[str, Any]] = []
    for i in own:
        known = held.get(ids[i])
        if known is None:
            new_at.append(i)
            continue
        old_rev, old_desa = known
        if old_desa != desa:
            counts["rejected"] += 1
            outcome.rejected_ids.append(ids[i])
        elif revs[i] < old_rev:
            counts["stale"] += 1
        elif revs[i] == old_rev:
            counts["unchanged"] += 1
        else:
            to_load.append(prepared.line(i))

    # updates first: a deletion or a corrected NIK frees a NIK a new record of the package takes
    rows = store.rows_by_id(s, [line["id"] for line in to_load])
    history: list[tuple[Any, ...]] = []
    for line in to_load:
        row = rows[line["id"]]
        old_key = row.nik_key
        existing = repo.to_person(row)
        existing_dict = {k: _json_value(v) for k, v in existing.to_json().items()}
        decision = rules.decide(existing_dict, line)
        if decision.outcome == "rejected" or not decision.changes:
            counts[decision.outcome] += 1
            continue
        merged = prep.person_from_line(decision.record)
        merged.sent_rev = merged.district_rev = merged.rev
        key = repo.nik_key(merged)
        if key and not merged.deleted:
            holder = store.active_nik_holders(s, desa, [key]).get(key)
            if holder is not None and holder != merged.id:
                key = None  # held back until the village's other record with this NIK goes
        if ctx is None:
            ctx = prep.validation_context(_programme(s), desa)
        issues = validate(merged, ctx)
        repo.update_person(s, merged, issues)
        if key != repo.nik_key(merged):
            store.set_nik_key(s, merged.id, key)
        if old_key:
            touched_keys.add(old_key)
            if old_key != key:
                freed_keys.add(old_key)
        if key:
            touched_keys.add(key)
        if merged.deleted and not existing.deleted:
            now_deleted.add(merged.id)
        changes = repo.diff(existing, merged, (*VILLAGE_FIELDS, "deleted_at", "delete_reason"))
        history.append(repo.history_tuple(merged.id, at=stamp, by=who, action="merge", rev=merged.rev,
                                          changes=json.dumps(changes, ensure_ascii=False, default=str),
                                          source=package_id))
        counts[decision.outcome] += 1

    # new records: one bulk insert of the rows prepared (and validated) with the package
    if new_at:
        rows_in = prepared.rows
        keys = {values[_NIK_KEY_AT] for values in (rows_in[i] for i in new_at)
                if values[_NIK_KEY_AT] and values[_DELETED_AT] is None}
        taken = store.active_nik_holders(s, desa, keys) if keys else {}
        rows_out: list[tuple[Any, ...]] = []
        make = repo.history_maker(at=stamp, by=who, action="merge", rev=0, source=package_id)
        for i in new_at:
            values = rows_in[i]
            assert values is not None
            key = values[_NIK_KEY_AT]
            deleted = values[_DELETED_AT] is not None
            if key and not deleted:
                if key in taken:
                    values = (*values[:_NIK_KEY_AT], None, *values[_NIK_KEY_AT + 1 :])
                else:
                    taken[key] = ids[i]
                    touched_keys.add(key)
            elif key:
                touched_keys.add(key)
            rows_out.append(values)
            hist = make(ids[i])
            history.append((hist[0], hist[1], hist[2], hist[3], revs[i], *hist[5:]))
            counts["deleted" if deleted else "created"] += 1
        with repo.bulk_page_cache(s):
            repo.insert_rows(s, rows_out)
    repo.add_history_rows(s, history)

    # a held-back NIK key is freed only when its holder goes (deleted or its NIK corrected): by
    # an update, never by a new record
    repaired = _repair_nik_keys(s, desa) if to_load else set()
    outcome.cases_opened = _other_village_pass(s, touched_keys | repaired, freed_keys, package_id, stamp)
    if now_deleted:
        _close_pair_cases(s, now_deleted, stamp)

    # the package log and the village's sequences
    processed = now()
    package_log.log_package(
        s, id=package_id, direction="received", kind="data", source_code=desa, target_code=m.target.region_code
        if m.target else "", sequence=m.sequence, prev_hash=m.prev_hash or "", file_name=Path(prepared.path).name[:400],
        file_sha256=prepared.sha256, created_at=datetime.fromisoformat(m.created_at).replace(tzinfo=None)
        if m.created_at else processed, processed_at=processed, operator=who, counts=m.counts,
        outcome={"status": "merged", "counts": counts, "cases_opened": outcome.cases_opened,
                 "rejected_ids": outcome.rejected_ids[:1000]},
    )
    s.flush()
    received = store.received_sequences(s, desa)
    outcome.missing_sequences = _missing(received)
    outcome.status = "merged"
    village = s.get(VillageRow, desa)
    if village is not None:
        village.last_sequence = max(received) if received else 0


def _repair_nik_keys(s: Any, desa: str) -> set[str]:
    """Records whose NIK key was held back (another active record of the village had that NIK
    when they arrived) get it once that record is gone: the end state does not depend on the
    order the packages came in."""
    rows = store.unkeyed_rows(s, desa)
    if not rows:
        return set()
    keys = {nik for _pid, nik, deleted in rows if not deleted}
    taken = store.active_nik_holders(s, desa, keys) if keys else {}
    fixed: set[str] = set()
    for pid, nik, deleted in rows:
        if deleted:
            store.set_nik_key(s, pid, nik)
        elif nik not in taken:
            taken[nik] = pid
            store.set_nik_key(s, pid, nik)
            fixed.add(nik)
    return fixed


def _sorted_issues(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda i: _ORDER.get(i.code, len(_ORDER)))


def _other_village_pass(s: Any, keys: set[str], freed: set[str], package_id: str, stamp: datetime) -> int:
    """``nik.other_village`` on exactly the active records whose NIK is active in another
    village; a case for every such NIK (opened, grown or reopened); cases whose NIK is no longer
    active in two villages close by themselves. Returns the number of cases opened. ``freed``:
    keys a record of the package gave up (see ``keys_needing_a_look``)."""
    keys = store.keys_needing_a_look(s, keys, OTHER_VILLAGE, freed=freed) if keys else set()
    if not keys:
        return 0
    opened = 0
    by_key: dict[str, list[PersonRow]] = {}
    for row in store.rows_with_nik_keys(s, keys):
        by_key.setdefault(row.nik_key, []).append(row)
    cases = store.cases_for_niks(s, keys)
    changed: list[tuple[PersonRow, list[Issue]]] = []
    for key in sorted(keys):
        rows = by_key.get(key, [])
        active = [r for r in rows if r.deleted_at is None]
        villages = sorted({r.desa_code for r in active})
        for row in rows:
            others = [v for v in villages if v != row.desa_code] if row.deleted_at is None else []
            issues = _other_village_issues(row, others)
            if issues is not None:
                changed.append((row, issues))
        opened += _case_for(s, key, active if len(villages) > 1 else [], package_id, stamp, cases.get(key, []))
    store.set_issues_many(s, changed)
    return opened


def _close_pair_cases(s: Any, deleted: set[str], stamp: datetime) -> None:
    """A probable-duplicate case (*Buat kasus* on a pair) still open closes by itself when the
    village deletes one of its two records: nothing is left to compare (the record stays in the
    case's history; a restored record is found again by the next duplicate scan)."""
    for case in store.cases(s, open_only=True, kind=KIND_DUPLICATE):
        if deleted & set(json.loads(case.person_ids or "[]")):
            case.status = "closed"
            case.resolved_at = stamp


def _other_village_issues(row: PersonRow, others: list[str]) -> list[Issue] | None:
    """The record's issues with ``nik.other_village`` naming ``others``; None when unchanged."""
    if not others and OTHER_VILLAGE not in (row.issue_codes or ""):
        return None
    issues = repo.issues_from_json(row.issues_json)
    current = [i for i in issues if i.code == OTHER_VILLAGE]
    wanted = ", ".join(others)
    if (not others and not current) or (others and len(current) == 1 and current[0].params.get("desa") == wanted):
        return None
    kept = [i for i in issues if i.code != OTHER_VILLAGE]
    if others:
        kept.append(make_issue(OTHER_VILLAGE, desa=wanted))
    return _sorted_issues(kept)


def _case_for(s: Any, nik: str, active: list[PersonRow], package_id: str, stamp: datetime,
              cases: list[Any]) -> int:
    existing = [c for c in cases if c.kind == OTHER_VILLAGE]
    live = [c for c in existing if c.status != "closed"]
    if not active:
        for case in live:
            if case.status in ("open", "later"):
                case.status = "closed"
                case.resolved_at = stamp
        return 0
    ids = sorted(r.id for r in active)
    desas = sorted({r.desa_code for r in active})
    for case in live or existing[-1:]:
        # the case names the records active with this NIK now (a deleted one leaves it)
        old_ids = set(json.loads(case.person_ids or "[]"))
        case.person_ids = json.dumps(ids)
        case.desa_codes = json.dumps(desas)
        if case.status == "closed" or not old_ids >= set(ids):
            case.status = "open"  # back, or someone new claims the NIK: look again
            case.resolved_at = None
        return 0
    store.add_case(s, kind=OTHER_VILLAGE, nik=nik, person_ids=ids, desa_codes=desas, opened_at=stamp,
                   package_id=package_id, status="open", resolution="")
    return 1


def open_records(app: App, path: Path) -> list[dict[str, Any]]:
    """The checked payload lines of a package (the same pipeline as the merge, nothing changes)."""
    target = Target(role="kabupaten", region_code=app.profile.region_code)
    with app.db.read() as s:
        return _open(Path(path), s, _identity(app), target).records


def enrolled_codes(app: App) -> list[str]:
    with app.db.read() as s:
        return [v.desa_code for v in trust_store.villages(s)]
