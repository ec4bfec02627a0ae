"""What the district use cases share: the refusal type and the mode check."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.text import Msg
from desktop_app.services.app import App
from desktop_app.services.errors import ServiceError


class DistrictError(ServiceError, ValueError):
    """A refusal of a district use case (``str(e)`` is the Indonesian message)."""


def require_district(app: App) -> None:
    if app.profile.is_desa:
        raise DistrictError(Msg("Perintah ini untuk SIPERA Mode Kabupaten."))


def require_village(app: App) -> None:
    if not app.profile.is_desa:
        raise DistrictError(Msg("Perintah ini untuk SIPERA Mode Desa/Kelurahan."))


def open_from_pinned_district(app: App, path: Path, kind: str, not_pinned_key: Msg):  # noqa: ANN201
    """Open a feedback or restore package meant for this village through the one pipeline, and
    refuse it (``not_pinned_key``) unless the district key this village pinned signed it."""
    from desktop_app.services.packages.common import DbTrust, _identity, _package_error, pinned_district
    from desktop_app.sync.errors import PackageError
    from desktop_app.sync.manifest import Target
    from desktop_app.sync.package import open_package

    require_village(app)
    pinned = pinned_district(app)
    if not pinned:
        raise DistrictError(Msg("Kunci kabupaten belum ada. Impor dulu paket konfigurasi dari Disperinaker."))
    try:
        with app.db.read() as s:
            opened = open_package(Path(path), trust=DbTrust(s), identity=_identity(app), expect_kind=kind,
                                  expect_target=Target(role="desa", region_code=app.profile.region_code))
    except PackageError as exc:
        raise _package_error(exc) from exc
    source = opened.manifest.source
    if source.role != "kabupaten" or source.key_id != pinned.get("key_id"):
        raise DistrictError(not_pinned_key)
    return opened
