"""Spreadsheet import: preview (dry run), one-transaction import with progress, report, undo.

Flow: ``analyse`` reads the file and finds the layout (header, data rows, column mapping; a
mapping the operator corrected is remembered per layout signature); ``run_import`` turns each
data row into a Person, validates it against the village's records and the rest of the file,
and - unless it is a dry run - writes everything in one unit of work. Rows with errors are
imported as *perlu perbaikan*: nothing in the file is lost silently.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import select

from desktop_app.core.issues import Issue, Severity
from desktop_app.core.person import VILLAGE_FIELDS, Person
from desktop_app.core.progress import NULL_PROGRESS, Cancelled, Progress, paused_gc
from desktop_app.core.text import Msg
from desktop_app.core.validation import validate
from desktop_app.services.app import App, now
from desktop_app.services.errors import ServiceError
from desktop_app.services.records.editing import _MemoryIndex
from desktop_app.services.sheets import sources
from desktop_app.services.sheets.layout import Layout, detect
from desktop_app.services.sheets.reader import LazyRows, SheetData, SpreadsheetError, read_workbook
from desktop_app.services.sheets.rows import RowConverter
from desktop_app.services.sheets.sources import CandidateFilter, CandidatePicker
from desktop_app.storage import persons as repo
from desktop_app.storage.models import ImportBatchRow, PersonHistoryRow, PersonRow

MAPPINGS_PREFERENCE = "import_mappings"
ON_DUPLICATE = ("skip", "update")


class ImportError_(ServiceError, ValueError):  # noqa: N801 - avoid shadowing the builtin ImportError
    """A refusal the user can act on; ``str(e)`` is the Indonesian message."""


@dataclass(slots=True)
class RowResult:
    row: int
    status: str  # created, updated, skipped, rejected
    person_id: str | None
    nik: str
    name: str
    issues: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        return [*self.notes, *(i.message() for i in self.issues)]

    @property
    def left_out(self) -> bool:
        return self.status == "left_out"

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "status": self.status,
            "person_id": self.person_id,
            "nik": self.nik,
            "full_name": self.name,
            "issues": [i.to_dict() for i in self.issues],
            "notes": list(self.notes),
        }


@dataclass
class ImportReport:
    file: str
    sheet: str
    header_row: int | None
    mapping: dict[str, int]
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    with_errors: int = 0
    ignored_rows: list[tuple[int, str]] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    dry_run: bool = False
    batch_id: int | None = None
    headers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""  # sources key ('opensid_template', 'siak', ...) or '' for any other list
    left_out: int = 0  # rows of a population file not picked as candidates (or dead/moved)
    left_out_counts: dict[str, int] = field(default_factory=dict)  # sources.LEFT_OUT_KINDS -> rows
    candidates: dict[str, Any] | None = None  # the CandidateFilter used (to_dict), None: everyone
    # what the file holds, for the candidate filter controls: occupation key -> rows, dusun -> rows, rt -> rows
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def source_label(self) -> str:
        return sources.source_label(self.source)

    @property
    def picked(self) -> int:
        return self.rows_read - self.left_out

    def to_json(self, *, rows: bool = True) -> dict[str, Any]:
        """The report as JSON data; ``rows=False`` leaves the per-row list out (the batch summary)."""
        out = {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": dict(self.mapping),
            "rows_read": self.rows_read,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "with_errors": self.with_errors,
            "ignored_rows": [{"row": r, "reason": why} for r, why in self.ignored_rows],
            "rows": None,
            "dry_run": self.dry_run,
            "batch_id": self.batch_id,
            "warnings": list(self.warnings),
            "source": sources.family_of(self.source) or None,
            "source_label": self.source_label or None,
            "picked": self.picked,
            "left_out": self.left_out,
            "left_out_counts": dict(self.left_out_counts),
            "left_out_rows": [{"row": r.row, "full_name": r.name, "reason": "; ".join(r.notes)}
                              for r in self.rows if r.status == "left_out"],
            "candidates": self.candidates,
        }
        if rows:
            out["rows"] = [r.to_dict() for r in self.rows]
        else:
            del out["rows"]
            del out["left_out_rows"]
        return out

    def report_rows(self) -> list[dict[str, Any]]:
        """Rows for ``writer.write_report`` (the workbook the operator fixes the source with)."""
        out = [{"row": r.row, "status": r.status, "nik": r.nik, "name": r.name, "messages": r.messages()}
               for r in self.rows]
        out += [{"row": row, "status": "ignored", "messages": [why]} for row, why in self.ignored_rows]
        return sorted(out, key=lambda d: d["row"] or 0)


@dataclass
class Analysis:
    path: Path
    sheet: SheetData
    layout: Layout

    @property
    def source(self) -> str:
        """The system the list came from (``sources`` key) or '' for a hand-made list."""
        return self.layout.source

    @property
    def source_label(self) -> str:
        return sources.source_label(self.layout.source)

    @property
    def population(self) -> bool:
        """A whole population (children, civil servants...): the candidates are picked from it."""
        return sources.is_population(self.layout.source)


def remembered_mappings(app: App) -> dict[str, dict[str, int]]:
    data = app.preference(MAPPINGS_PREFERENCE, {}) or {}
    return {str(k): {str(t): int(c) for t, c in v.items()} for k, v in data.items() if isinstance(v, dict)}


def remember_mapping(app: App, signature: str, mapping: dict[str, int]) -> None:
    data = remembered_mappings(app)
    data[signature] = {k: int(v) for k, v in mapping.items()}
    app.set_preference(MAPPINGS_PREFERENCE, data)


def analyse(app: App, path: Path, *, sheet: str | int | None = None, header_row: int | None = None,
            mapping: dict[str, int] | None = None, progress: Progress | None = None,
            source: str = "auto") -> Analysis:
    """Read the file and find its layout. ``source``: ``auto`` recognises OpenSID, SIAK, the Buku
    Induk Penduduk and DTKS/Regsosek sheets (else a list of any layout); ``opensid``, ``siak``,
    ``bip`` or ``dtks`` insists on that system and refuses a file that is not."""
    path = Path(path)
    source = (source or "auto").lower()
    if source not in sources.SOURCE_CHOICES:
        raise ImportError_(Msg("Sumber '{source}' tidak dikenal. Pilihan: {choices}.", source=source,
                               choices=", ".join(sources.SOURCE_CHOICES)))
    if not path.exists():
        raise ImportError_(Msg("Berkas {path} tidak ada.", path=str(path)))
    data = _read(path, sheet, progress)
    if sheet is None and len(data.sheet_names) > 1:
        data = _people_sheet(path, data, source, progress)
    return _analysis(app, path, data, header_row=header_row, mapping=mapping, source=source)


def _read(path: Path, sheet: str | int | None, progress: Progress | None) -> SheetData:
    try:
        with paused_gc():
            return read_workbook(path, sheet=sheet, progress=progress)
    except SpreadsheetError as exc:
        raise ImportError_(str(exc)) from exc


def _people_sheet(path: Path, data: SheetData, source: str, progress: Progress | None) -> SheetData:
    """The first sheet unless it holds no people: OpenSID's 'Kode Data' sheet, or the household
    block of a DTKS/Regsosek workbook (one sheet per questionnaire block; the people are in the one
    with the NIK column)."""
    def holds_people(d: SheetData) -> bool:
        if sources.is_code_sheet(d.sheet):
            return False
        if sources.recognise(d.rows, sheet=d.sheet, sheet_names=d.sheet_names):
            return True
        return source == "auto" and "nik" in detect(d.rows).mapping

    if holds_people(data):
        return data
    for index, name in enumerate(data.sheet_names[:20]):
        if name == data.sheet:
            continue
        try:
            other = _read(path, index, progress)
        except ImportError_:
            continue
        if holds_people(other):
            return other
    return data


def _analysis(app: App, path: Path, data: SheetData, *, header_row: int | None, mapping: dict[str, int] | None,
              source: str = "auto", known: str = "") -> Analysis:
    if sources.is_code_sheet(data.sheet):
        layout = Layout(None, [], {}, [], warnings=[Msg(
            "Lembar '{sheet}' berisi daftar kode, bukan data penduduk. Pilih lembar data penduduknya.",
            sheet=data.sheet)])
        return Analysis(path, data, layout)
    key = known
    if not key and header_row is None:
        key = sources.recognise(data.rows, sheet=data.sheet, sheet_names=data.sheet_names)
        if source != "auto" and sources.family_of(key) != source:
            key = source  # insisted on: read as that system, or refuse below
    layout = None
    if key and header_row is None:
        layout = sources.source_layout(key, data.rows, sheet=data.sheet, sheet_names=data.sheet_names,
                                       mapping=mapping)
    if layout is None and source != "auto" and header_row is None and not known:
        raise ImportError_(Msg(
            "Berkas ini tidak berformat {source}: judul kolomnya tidak ditemukan di lembar '{sheet}'. "
            "Pilih sumber 'auto' untuk membaca daftar dengan susunan lain.",
            source=source.upper() if source != "bip" else Msg("Buku Induk Penduduk"), sheet=data.sheet))
    if layout is None:
        layout = detect(data.rows, header_row=header_row, mapping=mapping, remembered=remembered_mappings(app))
    return Analysis(path, data, layout)


def relayout(app: App, analysis: Analysis, header_row: int | None, mapping: dict[str, int] | None) -> Analysis:
    """The same sheet with another header row and/or a corrected mapping (the file is not re-read).
    A list from a known system stays that system unless the header row is moved."""
    same_header = header_row is None or header_row == analysis.layout.header_row
    known = analysis.layout.source if same_header else ""
    return _analysis(app, analysis.path, analysis.sheet, header_row=None if known else header_row,
                     mapping=mapping, known=known)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _merge_into(existing: Person, incoming: Person, mapped: set[str]) -> Person:
    """The existing record with the file's non-empty values for the mapped fields."""
    changes: dict[str, Any] = {}
    for name in VILLAGE_FIELDS:
        if name not in mapped:
            continue
        value = getattr(incoming, name)
        if value in ("", None):
            continue
        changes[name] = value
    if "nik" in changes:
        changes["nik_from_number"] = incoming.nik_from_number
    return existing.copy(**changes)


