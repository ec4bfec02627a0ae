"""District: import the answers Disdukcapil (padan / tidak padan) and BPJS (terdaftar + KPJ /
ditolak + reason) send back, matched by NIK, with a dry run, a per-row report and undo.

A NIK the district does not hold is reported, never guessed; a NIK held by two villages is applied
to neither (reported as ambiguous) unless a decided case names the record that keeps the person;
a NIK the spreadsheet held as a number (``nik.excel_number``) is reported, not applied; two rows
for one NIK that agree are applied once, two that disagree are not applied at all; a status word
SIPERA does not know is reported. Every record changed gets a history entry (its rev stays: the rev
belongs to the village, and raising it here would make the village's next edit look stale), so the
answers travel back to the village in its feedback.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from desktop_app.core import results as rules
from desktop_app.core.person import mask_nik
from desktop_app.core.progress import NULL_PROGRESS, Progress, paused_gc
from desktop_app.core.text import Msg, message_of
from desktop_app.services.app import App, now
from desktop_app.services.errors import ServiceError
from desktop_app.services.sheets.layout import normalize_header
from desktop_app.services.sheets.reader import LazyRows, SheetData, SpreadsheetError, cell_text, read_workbook
from desktop_app.storage import persons as repo
from desktop_app.storage import results as store

__all__ = [
    "OUTCOME_LABELS", "ResultsAnalysis", "ResultsError", "ResultsReport", "ResultRow", "analyse",
    "last_import", "relayout", "run", "save_report", "undo_last",
]

HEADER_SCAN_ROWS = 30
OUTCOMES = ("applied", "unchanged", "not_found", "ambiguous", "excel_number", "invalid_nik", "duplicate",
            "contradicting", "unknown_status", "invalid_kpj")
# how the report workbook names each outcome (Indonesian: the file goes to officials)
OUTCOME_LABELS = {
    "applied": "Diterapkan",
    "unchanged": "Sudah sama",
    "not_found": "NIK tidak ada",
    "ambiguous": "NIK di dua desa",
    "excel_number": "NIK berupa angka",
    "invalid_nik": "NIK tidak sah",
    "duplicate": "Baris ganda",
    "contradicting": "Bertentangan",
    "unknown_status": "Status tak dikenal",
    "invalid_kpj": "KPJ tidak sah",
    "ignored": "Diabaikan",
}


class ResultsError(ServiceError, ValueError):
    """A results file or step refused; nothing was changed. ``str(e)`` is the Indonesian message."""


@dataclass
class ResultsAnalysis:
    path: Path
    kind: str
    sheet: SheetData
    header_row: int | None
    headers: list[str]
    mapping: dict[str, int]
    data_rows: list[int]
    ignored_rows: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ResultRow:
    row: int
    outcome: str
    nik: str
    name: str = ""
    person_id: str | None = None
    desa_code: str = ""
    answer: str = ""  # padan / tidak_padan / terdaftar / ditolak
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "outcome": self.outcome, "nik": self.nik, "full_name": self.name,
                "person_id": self.person_id, "desa_code": self.desa_code, "answer": self.answer,
                "notes": list(self.notes)}


@dataclass
class ResultsReport:
    file: str
    kind: str
    sheet: str
    header_row: int | None
    mapping: dict[str, int]
    rows_read: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    rows: list[ResultRow] = field(default_factory=list)
    ignored_rows: list[tuple[int, str]] = field(default_factory=list)
    dry_run: bool = False
    import_id: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return self.counts["applied"]

    @property
    def not_applied(self) -> int:
        return sum(v for k, v in self.counts.items() if k not in ("applied", "unchanged"))

    def to_json(self, *, rows: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file, "kind": self.kind, "sheet": self.sheet, "header_row": self.header_row,
            "mapping": dict(self.mapping), "rows_read": self.rows_read, **self.counts,
            "ignored_rows": [{"row": r, "reason": why} for r, why in self.ignored_rows],
            "dry_run": self.dry_run, "import_id": self.import_id, "warnings": list(self.warnings),
        }
        if rows:
            out["rows"] = [r.to_dict() for r in self.rows]
        return out

    def report_rows(self) -> list[dict[str, Any]]:
        """Rows for ``sheets.writer.write_report`` (the workbook handed back with the answers)."""
        out = [{"row": r.row, "status": OUTCOME_LABELS.get(r.outcome, r.outcome), "nik": r.nik, "name": r.name,
                "messages": r.notes} for r in self.rows]
        out += [{"row": row, "status": OUTCOME_LABELS["ignored"], "messages": [why]} for row, why in self.ignored_rows]
        return sorted(out, key=lambda d: d["row"] or 0)


# ---------------------------------------------------------------- reading


def _plain_rows(data: SheetData) -> list[list[Any]]:
    return data.rows.values if isinstance(data.rows, LazyRows) else [[c.value for c in r] for r in data.rows]


def _numeric_flags(data: SheetData) -> Any:
    """(row index, col) -> whether the spreadsheet held the value as a number."""
    if isinstance(data.rows, LazyRows):
        return None  # a workbook: a value is numeric when it is an int or a float
    return data.rows


def _texts(row: list[Any]) -> list[str]:
    return [cell_text(v).strip() if v is not None else "" for v in row]


def _find_header(rows: list[list[Any]]) -> int | None:
    best, best_score = None, 0
    for i in range(min(HEADER_SCAN_ROWS, len(rows))):
        mapping = rules.auto_map_results(_texts(rows[i]))
        if "nik" not in mapping:
            continue
        score = len(mapping)
        if score > best_score:
            best, best_score = i, score
    return best


def analyse(app: App, path: Path, kind: str, *, sheet: str | int | None = None, header_row: int | None = None,
            mapping: dict[str, int] | None = None, progress: Progress | None = None) -> ResultsAnalysis:
    """Read the file and find its header row, data rows and columns (NIK, status, KPJ, reason,
    SIAK name). ``header_row`` (1-based) and ``mapping`` are the operator's corrections."""
    if kind not in rules.KINDS:
        raise ResultsError(Msg("Jenis hasil harus 'dukcapil' atau 'bpjs'."))
    path = Path(path)
    if not path.exists():
        raise ResultsError(Msg("Berkas {path} tidak ada.", path=str(path)))
    try:
        with paused_gc():
            data = read_workbook(path, sheet=sheet, progress=progress)
    except SpreadsheetError as exc:
        raise ResultsError(message_of(exc)) from exc
    return _layout(path, kind, data, header_row, mapping)


