"""The one base of every refusal a user can act on, whatever layer raises it.

A ``Refusal`` carries a translatable :class:`~desktop_app.core.text.Msg` (``user_message()``) and,
where one exists, a stable ``code``. Storage (``StorageError``), the sync layer (``SyncError``) and
the services (``services.errors.ServiceError``) all derive from it, so the window has exactly one
function that turns any of them into text (``ui.common.errors.error_text``) and the command line
one more (``cli.base.refusal_text``). Anything that is not a ``Refusal`` is a bug and is reported
as an unexpected error.
"""

from __future__ import annotations

from desktop_app.core.text import message_of

__all__ = ["Refusal"]


class Refusal(Exception):
    """An error the user can understand and act on; nothing was changed by the refused step."""

    code: str = ""

    def user_message(self) -> str:
        """The message for the user: a ``Msg`` (translatable) when it was raised with one."""
        message = getattr(self, "message", None)
        if isinstance(message, str) and message:
            return message
        return message_of(self)
