"""The records table model: ordered ids from one query, display rows fetched in pages.

STYLE.md pattern 11/12. ``reload`` runs ONE query for the ids (sorted and filtered in SQL);
display rows are read 200 at a time when the view first asks for them and kept in a small LRU
of pages. ``canFetchMore``/``fetchMore`` grow the visible rows in steps so a 100,000-record
village never builds 100,000 rows of anything but ids.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.issues import Severity
from desktop_app.core.person import OCCUPATION_LABELS, STATUS_LABELS
from desktop_app.services.records import listing
from desktop_app.services.records.listing import RecordFilter
from desktop_app.ui.common.widgets import (
    STATUS_BACKGROUNDS,
    STATUS_COLORS,
    display_status,
    fmt_date,
    issue_text,
    status_icon,
    vocab,
)

FETCH_STEP = 1000  # rows added to the view per fetchMore
DATA_PAGE = 200  # display rows read per query
MAX_PAGES = 20  # pages kept in the cache (4,000 rows, a few MB)
_READ_BATCH = 5000  # rows per fetch when the full id list is read

_Index = QModelIndex | QPersistentModelIndex


# the sex column's letters, translated like its header "L/P"
SEX_LETTERS = {"L": QT_TRANSLATE_NOOP("RecordsModel", "L"), "P": QT_TRANSLATE_NOOP("RecordsModel", "P")}


class RecordsModel(QAbstractTableModel):
    (
        COL_STATUS,
        COL_NIK,
        COL_NAME,
        COL_SEX,
        COL_BIRTH,
        COL_ADDRESS,
        COL_RT,
        COL_RW,
        COL_DUSUN,
        COL_OCCUPATION,
        COL_PHONE,
        COL_ISSUES,
    ) = range(12)

    PersonIdRole = Qt.ItemDataRole.UserRole + 1  # str: the record's id
    StatusRole = Qt.ItemDataRole.UserRole + 2  # str: RecordStatus value
    SortKeyRole = Qt.ItemDataRole.UserRole + 3  # native value of the cell (date, str, int)
    IssueCodesRole = Qt.ItemDataRole.UserRole + 4  # list[str]

    _HEADERS = (
        QT_TRANSLATE_NOOP("RecordsModel", "Status"),
        QT_TRANSLATE_NOOP("RecordsModel", "NIK"),
        QT_TRANSLATE_NOOP("RecordsModel", "Nama"),
        QT_TRANSLATE_NOOP("RecordsModel", "L/P"),
        QT_TRANSLATE_NOOP("RecordsModel", "Tgl. Lahir"),
        QT_TRANSLATE_NOOP("RecordsModel", "Alamat"),
        QT_TRANSLATE_NOOP("RecordsModel", "RT"),
        QT_TRANSLATE_NOOP("RecordsModel", "RW"),
        QT_TRANSLATE_NOOP("RecordsModel", "Dusun"),
        QT_TRANSLATE_NOOP("RecordsModel", "Pekerjaan"),
        QT_TRANSLATE_NOOP("RecordsModel", "No. HP"),
        QT_TRANSLATE_NOOP("RecordsModel", "Masalah"),
    )
    # SQL sort key per column (storage.persons.SORT_COLUMNS)
    SORT_KEYS = (
        "status", "nik", "full_name", "sex", "birth_date", "address",
        "rt", "rw", "dusun", "occupation", "phone", "issues",
    )
    _FIELDS = (
        "status", "nik", "full_name", "sex", "birth_date", "address",
        "rt", "rw", "dusun", "occupation", "phone", "error_count",
    )

    ids_changed = Signal(bool)  # after every change of the id list; True once it is complete
    load_failed = Signal(object)  # the background read failed (exception)

    def __init__(self, db: Any, flt: RecordFilter | None = None, parent: Any = None, *,
                 order_by: str = "full_name", descending: bool = False, load: bool = True,
                 runner: Any = None) -> None:
        """``db``: a ``storage.db.Database`` (or an ``App``, whose ``db`` is used).

        ``runner``: a ``TaskRunner``. With it, a new query shows its first rows at once (a LIMIT
        query served by an index) and reads the full id list in the background; without it, the
        whole list is read synchronously (tests, small villages).
        """
        super().__init__(parent)
        self._db = getattr(db, "db", db)
        self._filter = flt or RecordFilter(desa_code=getattr(db, "desa_code", None) or None)
        self._order_by = order_by
        self._descending = descending
        self._runner = runner
        self._ids: list[str] = []
        self._loaded = 0
        self._want_loaded = 0
        self._complete = True
        self._inserting = False
        self._pages: OrderedDict[int, dict[str, dict[str, Any]]] = OrderedDict()
        self._base: _Base | None = None
        self._generation = 0
        if load:
            self.reload()

    # ------------------------------------------------------------ queries

    @property
    def record_filter(self) -> RecordFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    @property
    def complete(self) -> bool:
        """False while the full id list is still being read in the background."""
        return self._complete

    def total(self) -> int:
        """Records matching the filter (rows not yet fetched included)."""
        return len(self._ids)

    def ids(self) -> list[str]:
        return list(self._ids)

    def contains(self, person_id: str) -> bool:
        return person_id in self._ids

    def _base_key(self) -> tuple[Any, ...]:
        return (replace(self._filter, search=""), self._order_by, self._descending)

    def reload(self, flt: RecordFilter | None = None, order_by: str | None = None,
               descending: bool | None = None, *, keep_loaded: bool = False, force: bool = False) -> None:
        """Show the records of ``flt`` in the given order.

        Only the search text changed (search-as-you-type): the ids are filtered in memory from the
        list already read, in a few milliseconds even at 100,000 records. Anything else (or
        ``force``, after records changed) re-reads the list from the database.
        """
        if flt is not None:
            self._filter = flt
        if order_by is not None:
            self._order_by = order_by
        if descending is not None:
            self._descending = descending
        want = max(self._loaded, FETCH_STEP) if keep_loaded else FETCH_STEP
        key = self._base_key()
        if force:
            self._base = None
        if self._base is not None and self._base.key == key:
            self._set_ids(self._base.search(self._filter.search), want, complete=True)
            return
        self._base = None
        self._generation += 1
        if self._runner is None:
            base = _Base.query(self._db, key)
            self._base = base
            self._set_ids(base.search(self._filter.search), want, complete=True)
            return
        first = _first_ids(self._db, self._filter, self._order_by, self._descending, FETCH_STEP)
        self._set_ids(first, want, complete=False)
        generation, db = self._generation, self._db
        self._runner.run(lambda _p: _Base.query(db, key),
                         on_done=lambda base: self._base_ready(generation, base),
                         on_error=lambda exc: self._base_failed(generation, exc))

    def _base_ready(self, generation: int, base: _Base) -> None:
        if generation != self._generation:
            return  # a newer query was started meanwhile
        self._base = base
        ids = base.search(self._filter.search)
        if ids[: len(self._ids)] == self._ids:
            # the rows shown are a prefix of the full list: just let the view fetch the rest
            self._ids = ids
            self._complete = True
            target = min(self._want_loaded, len(ids))
            if target > self._loaded:
                self._inserting = True
                try:
                    self.beginInsertRows(QModelIndex(), self._loaded, target - 1)
                    self._loaded = target
                    self.endInsertRows()
                finally:
                    self._inserting = False
            self.ids_changed.emit(True)
        else:
            self._set_ids(ids, max(self._want_loaded, FETCH_STEP), complete=True)

    def _base_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._complete = True
            self.ids_changed.emit(True)
            self.load_failed.emit(exc)

    def _set_ids(self, ids: list[str], want: int, *, complete: bool) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._want_loaded = want
        self._loaded = min(want, len(ids))
        self._complete = complete
        self.endResetModel()
        self.ids_changed.emit(complete)

    def set_filter(self, **changes: Any) -> None:
        self.reload(replace(self._filter, **changes))

    def _page(self, number: int) -> dict[str, dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * DATA_PAGE : (number + 1) * DATA_PAGE]
        page = listing.display_rows(self._db, ids)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_data(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // DATA_PAGE).get(self._ids[row])

    def person_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < self._loaded else None

    def row_of(self, person_id: str) -> int:
        """Row of ``person_id`` (fetching rows up to it), or -1."""
        try:
            row = self._ids.index(person_id)
        except ValueError:
            return -1
        while row >= self._loaded and self.canFetchMore():
            self.fetchMore()
        return row

    def refresh(self) -> None:
        """Drop cached display rows and repaint (the ids stay)."""
        self._pages.clear()
        if self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, self.columnCount() - 1))

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._inserting or self._loaded >= len(self._ids):
            return
        first = self._loaded
        last = min(self._loaded + FETCH_STEP, len(self._ids)) - 1  # inclusive
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), first, last)
            self._loaded = last + 1
            self.endInsertRows()
        finally:
            self._inserting = False

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._HEADERS):
                return QCoreApplication.translate("RecordsModel", self._HEADERS[section])
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._loaded:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click re-runs the query ordered in SQL (a proxy would sort only fetched rows)."""
        if not 0 <= column < len(self.SORT_KEYS):
            return
        key, descending = self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_by, self._descending):
            return
        self.reload(order_by=key, descending=descending)

    def sort_column(self) -> int:
        try:
            return self.SORT_KEYS.index(self._order_by)
        except ValueError:
            return self.COL_NAME

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded or index.column() >= len(self._HEADERS):
            return None
        row = index.row()
        if role == self.PersonIdRole:
            return self._ids[row]
        if role not in _ROLES_USED:
            return None
        rec = self.row_data(row)
        if rec is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, col)
        if role == self.StatusRole:
            return rec.get("status")
        if role == self.SortKeyRole:
            value = rec.get(self._FIELDS[col])
            return value.isoformat() if isinstance(value, date) else value
        if role == self.IssueCodesRole:
            return (rec.get("issue_codes") or "").split()
        key = display_status(rec.get("status") or "", rec.get("warning_count") or 0)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_STATUS:
            return status_icon(key)
        if role == Qt.ItemDataRole.BackgroundRole and col in (self.COL_STATUS, self.COL_ISSUES):
            if key in ("perlu_perbaikan", "peringatan", "ditolak", "terhapus"):
                return QBrush(QColor(STATUS_BACKGROUNDS[key]))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "terhapus":
                return QBrush(QColor(STATUS_COLORS["terhapus"]))
            if col == self.COL_ISSUES and key in ("perlu_perbaikan", "peringatan"):
                return QBrush(QColor("#8e1b1b" if key == "perlu_perbaikan" else "#7a4a00"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_STATUS, self.COL_ISSUES):
            issues = listing.issues_from_json(rec.get("issues_json"))
            lines = [("\u2716 " if i.severity is Severity.ERROR else "\u26a0 ") + issue_text(i) for i in issues]
            if rec.get("deleted_at") is not None:
                lines.insert(0, QCoreApplication.translate("RecordsModel", "Dihapus"))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_SEX, self.COL_RT, self.COL_RW):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, rec: dict[str, Any], col: int) -> str:
        if col == self.COL_STATUS:
            status = rec.get("status") or ""
            label = STATUS_LABELS.get(status, status)
            text = vocab(label)
            if status in ("siap_kirim", "terkirim") and rec.get("warning_count"):
                text += " \u26a0"
            return text
        if col == self.COL_NIK:
            return rec.get("nik") or ""
        if col == self.COL_NAME:
            return rec.get("full_name") or ""
        if col == self.COL_BIRTH:
            return fmt_date(rec.get("birth_date"))
        if col == self.COL_SEX:  # the letters follow the header's language (L/P, M/F)
            sex = rec.get("sex") or ""
            return QCoreApplication.translate("RecordsModel", SEX_LETTERS[sex]) if sex in SEX_LETTERS else sex
        if col == self.COL_OCCUPATION:
            occ = rec.get("occupation") or ""
            if occ == "lainnya" and rec.get("occupation_other"):
                return rec["occupation_other"]
            return vocab(OCCUPATION_LABELS.get(occ, occ))
        if col == self.COL_ISSUES:
            issues = listing.issues_from_json(rec.get("issues_json"))
            if not issues:
                return ""
            issues.sort(key=lambda i: i.severity is not Severity.ERROR)
            text = issue_text(issues[0])
            if len(issues) > 1:
                text += f" (+{len(issues) - 1})"
            return text
        value = rec.get(self._FIELDS[col])
        return "" if value is None else str(value)