def relayout(analysis: ResultsAnalysis, *, header_row: int | None = None,
             mapping: dict[str, int] | None = None) -> ResultsAnalysis:
    """The same sheet (not read again) under another header row (1-based) and/or the operator's
    column mapping (target -> column index); None keeps detecting it."""
    return _layout(analysis.path, analysis.kind, analysis.sheet, header_row, mapping)


def _layout(path: Path, kind: str, data: SheetData, header_row: int | None,
            mapping: dict[str, int] | None) -> ResultsAnalysis:
    rows = _plain_rows(data)
    if header_row is not None and 1 <= header_row <= len(rows):
        h: int | None = header_row - 1
    else:
        h = _find_header(rows)
    if h is None:
        return ResultsAnalysis(path, kind, data, None, [], {}, [], warnings=[Msg(
            "Baris judul kolom dengan NIK tidak ditemukan di {count} baris pertama. Pilih baris judul "
            "kolom secara manual.", count=HEADER_SCAN_ROWS)])
    headers = _texts(rows[h])
    col_map = dict(mapping) if mapping is not None else rules.auto_map_results(headers)
    col_map = {k: int(v) for k, v in col_map.items() if k in rules.RESULT_TARGETS and isinstance(v, int) and v >= 0}
    ignored = [(i + 1, Msg("judul di atas tabel")) for i in range(h) if any(_texts(rows[i]))]
    data_rows: list[int] = []
    nik_col = col_map.get("nik")
    for i in range(h + 1, len(rows)):
        row = rows[i]
        v = row[nik_col] if nik_col is not None and nik_col < len(row) else None
        if type(v) is str and len(v) == 16 and v.isdecimal():  # the usual data row
            data_rows.append(i + 1)
            continue
        if v is not None and v != "" and not (type(v) is str and not v.strip()):
            first = normalize_header(v)
            if first.startswith(("JUMLAH", "TOTAL")) or (type(v) is str and first.isdigit() and len(first) <= 3
                                                        and sum(1 for t in _texts(row) if t) > 1
                                                        and all(t.strip("()").isdigit() for t in _texts(row) if t)):
                ignored.append((i + 1, Msg("bukan baris data")))
                continue
            data_rows.append(i + 1)
        elif any(_texts(row)):
            ignored.append((i + 1, Msg("bukan baris data")))
    warnings: list[str] = []
    if "nik" not in col_map:
        warnings.append(Msg("Kolom NIK tidak dikenali: tentukan kolomnya secara manual."))
    if "status" not in col_map and not (kind == "bpjs" and "kpj_number" in col_map):
        warnings.append(Msg("Kolom status (hasil) tidak dikenali: tentukan kolomnya secara manual."))
    return ResultsAnalysis(path, kind, data, h + 1, headers, col_map, data_rows, ignored, warnings)