_TARGET_FIELDS = {
    "place_date": ("birth_place", "birth_date"),
    "rt_rw": ("rt", "rw"),
    "sex_l": ("sex",),
    "sex_p": ("sex",),
    "full_name": ("full_name", "name_title"),
    "occupation": ("occupation", "occupation_other"),
}


def run_import(app: App, analysis: Analysis, *, on_duplicate: str = "skip", dry_run: bool = False,
               progress: Progress = NULL_PROGRESS, candidates: CandidateFilter | None = None,
               desa_code: str | None = None) -> ImportReport:
    """Import the data rows. ``candidates``: pick the pekerja rentan candidates of a population
    file (``sources.PRESET``, or a filter the operator set); None imports every person. People
    whose population status is Mati/Pindah/... are never imported; the report lists every row
    left out and why.
    ``desa_code``: a desk session in Mode Kabupaten - the list of a desa without SIPERA, imported
    by the district for that desa (records marked as entered by the district)."""
    if on_duplicate not in ON_DUPLICATE:
        raise ImportError_(Msg("Pilihan untuk NIK yang sudah ada harus 'skip' (lewati) atau 'update' (perbarui)."))
    desk = False
    if desa_code:
        desa_code = _desk_desa(app, desa_code)
        desk = True
    elif not app.profile.is_desa:
        raise ImportError_(Msg("Impor daftar dilakukan di SIPERA Mode Desa, atau di Mode Kabupaten untuk satu desa "
                               "yang dipilih (sesi desk)."))
    else:
        desa_code = app.desa_code
    layout, data = analysis.layout, analysis.sheet
    report = ImportReport(
        file=str(analysis.path), sheet=data.sheet, header_row=layout.header_row, mapping=dict(layout.mapping),
        ignored_rows=list(layout.ignored_rows), dry_run=dry_run, headers=list(layout.headers),
        warnings=list(layout.warnings) + list(data.notes), source=layout.source,
        candidates=candidates.to_dict() if candidates is not None else None,
    )
    if not layout.found:
        raise ImportError_(Msg(
            "Kolom data (NIK, NAMA, ...) tidak dikenali di berkas ini. {detail}",
            detail=list(layout.warnings) or Msg("Pilih baris judul kolom dan cocokkan kolomnya secara manual."),
        ))
    if "nik" not in layout.mapping and "full_name" not in layout.mapping:
        raise ImportError_(Msg("Kolom NIK atau NAMA harus dipilih sebelum impor."))
    mapped: set[str] = set()
    for target in layout.mapping:
        mapped.update(_TARGET_FIELDS.get(target, (target,)))
    convert = RowConverter(layout.mapping, desa_code=desa_code, occupation_codes=layout.source != "dtks")
    status_col = layout.mapping.get("status")
    row_defaults = layout.row_defaults
    left_out_counts: dict[str, int] = {}
    facet_occupation: dict[str, int] = {}
    facet_dusun: dict[str, int] = {}
    facet_rt: dict[str, int] = {}
    # a workbook's rows as plain values (the converter reads those as their Cells would read)
    sheet_rows = data.rows.values if isinstance(data.rows, LazyRows) else data.rows
    total = len(layout.data_rows)
    who = app.operator
    source = f"impor:{analysis.path.name}"
    if desk:
        who = f"Kabupaten: {app.operator}"
        source = f"desk:{desa_code}:{analysis.path.name}"

    with paused_gc(), app.db.unit_of_work() as session, repo.bulk_page_cache(session):
        programme = app.programme()
        index = _MemoryIndex(session, desa_code)
        ctx = dataclasses.replace(index.context(app, programme), desa_code=desa_code)
        picker = CandidatePicker(candidates or sources.EVERYONE, programme.coverage_start, ctx.age_min,
                                 ctx.age_max, occupation_mapped="occupation" in layout.mapping)
        batch = None
        if not dry_run:
            batch = ImportBatchRow(started_at=now(), operator=who, file_name=analysis.path.name,
                                   file_sha256=_file_sha256(analysis.path), sheet=data.sheet)
            session.add(batch)
            session.flush()
            report.batch_id = batch.id
        stamp = now()
        created_history = repo.history_maker(at=stamp, by=who, action="import", rev=1, source=source)
        new_rows: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        first_row_of_nik: dict[str, int] = {}
        for n, row_number in enumerate(layout.data_rows, 1):
            cells = sheet_rows[row_number - 1] if row_number - 1 < len(sheet_rows) else []
            person, notes = convert(cells)
            report.rows_read += 1
            if row_defaults:
                for name, value in row_defaults.get(row_number, {}).items():
                    if not getattr(person, name):
                        setattr(person, name, value)
            status = sources.status_of(_cell_value(cells, status_col)) if status_col is not None else ""
            occ = sources.occupation_key(person)
            facet_occupation[occ] = facet_occupation.get(occ, 0) + 1
            facet_dusun[person.dusun] = facet_dusun.get(person.dusun, 0) + 1
            facet_rt[person.rt] = facet_rt.get(person.rt, 0) + 1
            verdict = picker.judge(row_number, person, status)
            if verdict is not None:
                kind, why = verdict
                left_out_counts[kind] = left_out_counts.get(kind, 0) + 1
                report.rows.append(RowResult(row_number, "left_out", None, person.nik, person.full_name, [],
                                             [why, *notes]))
                report.left_out += 1
                continue
            if person.coverage_start is None:
                person.coverage_start = programme.coverage_start
            if person.coverage_end is None:
                person.coverage_end = programme.coverage_end
            if not person.funding_source:
                person.funding_source = programme.default_funding_source
            key = repo.nik_key(person)
            if key and key in first_row_of_nik:
                report.rows.append(RowResult(row_number, "rejected", None, person.nik, person.full_name, [],
                                             [*notes, Msg("NIK sama dengan baris {row} di berkas ini: baris ini tidak diimpor.",
                                                           row=first_row_of_nik[key])]))
                report.rejected += 1
                continue
            existing = index.same_nik(key) if key else _same_record(index, person)
            if existing:
                first_row_of_nik[key] = row_number
                pid, name = existing[0]
                if on_duplicate == "skip":
                    report.rows.append(RowResult(row_number, "skipped", pid, person.nik, person.full_name, [],
                                                 [*notes, Msg("NIK sudah terdaftar atas nama {name}: dilewati.", name=name)]))
                    report.skipped += 1
                    continue
                before = repo.get(session, pid)
                after = _merge_into(before, person, mapped)
                issues = validate(after, ctx)
                changes = repo.diff(before, after, VILLAGE_FIELDS)
                if changes and not dry_run:
                    after = after.copy(rev=before.rev + 1, updated_at=stamp, updated_by=who)
                    repo.update_person(session, after, issues)
                    history.append(repo.history_tuple(
                        pid, at=stamp, by=who, action="import-update", rev=after.rev, source=f"batch:{batch.id}",
                        changes=json.dumps(changes, ensure_ascii=False, default=str)))
                status = "updated" if changes else "skipped"
                if not changes:
                    notes = [*notes, Msg("Data sama dengan yang sudah ada: tidak ada perubahan.")]
                report.rows.append(RowResult(row_number, status, pid, after.nik, after.full_name, issues, notes))
                report.updated += status == "updated"
                report.skipped += status == "skipped"
                report.with_errors += any(i.severity is Severity.ERROR for i in issues)
            else:
                if key:
                    first_row_of_nik[key] = row_number
                # the converter's fresh Person is ours alone: stamp it in place (no copy per row)
                person.rev = 1
                person.created_at = person.updated_at = stamp
                person.created_by = person.updated_by = who
                issues = validate(person, ctx)
                index.add(person)
                new_rows.append(repo.row_tuple(person, issues, batch.id if batch else None))
                history.append(created_history(person.id))
                report.rows.append(RowResult(row_number, "created", person.id, person.nik, person.full_name,
                                             issues, notes))
                report.created += 1
                report.with_errors += any(i.severity is Severity.ERROR for i in issues)
            if len(new_rows) >= 2000 and not dry_run:
                repo.insert_rows(session, new_rows)
                new_rows = []
            if n % 500 == 0:
                progress.check(n, total)
        progress.check(total, total)
        report.left_out_counts = left_out_counts
        report.facets = {"occupation": facet_occupation, "dusun": facet_dusun, "rt": facet_rt}
        if dry_run:
            session.rollback()
            return report
        repo.insert_rows(session, new_rows)
        repo.add_history_rows(session, history)
        batch.finished_at = now()
        batch.created, batch.updated = report.created, report.updated
        batch.skipped, batch.rejected = report.skipped, report.rejected
        batch.report = json.dumps(report.to_json(rows=False), ensure_ascii=False)
    if layout.signature and layout.mapping:
        remember_mapping(app, layout.signature, layout.mapping)
    return report


