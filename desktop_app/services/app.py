"""The application context: data dir, database, profile, current operator.

Every service entry point takes an ``App``; the UI and the CLI make one with ``open_app``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.core.text import Msg
from desktop_app.storage import settings as settings_store
from desktop_app.storage.db import Database, daily_backup, open_database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.lock import WINDOW as WINDOW  # the holder name the window uses
from desktop_app.storage.lock import InstanceLock as InstanceLock  # the one-writer lock, for ui and cli
from desktop_app.storage.lock import hold as hold_lock

# How long a writing command waits for another writer (a window, an import) before it says who
# holds the data folder. The CLI's --wait overrides it.
DEFAULT_LOCK_WAIT_S = 10.0

PROFILE_KEY = "profile"
PROGRAMME_KEY = "programme"
PREFERENCES_KEY = "preferences"


class NotInitialized(StorageError):
    """The data dir has no profile yet (first start)."""


@dataclass
class Profile:
    role: str  # "desa" or "kabupaten"
    region_code: str  # PP.KK.CC.DDDD for a desa, PP.KK for a kabupaten
    region_name: str
    installation_id: str
    operators: list[str] = field(default_factory=list)
    created_at: str = ""

    @property
    def is_desa(self) -> bool:
        return self.role == "desa"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            role=str(data.get("role", "")),
            region_code=str(data.get("region_code", "")),
            region_name=str(data.get("region_name", "")),
            installation_id=str(data.get("installation_id", "")),
            operators=[str(o) for o in data.get("operators", []) if str(o).strip()],
            created_at=str(data.get("created_at", "")),
        )


@dataclass
class Programme:
    """Programme values: from settings until a district config provides them."""

    year: int = field(default_factory=lambda: date.today().year)
    coverage_start: date = field(default_factory=lambda: date(date.today().year, 1, 1))
    coverage_end: date = field(default_factory=lambda: date(date.today().year, 12, 31))
    rate: int = 16_800
    age_min: int = 18
    age_max: int = 65
    default_funding_source: str = "apbd_kabupaten"
    from_district: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["coverage_start"] = self.coverage_start.isoformat()
        d["coverage_end"] = self.coverage_end.isoformat()
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Programme:
        base = cls()
        if not data:
            return base
        try:
            return cls(
                year=int(data.get("year", base.year)),
                coverage_start=date.fromisoformat(str(data.get("coverage_start", base.coverage_start.isoformat()))),
                coverage_end=date.fromisoformat(str(data.get("coverage_end", base.coverage_end.isoformat()))),
                rate=int(data.get("rate", base.rate)),
                age_min=int(data.get("age_min", base.age_min)),
                age_max=int(data.get("age_max", base.age_max)),
                default_funding_source=str(data.get("default_funding_source", base.default_funding_source)),
                from_district=bool(data.get("from_district", False)),
            )
        except (TypeError, ValueError):
            return base


@dataclass
class App:
    data_dir: Path
    db: Database
    profile: Profile
    operator: str = ""
    writer: Any = None  # the one-writer lock (storage.lock.Hold) while opened for writing

    @property
    def desa_code(self) -> str:
        return self.profile.region_code if self.profile.is_desa else ""

    def programme(self) -> Programme:
        with self.db.read() as s:
            return Programme.from_dict(settings_store.get(s, PROGRAMME_KEY))

    def set_programme(self, programme: Programme) -> None:
        with self.db.unit_of_work() as s:
            settings_store.put(s, PROGRAMME_KEY, programme.to_dict())

    def preference(self, key: str, default: Any = None) -> Any:
        with self.db.read() as s:
            return (settings_store.get(s, PREFERENCES_KEY) or {}).get(key, default)

    def set_preference(self, key: str, value: Any) -> None:
        with self.db.unit_of_work() as s:
            prefs = settings_store.get(s, PREFERENCES_KEY) or {}
            prefs[key] = value
            settings_store.put(s, PREFERENCES_KEY, prefs)

    def set_operators(self, operators: list[str]) -> None:
        cleaned = []
        for name in operators:
            name = " ".join(str(name).split())
            if name and name not in cleaned:
                cleaned.append(name)
        if not cleaned:
            raise ValueError(Msg("Minimal satu nama operator harus diisi."))
        self.profile.operators = cleaned
        with self.db.unit_of_work() as s:
            settings_store.put(s, PROFILE_KEY, asdict(self.profile))
        if self.operator not in cleaned:
            self.operator = cleaned[0]

    def close(self) -> None:
        self.db.dispose()
        if self.writer is not None:
            self.writer.release()
            self.writer = None


def is_initialized(data_dir: Path) -> bool:
    db_path = paths.database_path(data_dir)
    if not db_path.exists():
        return False
    db = open_database(db_path)
    try:
        with db.read() as s:
            return settings_store.get(s, PROFILE_KEY) is not None
    finally:
        db.dispose()


def open_app(data_dir: Path, *, operator: str | None = None, backup: bool = True, write: bool = True,
             wait: float = 0.0, holder: str = "") -> App:
    """Open the data dir. For writing (the default) the App holds the one-writer lock until it is
    closed: another process's writer is waited for up to ``wait`` seconds, then refused with
    AlreadyRunning naming it (``holder`` is what this process is called in that message). The
    first writer to open a data dir also tightens its permissions and removes what killed runs
    left behind. ``write=False`` takes no lock and makes no backup: for listing and inspecting."""
    data_dir = Path(data_dir)
    db_path = paths.database_path(data_dir)
    if not db_path.exists():
        raise NotInitialized(Msg(
            "Folder data {path} belum disiapkan. Jalankan 'sipera init desa ...' atau buka jendela SIPERA.",
            path=str(data_dir),
        ))
    writer = None
    if write:
        writer = hold_lock(data_dir, wait=wait, holder=holder)
        try:
            from desktop_app.storage import housekeeping

            housekeeping.on_open(data_dir)
        except BaseException:
            writer.release()
            raise
    try:
        db = open_database(db_path)
        with db.read() as s:
            raw = settings_store.get(s, PROFILE_KEY)
    except BaseException:
        if writer is not None:
            writer.release()
        raise
    if not raw:
        db.dispose()
        if writer is not None:
            writer.release()
        raise NotInitialized(Msg("Folder data {path} belum punya profil desa/kabupaten.", path=str(data_dir)))
    profile = Profile.from_dict(raw)
    chosen = operator or (profile.operators[0] if profile.operators else "")
    app = App(data_dir, db, profile, chosen, writer)
    if write and profile.is_desa:
        from desktop_app.services.packages.pending import settle_pending

        try:
            settle_pending(app)  # a package of a killed export: removed, or kept for the next export
        except (OSError, StorageError):
            pass
    if backup and write:
        try:
            daily_backup(db)
        except StorageError:
            pass  # a failed daily backup must not stop the work; it is retried next start
    return app


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