# ---------------------------------------------------------------- applying


def _nik_of(value: Any, numeric: bool) -> tuple[str, str]:
    """(NIK text, problem): problem '' for a sound 16-digit text NIK, 'excel_number' or 'invalid_nik'."""
    if type(value) is str:
        text = value.strip().lstrip("'").replace(" ", "").replace(".", "").replace("-", "")
        if numeric:  # CSV text in scientific notation: Excel already rounded it
            return value.strip(), "excel_number"
        if len(text) == 16 and text.isdecimal():
            return text, ""
        return value.strip(), "invalid_nik"
    if type(value) in (int, float):
        return cell_text(value), "excel_number"
    return cell_text(value), "invalid_nik"


@dataclass(slots=True)
class _Answer:
    row: int
    nik: str
    values: dict[str, str]  # the district fields this row sets
    answer: str
    notes: list[str]
    siak_name: str = ""
    name: str = ""
    raw: list[Any] | None = None

    def key(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.values.items()))


_SOUND_NIK = frozenset("0123456789")


def _parse_row(kind: str, row: list[Any], mapping: dict[str, int], row_number: int, report: ResultsReport,
               cells: list[Any] | None, words: dict[Any, Any]) -> _Answer | None:
    def get(target: str) -> Any:
        col = mapping.get(target)
        if col is None or col >= len(row):
            return None
        return row[col]

    nik_col = mapping["nik"]
    raw_nik = row[nik_col] if nik_col < len(row) else None
    if type(raw_nik) is str and len(raw_nik) == 16 and raw_nik.isdecimal() and cells is None:
        nik, problem = raw_nik, ""  # the usual case: a 16-digit text cell
    else:
        numeric = type(raw_nik) in (int, float)
        if cells is not None:
            numeric = nik_col < len(cells) and cells[nik_col].numeric
        nik, problem = _nik_of(raw_nik, numeric)
    name = cell_text(get("full_name")).strip() if "full_name" in mapping else ""
    if problem == "excel_number":
        report.rows.append(ResultRow(row_number, "excel_number", nik, name, notes=[Msg(
            "NIK tersimpan sebagai angka di berkas ini (digit terakhir bisa sudah berubah): tidak diterapkan. "
            "Minta berkas dengan kolom NIK sebagai teks.")]))
        return None
    if problem:
        report.rows.append(ResultRow(row_number, "invalid_nik", nik, name, notes=[Msg(
            "NIK bukan 16 angka: tidak diterapkan.")]))
        return None
    status_raw = get("status")
    reason = cell_text(get("reason")).strip() if "reason" in mapping else ""
    notes: list[str] = []
    if kind == "dukcapil":
        try:
            answer = words[status_raw]
        except KeyError:
            answer = words[status_raw] = rules.dukcapil_status(status_raw)
        except TypeError:
            answer = rules.dukcapil_status(status_raw)
        if answer is None:
            report.rows.append(ResultRow(row_number, "unknown_status", nik, name, notes=[Msg(
                "Status '{word}' tidak dikenal (padan / tidak padan): tidak diterapkan.",
                word=cell_text(status_raw)[:40])]))
            return None
        values = {"dukcapil_match": answer}
    else:
        kpj = rules.clean_kpj(get("kpj_number")) if "kpj_number" in mapping else ""
        if "status" in mapping:
            try:
                answer, inline_reason = words[status_raw]
            except KeyError:
                answer, inline_reason = words[status_raw] = rules.bpjs_status(status_raw)
            except TypeError:
                answer, inline_reason = rules.bpjs_status(status_raw)
        else:
            answer, inline_reason = ("terdaftar", "") if kpj else (None, "")
        if answer is None:
            report.rows.append(ResultRow(row_number, "unknown_status", nik, name, notes=[Msg(
                "Status '{word}' tidak dikenal (terdaftar / ditolak): tidak diterapkan.",
                word=cell_text(status_raw)[:40])]))
            return None
        if answer == "terdaftar":
            if kpj is None:
                report.rows.append(ResultRow(row_number, "invalid_kpj", nik, name, notes=[Msg(
                    "Nomor KPJ tidak sah (6-20 huruf/angka): tidak diterapkan.")]))
                return None
            values = {"bpjs_status": "terdaftar", "bpjs_reason": ""}
            if kpj:
                values["kpj_number"] = kpj
            else:
                notes.append(Msg("Terdaftar tanpa nomor KPJ."))
        else:
            why = reason or inline_reason
            values = {"bpjs_status": "ditolak", "bpjs_reason": why[:300]}
            if not why:
                notes.append(Msg("Ditolak tanpa alasan tertulis."))
    siak = cell_text(get("siak_name")).strip() if "siak_name" in mapping else ""
    return _Answer(row_number, nik, values, answer, notes, siak, name)