def _desk_desa(app: App, code: str) -> str:
    from desktop_app.core import regions

    if app.profile.is_desa:
        raise ImportError_(Msg("Impor untuk desa lain hanya di SIPERA Mode Kabupaten."))
    try:
        dotted = regions.normalize_code(code)
    except ValueError:
        dotted = ""
    region = regions.get(dotted) if dotted else None
    if region is None or region.level != "desa" or not dotted.startswith(app.profile.region_code + "."):
        raise ImportError_(Msg("Kode desa {code} bukan desa/kelurahan di {region}.", code=code,
                               region=app.profile.region_name))
    return dotted


def _cell_value(cells: Any, col: int | None) -> Any:
    if col is None or col >= len(cells):
        return None
    c = cells[col]
    return c.value if hasattr(c, "numeric") else c


def _same_record(index: _MemoryIndex, person: Person) -> list[tuple[str, str]]:
    """A record with a damaged NIK is 'already there' when an active record with a damaged NIK
    has the same NIK as written, name and birth date: re-importing the same file must not double
    it. A record whose NIK is sound is another record, even with the same digits (an export
    holds both the sound one and the one Excel rounded; a round trip must keep both)."""
    if person.birth_date is None or not person.full_name:
        return []
    return [(o.id, o.full_name) for o in index.by_birth.get(person.birth_date, ())
            if o.nik == person.nik and o.full_name == person.full_name and repo.nik_key(o) is None]