_ROLES_USED = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    RecordsModel.StatusRole,
    RecordsModel.SortKeyRole,
    RecordsModel.IssueCodesRole,
))


# ---------------------------------------------------------------- id lists

_SEARCH_NOISE = re.compile(r"[\s.\-']")  # the same cleaning as storage.persons' search


def _first_ids(db: Any, flt: RecordFilter, order_by: str, descending: bool, limit: int) -> list[str]:
    return listing.first_ids(db, flt, order_by, descending, limit)


@dataclass
class _Base:
    """Every id of one filter (without the search text) in order, with the text searched.

    Search-as-you-type filters these lists in memory with the same rules as
    ``storage.persons.RecordFilter.search``: digits match NIK or phone, words must all occur in
    the name, address or dusun (case-insensitive). Several words are matched longest first, each
    over the rows the previous one left; typing on (a search that only narrows the previous one)
    starts from the previous result instead of the whole village.
    """

    key: tuple[Any, ...]
    ids: list[str]
    digits: list[str]  # "NIK PHONE"
    words: list[str]  # "NAME\x00ADDRESS\x00DUSUN", upper case
    _last: tuple[bool, tuple[str, ...], list[int]] | None = None  # (digits?, terms, matching rows)

    @classmethod
    def query(cls, db: Any, key: tuple[Any, ...]) -> _Base:
        flt, order_by, descending = key
        ids: list[str] = []
        digits: list[str] = []
        words: list[str] = []
        for pid, nik, phone, name, address, dusun in listing.search_rows(db, flt, order_by, descending, _READ_BATCH):
            ids.append(pid)
            digits.append(f"{nik or ''} {phone or ''}")
            words.append(f"{name or ''}\x00{address or ''}\x00{dusun or ''}".upper())
        return cls(key, ids, digits, words)

    def search(self, text: str) -> list[str]:
        text = (text or "").strip()
        if not text:
            self._last = None
            return list(self.ids)
        cleaned = _SEARCH_NOISE.sub("", text)
        is_digits = cleaned.isdigit()
        terms = (cleaned,) if is_digits else tuple(sorted(set(text.upper().split()), key=len, reverse=True))
        haystacks = self.digits if is_digits else self.words
        rows: list[int] | None = None
        last = self._last
        if last is not None and last[0] == is_digits and all(any(o in t for t in terms) for o in last[1]):
            # every earlier term is inside a new one: the new matches are among the earlier ones
            rows = last[2]
        for term in terms:
            if rows is None:
                rows = [i for i, hay in enumerate(haystacks) if term in hay]
            else:
                rows = [i for i in rows if term in haystacks[i]]
        assert rows is not None
        self._last = (is_digits, terms, rows)
        ids = self.ids
        return [ids[i] for i in rows]