def _again(more: dict[str, list[_Answer]], first: _Answer, parsed: _Answer) -> None:
    """A NIK met again: ``more`` keeps all its answers, the first one first."""
    found = more.get(first.nik)
    if found is None:
        more[first.nik] = [first, parsed]
    else:
        found.append(parsed)


_last = itemgetter(-1)
_first = itemgetter(0)


def _text_at(row: list[Any], col: int) -> str:
    return cell_text(row[col]).strip() if 0 <= col < len(row) else ""


def _chosen_by_case(held: list[Any], resolution: str, id_of: Any = attrgetter("id")) -> Any | None:
    """The record a decided case keeps (``services.district.cases`` stores the decision as JSON
    with ``decision`` and ``kept``): that one of ``held``, else None."""
    try:
        decided = json.loads(resolution or "{}")
    except ValueError:
        return None
    if not isinstance(decided, dict) or decided.get("decision") != "keep" or not decided.get("kept"):
        return None
    named = [h for h in held if id_of(h) == decided["kept"]]
    return named[0] if len(named) == 1 else None


def _status_after(h: Any, values: dict[str, str]) -> str:
    if h.error_count:
        return "perlu_perbaikan"
    bpjs = values.get("bpjs_status", h.bpjs_status)
    if h.verification_status == "ditolak" or bpjs == "ditolak":
        return "ditolak"
    return "terkirim" if h.sent_rev and h.sent_rev >= h.rev else "siap_kirim"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def run(app: App, analysis: ResultsAnalysis, *, dry_run: bool = False,
        progress: Progress = NULL_PROGRESS) -> ResultsReport:
    """Apply (or, with ``dry_run``, only report) the answers of ``analysis``: one transaction."""
    with paused_gc():  # hundreds of thousands of small objects kept: no collection walks them
        return _run(app, analysis, dry_run, progress)