# ---------------------------------------------------------------- undo


@dataclass(frozen=True)
class LastImport:
    batch_id: int
    file_name: str
    started_at: Any
    created: int
    updated: int
    undoable: bool
    reason: str  # why not, in Indonesian


def last_import(app: App) -> LastImport | None:
    with app.db.read() as session:
        batch = session.scalar(
            select(ImportBatchRow).where(ImportBatchRow.undone_at.is_(None), ImportBatchRow.finished_at.is_not(None))
            .order_by(ImportBatchRow.id.desc()).limit(1)
        )
        if batch is None:
            return None
        reason = _why_not_undoable(session, batch)
        return LastImport(batch.id, batch.file_name, batch.started_at, batch.created, batch.updated,
                          reason == "", reason)


def _why_not_undoable(session, batch: ImportBatchRow) -> str:  # noqa: ANN001
    touched = session.scalar(
        select(PersonRow.id).where(
            PersonRow.import_batch_id == batch.id,
            (PersonRow.rev != 1) | (PersonRow.sent_rev != 0) | PersonRow.deleted_at.is_not(None),
        ).limit(1)
    )
    if touched:
        return Msg("Sebagian data dari impor ini sudah diubah, dihapus atau dikirim sejak diimpor.")
    for entry in session.scalars(select(PersonHistoryRow).where(PersonHistoryRow.source == f"batch:{batch.id}")):
        current = session.get(PersonRow, entry.person_id)
        if current is None or current.rev != entry.rev or current.sent_rev >= entry.rev:
            return Msg("Sebagian data yang diperbarui oleh impor ini sudah diubah atau dikirim sejak diimpor.")
    return ""


