"""BNBA export and the blank template, with export layouts the operator can define and save."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.core.person import OCCUPATION_LABELS
from desktop_app.core.progress import NULL_PROGRESS, Progress
from desktop_app.core.text import Msg
from desktop_app.services.app import App
from desktop_app.services.errors import ServiceError
from desktop_app.services.sheets.writer import PRESETS, ExportLayout, export_bnba, write_template
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow

LAYOUTS_PREFERENCE = "export_layouts"


class ExportError(ServiceError, ValueError):
    """``str(e)`` is the Indonesian message (a ``core.text.Msg``: ``core.text.message_of(e)``)."""


def layouts(app: App) -> dict[str, ExportLayout]:
    out = dict(PRESETS)
    for name, data in (app.preference(LAYOUTS_PREFERENCE, {}) or {}).items():
        try:
            out[name] = ExportLayout.from_dict(data)
        except ValueError:
            continue
    return out


def save_layout(app: App, layout: ExportLayout) -> None:
    if layout.name in PRESETS:
        raise ExportError(Msg("Nama tata letak '{name}' sudah dipakai tata letak bawaan; pilih nama lain.",
                              name=layout.name))
    data = dict(app.preference(LAYOUTS_PREFERENCE, {}) or {})
    data[layout.name] = layout.to_dict()
    app.set_preference(LAYOUTS_PREFERENCE, data)


def delete_layout(app: App, name: str) -> bool:
    data = dict(app.preference(LAYOUTS_PREFERENCE, {}) or {})
    if name not in data:
        return False
    del data[name]
    app.set_preference(LAYOUTS_PREFERENCE, data)
    return True


def export_excel(app: App, path: Path, *, layout_name: str | None = None, include_deleted: bool = False,
                 progress: Progress = NULL_PROGRESS) -> int:
    available = layouts(app)
    layout = available.get(layout_name) if layout_name else None
    if layout_name and layout is None:
        raise ExportError(Msg("Tata letak '{name}' tidak ada. Pilihan: {choices}.", name=layout_name,
                              choices=", ".join(available)))
    flt = repo.RecordFilter(desa_code=app.desa_code or None, include_deleted=include_deleted)
    try:
        with app.db.read() as session:
            total = repo.count(session, flt)
            issues_by_id = {}
            stmt = repo.filtered(select(PersonRow.id, PersonRow.issues_json), flt).where(
                PersonRow.issues_json != "[]")
            for pid, text in session.execute(stmt):
                issues_by_id[pid] = repo.issues_from_json(text)
            return export_bnba(Path(path), repo.iter_persons(session, flt), issues_by_id, layout=layout,
                               progress=progress, total=total,
                               sheet_title="BNBA")
    except OSError as exc:
        raise _write_error(exc, Path(path)) from exc


def _write_error(exc: OSError, path: Path) -> ExportError:
    """Why the file could not be written, naming the place: a full disk is not an open Excel."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError(Msg("Disk penuh: tidak ada ruang untuk menyimpan ke {folder}. Tidak ada berkas yang "
                               "ditulis. Kosongkan ruang di sana atau pilih folder lain.", folder=str(path.parent)))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY) or getattr(exc, "winerror", None) == 32:
        return ExportError(Msg("Berkas {path} tidak bisa ditulis: {detail}. "
                               "Tutup berkas itu di Excel bila sedang terbuka, lalu ulangi.",
                               path=str(path), detail=exc.strerror or type(exc).__name__))
    return ExportError(Msg("Berkas {path} tidak bisa ditulis: {detail}.", path=str(path),
                           detail=exc.strerror or type(exc).__name__))


def write_blank_template(app: App, path: Path) -> None:
    try:
        write_template(Path(path), occupations=list(OCCUPATION_LABELS.values()),
                       desa={"code": app.profile.region_code, "name": app.profile.region_name})
    except OSError as exc:
        raise _write_error(exc, Path(path)) from exc

