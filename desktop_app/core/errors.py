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


DEBUG_ENV = "SIPERA_DEBUG"  # set by the command line's --debug (the window started from it too)


def debug_enabled() -> bool:
    import os

    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def report_text(exc: BaseException, *, debug: bool | None = None) -> str:
    """A traceback for stderr or a log. Without debug the exceptions' own texts are left out:
    they may quote the data being processed (an IntegrityError lists NIKs, names and phone
    numbers). Where it happened stays (file, line, function, the source line)."""
    import traceback

    if debug if debug is not None else debug_enabled():
        return "".join(traceback.format_exception(exc))
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.insert(0, f"Traceback (most recent call last):\n{frames}{type(current).__name__}: "
                        "(isi pesan disembunyikan; ulangi dengan --debug)\n")
        current = current.__cause__ or current.__context__
    return "\n".join(parts)