def _run(app: App, analysis: ResultsAnalysis, dry_run: bool, progress: Progress) -> ResultsReport:
    if app.profile.is_desa:
        raise ResultsError(Msg("Hasil Dukcapil dan BPJS diimpor di SIPERA Mode Kabupaten."))
    kind, mapping = analysis.kind, analysis.mapping
    if analysis.header_row is None or "nik" not in mapping:
        raise ResultsError(Msg("Kolom NIK tidak dikenali di berkas ini: pilih baris judul dan kolom NIK secara manual."))
    if "status" not in mapping and not (kind == "bpjs" and "kpj_number" in mapping):
        raise ResultsError(Msg("Kolom status (hasil) tidak dikenali di berkas ini: tentukan kolomnya secara manual."))
    data = analysis.sheet
    report = ResultsReport(str(analysis.path), kind, data.sheet, analysis.header_row, dict(mapping),
                           ignored_rows=list(analysis.ignored_rows), dry_run=dry_run,
                           warnings=list(analysis.warnings) + list(data.notes))
    rows = _plain_rows(data)
    cell_rows = _numeric_flags(data)
    total = len(analysis.data_rows)
    # pass 1: parse every row; group the answers by NIK (the first answer of each NIK; all of
    # them, in file order, for a NIK met more than once)
    by_nik: dict[str, _Answer] = {}
    more: dict[str, list[_Answer]] = {}
    words: dict[Any, Any] = {}
    # the usual Dukcapil row (a 16-digit text NIK, a known word) takes a short path; the name
    # columns are read only for the rows that need them
    fast = kind == "dukcapil" and cell_rows is None
    nik_col, status_col = mapping["nik"], mapping.get("status", -1)
    shared: dict[str, dict[str, str]] = {}
    for n, row_number in enumerate(analysis.data_rows, 1):
        if n % 5000 == 0:
            progress.check(n, total * 2)
        row = rows[row_number - 1]
        if fast:
            raw = row[nik_col] if nik_col < len(row) else None
            if type(raw) is str and len(raw) == 16 and raw.isdecimal():
                word = row[status_col] if 0 <= status_col < len(row) else None
                try:
                    answer = words[word]
                except (KeyError, TypeError):
                    answer = None
                if answer is not None:
                    values = shared.get(answer)
                    if values is None:
                        values = shared[answer] = {"dukcapil_match": answer}
                    parsed = _Answer(row_number, raw, values, answer, [], "", "", row)
                    found = by_nik.get(raw)
                    if found is None:
                        by_nik[raw] = parsed
                    else:
                        _again(more, found, parsed)
                    continue
        cells = cell_rows[row_number - 1] if cell_rows is not None else None
        parsed = _parse_row(kind, row, mapping, row_number, report, cells, words)
        if parsed is not None:
            found = by_nik.get(parsed.nik)
            if found is None:
                by_nik[parsed.nik] = parsed
            else:
                _again(more, found, parsed)
    report.rows_read = len(analysis.data_rows)
    name_col, siak_col = mapping.get("full_name", -1), mapping.get("siak_name", -1)

    def nm(a: _Answer) -> str:  # the short path left the names unread
        return _text_at(a.raw, name_col) if a.raw is not None else a.name

    def siak(a: _Answer) -> str:
        return _text_at(a.raw, siak_col) if a.raw is not None else a.siak_name

    who = app.operator
    moment = now()
    dukcapil = kind == "dukcapil"
    with app.db.unit_of_work() as session, repo.bulk_page_cache(session):
        # only the NIKs of the file are read; a Dukcapil answer needs plain MATCH_COLUMNS tuples,
        # a BPJS answer the whole ``Held`` (its status is worked out again)
        held_once: dict[str, Any]
        several: dict[str, list[Any]]
        held_once, several = store.held_by_nik(session, by_nik, full=not dukcapil)
        if dukcapil:
            id_of, desa_of = itemgetter(2), itemgetter(3)
        else:
            held_once = {nik: store.as_held(r) for nik, r in held_once.items()}
            several = {nik: [store.as_held(r) for r in held] for nik, held in several.items()}
            id_of, desa_of = attrgetter("id"), attrgetter("desa_code")
        cases = store.decided_cases(session, several) if several else {}
        record = None
        if not dry_run:
            record = store.start_import(session, kind=kind, operator=who, file_name=analysis.path.name,
                                        file_sha256=_file_sha256(analysis.path), sheet=data.sheet, at=moment)
            report.import_id = record.id
        source = f"results:{record.id}" if record is not None else "results:dry-run"
        updated_at = store.stamp(moment)
        updates: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        # Dukcapil: answer -> rowids taking it; (rev, change JSON) -> ids: one statement per group
        set_to: dict[str, list[int]] = {}
        history_groups: dict[tuple[int, str], list[str]] = {}
        change_texts: dict[Any, str] = {}  # the same change (field, old, new) is one JSON text
        makers: dict[int, Any] = {}
        rows_append = report.rows.append
        for n, (nik, first) in enumerate(by_nik.items(), 1):
            if nik in more:
                answers = more[nik]
                keys = {a.key() for a in answers}
                if len(keys) > 1:
                    rows_text = ", ".join(str(a.row) for a in answers)
                    for a in answers:
                        report.rows.append(ResultRow(a.row, "contradicting", nik, nm(a), answer=a.answer, notes=[Msg(
                            "NIK ini muncul di baris {rows} dengan jawaban berbeda: tidak diterapkan.", rows=rows_text)]))
                    continue
                for a in answers[1:]:
                    report.rows.append(ResultRow(a.row, "duplicate", nik, nm(a), answer=a.answer, notes=[Msg(
                        "Sama dengan baris {row}: dihitung sekali.", row=first.row)]))
            target = held_once.get(nik)
            if target is None:
                report.rows.append(ResultRow(first.row, "not_found", nik, nm(first), answer=first.answer, notes=[Msg(
                    "NIK ini tidak ada di data kabupaten (aktif): tidak diterapkan.")]))
                continue
            if nik in several:
                held = several[nik]
                target = _chosen_by_case(held, cases.get(nik, ""), id_of)
                if target is None:
                    report.rows.append(ResultRow(first.row, "ambiguous", nik, nm(first), answer=first.answer,
                                                 desa_code=", ".join(sorted(desa_of(h) for h in held)), notes=[Msg(
                        "NIK ini aktif di {count} desa dan belum diputuskan: tidak diterapkan ke desa mana pun.",
                        count=len(held))]))
                    continue
            if n % 5000 == 0:
                progress.check(total + n, total * 2)
            if dukcapil:  # one field: the short way (most rows of a large answer file)
                _nik, rowid, pid, desa, full_name, rev, old_match = target
                answer = first.answer
                notes = first.notes  # the answer's own list: the report row takes it over
                if siak_col >= 0 and (siak_name := siak(first)) and \
                        normalize_header(siak_name) != normalize_header(full_name):
                    notes.append(Msg("Nama di SIAK berbeda dengan nama di data desa."))
                if old_match == answer:
                    rows_append(ResultRow(first.row, "unchanged", nik, full_name, pid, desa, answer, notes))
                    continue
                rows_append(ResultRow(first.row, "applied", nik, full_name, pid, desa, answer, notes))
                if dry_run:
                    continue
                # each record is met once (one NIK each, each NIK once): no change is applied twice
                rowids = set_to.get(answer)
                if rowids is None:
                    rowids = set_to[answer] = []
                rowids.append(rowid)
                # the rev is the village's: district-owned fields never raise it
                text = change_texts.get((rev, old_match, answer))
                if text is None:
                    text = change_texts[(rev, old_match, answer)] = json.dumps({"dukcapil_match": [old_match, answer]})
                ids = history_groups.get((rev, text))
                if ids is None:
                    ids = history_groups[(rev, text)] = []
                ids.append(pid)
                continue
            notes = first.notes
            if siak_col >= 0 and (siak_name := siak(first)) and normalize_header(siak_name) != normalize_header(target.full_name):
                notes.append(Msg("Nama di SIAK berbeda dengan nama di data desa."))
            changes = {f: [old, v] for f, v in first.values.items() if (old := getattr(target, f)) != v}
            if not changes:
                report.rows.append(ResultRow(first.row, "unchanged", nik, target.full_name, target.id, target.desa_code,
                                             first.answer, notes))
                continue
            report.rows.append(ResultRow(first.row, "applied", nik, target.full_name, target.id, target.desa_code,
                                         first.answer, notes))
            if dry_run:
                continue
            status = _status_after(target, first.values)
            for f, (_old, new) in changes.items():
                setattr(target, f, new)
            updates.append((target.dukcapil_match, target.bpjs_status, target.bpjs_reason, target.kpj_number,
                            status, target.rev, updated_at, who, target.id))
            change_key = tuple((f, old, new) for f, (old, new) in changes.items())
            text = change_texts.get(change_key)
            if text is None:
                text = change_texts[change_key] = json.dumps(changes, ensure_ascii=False)
            make = makers.get(target.rev)
            if make is None:
                make = makers[target.rev] = repo.history_maker(at=moment, by=who, action="results", rev=target.rev,
                                                               source=source)
            entry = make(target.id)
            history.append((*entry[:5], text, entry[6]))
        report.counts.update(Counter(map(attrgetter("outcome"), report.rows)))
        report.rows.sort(key=attrgetter("row"))
        if dry_run:
            session.rollback()
            return report
        if dukcapil:
            store.set_matches(session, set_to, updated_at=updated_at, updated_by=who)
            store.add_history_groups(session, history_groups, at=moment, by=who, action="results", source=source)
        else:
            # in record id order: the primary key and the history index are walked once, not at random
            updates.sort(key=_last)
            history.sort(key=_first)
            store.update_results(session, updates)
            repo.add_history_rows(session, history)
        record.finished_at = now()
        record.applied = report.counts["applied"]
        record.unchanged = report.counts["unchanged"]
        record.not_applied = report.not_applied
        record.report = store.summary_json(report.to_json(rows=False))
    progress.check(total * 2, total * 2)
    return report