def undo_last_import(app: App) -> LastImport:
    """Remove the records the last import created and put back what it updated, provided none
    of them changed or travelled since. Created records never left this laptop, so they are
    removed with their history; updated records get their old values back (a new rev)."""
    last = last_import(app)
    if last is None:
        raise ImportError_(Msg("Tidak ada impor yang bisa dibatalkan."))
    with app.db.unit_of_work() as session:
        batch = session.get(ImportBatchRow, last.batch_id)
        reason = _why_not_undoable(session, batch)
        if reason:
            raise ImportError_(Msg("Impor '{file}' tidak bisa dibatalkan: {reason}", file=batch.file_name, reason=reason))
        ids = list(session.scalars(select(PersonRow.id).where(PersonRow.import_batch_id == batch.id)))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(sql_delete(PersonHistoryRow).where(PersonHistoryRow.person_id.in_(chunk)))
            session.execute(sql_delete(PersonRow).where(PersonRow.id.in_(chunk)))
        stamp = now()
        for entry in list(session.scalars(select(PersonHistoryRow).where(PersonHistoryRow.source == f"batch:{batch.id}"))):
            person = repo.get(session, entry.person_id)
            changes = json.loads(entry.changes or "{}")
            restored = _restore_values(person, changes)
            restored = restored.copy(rev=person.rev + 1, updated_at=stamp, updated_by=app.operator)
            from desktop_app.services.records.editing import _validate_in

            repo.update_person(session, restored, _validate_in(app, session, restored))
            repo.add_history(session, person.id, by=app.operator, action="undo-import", rev=restored.rev,
                             changes={k: [v[1], v[0]] for k, v in changes.items()}, source=f"batch:{batch.id}",
                             at=stamp)
        batch.undone_at = stamp
    return last


def _restore_values(person: Person, changes: dict[str, list[Any]]) -> Person:
    from datetime import date

    values: dict[str, Any] = {}
    for name, (old, _new) in changes.items():
        current = getattr(person, name)
        if isinstance(current, date) or name in ("birth_date", "coverage_start", "coverage_end"):
            values[name] = date.fromisoformat(old) if old else None
        elif isinstance(current, bool):
            values[name] = bool(old)
        elif isinstance(current, int) and not isinstance(current, bool):
            values[name] = int(old) if old is not None else None
        else:
            values[name] = old if old is not None else ""
    return person.copy(**values)


def save_report(report: ImportReport, path: Path) -> int:
    from desktop_app.services.sheets.writer import write_report

    return write_report(path, report.report_rows())


__all__ = [
    "Analysis", "ImportError_", "ImportReport", "LastImport", "RowResult", "analyse", "last_import",
    "relayout", "remember_mapping", "remembered_mappings", "run_import", "save_report", "undo_last_import", "Cancelled",
]
