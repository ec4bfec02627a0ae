"""Profile initialisation: Mode Desa or Mode Kabupaten, the region checked, keys made."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from pathlib import Path

from desktop_app import paths
from desktop_app.core import regions
from desktop_app.core.text import Msg, message_of
from desktop_app.services.app import PROFILE_KEY, PROGRAMME_KEY, App, Profile, Programme, now, open_app
from desktop_app.services.errors import ServiceError
from desktop_app.storage import settings as settings_store
from desktop_app.storage.db import open_database


class ProfileError(ServiceError, ValueError):
    """Bad input for the profile; ``str(e)`` is the Indonesian message (a ``core.text.Msg``)."""


def _level_name(level: str) -> Msg:
    """A region level as a word of a message (translated with it)."""
    names = {
        "provinsi": Msg("provinsi"),
        "kabupaten": Msg("kabupaten"),
        "kecamatan": Msg("kecamatan"),
        "desa": Msg("desa"),
    }
    return names[level]


def _code_hint(role: str) -> Msg:
    if role == "desa":
        return Msg("Gunakan kode desa/kelurahan PP.KK.CC.DDDD.")
    return Msg("Gunakan kode kabupaten/kota PP.KK.")


def check_region(role: str, code: str) -> tuple[str, str]:
    """Return (dotted code, descriptive name) or raise ProfileError."""
    if role not in ("desa", "kabupaten"):
        raise ProfileError(Msg("Mode harus 'desa' atau 'kabupaten'."))
    try:
        dotted = regions.normalize_code(code)
    except ValueError as exc:
        raise ProfileError(message_of(exc)) from exc
    region = regions.get(dotted)
    wanted = "desa" if role == "desa" else "kabupaten"
    if region is None:
        raise ProfileError(Msg("Kode wilayah {code} tidak ada di daftar Kemendagri. {hint}",
                               code=str(code), hint=_code_hint(role)))
    if region.level != wanted:
        raise ProfileError(Msg("Kode {code} adalah kode {level}, bukan kode {wanted}. {hint}", code=dotted,
                               level=_level_name(region.level), wanted=_level_name(wanted), hint=_code_hint(role)))
    return dotted, regions.describe(dotted)


def _ensure_writable(data_dir: Path) -> None:
    """Create the data dir and prove it is writable before anything else is made in it."""
    import os

    from desktop_app.storage.errors import StorageError, classify

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".sipera-write-test"
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as error:
        mapped = classify(error, data_dir)
        raise (mapped if isinstance(mapped, StorageError) else ProfileError(Msg(
            "Folder data {path} tidak bisa dipakai: {reason}.", path=str(data_dir), reason=str(error.strerror or error),
        ))) from error


def init_profile(data_dir: Path, role: str, code: str, operators: list[str] | str) -> App:
    """Create the data dir, database, profile and keys. Refuses an already initialised dir."""
    if isinstance(operators, str):
        operators = [operators]
    names = []
    for name in operators:
        name = " ".join(str(name).split())
        if name and name not in names:
            names.append(name)
    if not names:
        raise ProfileError(Msg("Nama operator harus diisi."))
    dotted, name = check_region(role, code)
    data_dir = Path(data_dir)
    _ensure_writable(data_dir)
    db_path = paths.database_path(data_dir)
    if db_path.exists():
        db = open_database(db_path)
        try:
            with db.read() as s:
                if settings_store.get(s, PROFILE_KEY):
                    raise ProfileError(Msg("Folder data {path} sudah disiapkan sebelumnya; tidak ada yang diubah.",
                                           path=str(data_dir)))
        finally:
            db.dispose()
    profile = Profile(
        role=role,
        region_code=dotted,
        region_name=name,
        installation_id=str(uuid.uuid4()),
        operators=names,
        created_at=now().isoformat(),
    )
    from desktop_app.services.packages import keys as keys_service

    keys_service.ensure_keys(data_dir)
    db = open_database(db_path)
    try:
        with db.unit_of_work() as s:
            settings_store.put(s, PROFILE_KEY, asdict(profile))
            if settings_store.get(s, PROGRAMME_KEY) is None:
                settings_store.put(s, PROGRAMME_KEY, Programme().to_dict())
    finally:
        db.dispose()
    return open_app(data_dir, operator=names[0], backup=False)
