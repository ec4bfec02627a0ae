"""Messages from the lower layers that the window can show in the operator's language.

The services, the sync layer and storage speak Bahasa Indonesia (the source language of SIPERA)
but know nothing of Qt. A message they hand upwards - an error, an import note, a layout warning -
is made with :class:`Msg`::

    raise ImportError_(Msg("Berkas {path} tidak ada.", path=path))

A ``Msg`` *is* the Indonesian text (a ``str``: the command line, logs, JSON reports and report
workbooks use it as it is) and also keeps its template and parameters, so that the window can
look the template up in the translation catalogue (context ``Pesan``) and fill in the parameters
itself (``ui.i18n.tr_text``). Parameters may be messages too, or lists of messages (shown joined
by spaces); they are translated the same way.

Templates must be literal strings in the call (``Msg("...")``), never f-strings or variables:
``python -m desktop_app.ui.i18n_tools update`` collects them from the sources for translation, and
a test refuses any other form. Placeholders are ``str.format`` fields: ``{name}``, ``{count:,}``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Msg", "fill", "joined", "message_of"]


def fill(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)``, or the template itself when it does not fit the parameters
    (a translation with a typo must never turn a message into a crash)."""
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


class Msg(str):
    """Indonesian text that remembers its ``template`` and ``params`` for translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Msg:
        self = super().__new__(cls, fill(template, {k: joined(v) for k, v in params.items()}))
        self.template = template
        self.params = params
        return self

    @classmethod
    def restored(cls, template: str, params: dict[str, Any]) -> Msg:
        """A message read back from storage or a package: its template is literal where it was made."""
        return cls(template, **params)

    def __reduce__(self) -> tuple[Any, ...]:  # copy/pickle keep the template, not only the text
        return (_rebuild, (self.template, self.params))


def joined(value: Any, sep: str = " ") -> Any:
    """A list or tuple parameter (several messages in one) shown as its items joined by spaces."""
    return sep.join(str(v) for v in value) if isinstance(value, list | tuple) else value


def _rebuild(template: str, params: dict[str, Any]) -> Msg:
    return Msg(template, **params)


def message_of(exc: BaseException) -> str:
    """The message an exception was raised with: the :class:`Msg` itself when it was one (so it
    can still be translated), else ``str(exc)``. ``str(exc)`` alone would turn a Msg into plain text."""
    args = getattr(exc, "args", ())
    if len(args) == 1 and isinstance(args[0], Msg):
        return args[0]
    return str(exc)