def save_report(report: ResultsReport, path: Path) -> int:
    from desktop_app.services.sheets.writer import write_report

    try:
        return write_report(path, report.report_rows())
    except OSError as exc:
        raise ResultsError(Msg("Berkas {path} tidak bisa ditulis: {detail}.", path=str(path),
                               detail=exc.strerror or str(exc))) from exc


# ---------------------------------------------------------------- undo


@dataclass(frozen=True)
class LastResults:
    import_id: int
    kind: str
    file_name: str
    started_at: Any
    applied: int


def last_import(app: App) -> LastResults | None:
    with app.db.read() as session:
        row = store.last_import(session)
        if row is None:
            return None
        return LastResults(row.id, row.kind, row.file_name, row.started_at, row.applied)


def undo_last(app: App) -> LastResults:
    """Put back the district fields the last results import changed, provided none of those
    records changed since (each gets an ``undo-results`` history entry; the rev stays the village's)."""
    last = last_import(app)
    if last is None:
        raise ResultsError(Msg("Tidak ada impor hasil yang bisa dibatalkan."))
    moment = now()
    with app.db.unit_of_work() as session:
        entries = store.history_of_import(session, last.import_id)
        for entry in entries:
            current = repo.get(session, entry.person_id)
            changes = json.loads(entry.changes or "{}")
            moved = any(getattr(current, f, None) != new for f, (_old, new) in changes.items()
                        if f in store.RESULT_FIELDS) if current is not None else True
            if current is None or current.rev != entry.rev or current.deleted or moved:
                raise ResultsError(Msg(
                    "Impor hasil '{file}' tidak bisa dibatalkan: sebagian data yang diubahnya sudah berubah lagi.",
                    file=last.file_name))
        for entry in entries:
            person = repo.get(session, entry.person_id)
            changes = json.loads(entry.changes or "{}")
            restored = person.copy(**{f: old for f, (old, _new) in changes.items() if f in store.RESULT_FIELDS},
                                   updated_at=moment, updated_by=app.operator)
            repo.update_person(session, restored, repo.stored_issues(session, person.id))
            repo.add_history(session, person.id, by=app.operator, action="undo-results", rev=restored.rev,
                             changes={k: [v[1], v[0]] for k, v in changes.items()}, source=entry.source, at=moment)
        store.mark_undone(session, last.import_id, moment)
    return last


def masked(nik: str) -> str:
    return mask_nik(nik)
