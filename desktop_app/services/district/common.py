"""What the district use cases share: the refusal type and the mode check."""

from __future__ import annotations

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
