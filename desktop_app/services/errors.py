"""Service refusals: one base class, carrying a translatable message (``core.text.Msg``).

Every use case raises a subclass of :class:`ServiceError` for anything the user can act on;
the window (``ui.common.errors.error_text``) and the command line (``cli.base.refusal_text``)
each have one place that turns it into text.
"""

from __future__ import annotations

from desktop_app.core.errors import Refusal

__all__ = ["ServiceError"]


class ServiceError(Refusal):
    """A refusal of a use case; ``str(e)`` is the Indonesian message, ``e.args[0]`` the ``Msg``."""

# Storage refusals reach the window and the command line through the services, never directly.
from desktop_app.storage.errors import (  # noqa: E402
    AlreadyRunning,
    DatabaseCorrupt,
    NewerDatabaseError,
    StorageError,
    StorageUnavailable,
    classify,
)

__all__ += ["AlreadyRunning", "DatabaseCorrupt", "NewerDatabaseError", "StorageError", "StorageUnavailable", "classify"]
