"""cli.base.with_app: one service call on the data folder; which refusals become the command's message."""

from __future__ import annotations

import argparse

import pytest

from desktop_app.cli import base
from desktop_app.cli.base import CliError, ExitCode, with_app
from desktop_app.core.text import Msg
from desktop_app.services.errors import ServiceError


class _Refused(ServiceError):
    pass


class _OtherRefused(ServiceError):
    pass


class _FakeApp:
    closed = 0

    def close(self) -> None:
        self.closed += 1


@pytest.fixture
def app(monkeypatch):
    fake = _FakeApp()
    monkeypatch.setattr(base, "open_app", lambda _args: fake)
    return fake


def _raise(exc):  # noqa: ANN001, ANN202
    def work(_app):  # noqa: ANN001, ANN202
        raise exc

    return work


ARGS = argparse.Namespace()


def test_returns_what_the_work_returns_and_closes(app):
    assert with_app(ARGS, lambda a: a is app) is True
    assert app.closed == 1


def test_any_service_refusal_is_the_commands_message_exit_2_by_default(app):
    with pytest.raises(CliError) as caught:
        with_app(ARGS, _raise(_Refused(Msg("Tidak bisa."))))
    assert str(caught.value) == "Tidak bisa." and caught.value.code == ExitCode.USAGE
    assert isinstance(caught.value.__cause__, _Refused)
    assert app.closed == 1


def test_only_the_named_refusals_with_the_given_code(app):
    with pytest.raises(CliError) as caught:
        with_app(ARGS, _raise(_Refused(Msg("Ditolak."))), errors=_Refused, code=ExitCode.REJECTED)
    assert caught.value.code == ExitCode.REJECTED
    with pytest.raises(_OtherRefused):  # not named: main says it (exit 1)
        with_app(ARGS, _raise(_OtherRefused(Msg("Lain."))), errors=_Refused)
    with pytest.raises(_Refused):  # errors=(): nothing is caught
        with_app(ARGS, _raise(_Refused(Msg("Lain."))), errors=())
    assert app.closed == 3


def test_refused_builds_the_message_itself(app):
    said = CliError("Kata sendiri.", ExitCode.REJECTED)
    with pytest.raises(CliError) as caught:
        with_app(ARGS, _raise(_Refused(Msg("Asli."))), errors=_Refused, refused=lambda exc: said)
    assert caught.value is said
    assert app.closed == 1
