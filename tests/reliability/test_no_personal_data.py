"""NIKs, names, KK and phone numbers stay out of every error path unless --debug is given."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

import desktop_app
from desktop_app.cli import main as cli_main
from desktop_app.core.errors import report_text

NIK, KK, NAME, PHONE = "3503011205800001", "3503010101080001", "SUPARMAN BIN SALEH", "081234567890"
SECRETS = (NIK, KK, NAME, PHONE)


def _leaky() -> Exception:
    try:
        try:
            raise sqlite3.IntegrityError(f"UNIQUE constraint failed: persons.nik [{NIK}, {NAME}, {KK}, {PHONE}]")
        except sqlite3.IntegrityError as inner:
            raise ValueError(f"could not save {NAME} ({NIK})") from inner
    except ValueError as exc:
        return exc


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret} leaked into: {text[:300]}"


def test_the_cli_unexpected_error_path_names_no_data(capsys, monkeypatch):
    def boom(_args):  # noqa: ANN001, ANN202
        raise _leaky()

    parser = cli_main.build_parser()
    monkeypatch.setattr(cli_main, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["nik"].set_defaults(func=boom)  # any command will do
    assert cli_main.main(["nik", "1"]) == 3
    captured = capsys.readouterr()
    _clean(captured.err + captured.out)
    assert "ValueError" in captured.err and "--debug" in captured.err
    monkeypatch.setenv("SIPERA_TRACEBACK", "1")
    assert cli_main.main(["nik", "1"]) == 3
    captured = capsys.readouterr()
    _clean(captured.err)
    assert "Traceback" in captured.err and "IntegrityError" in captured.err
    assert cli_main.main(["--debug", "nik", "1"]) == 3  # with --debug the whole story, as asked
    assert NIK in capsys.readouterr().err


def test_the_redacted_traceback_keeps_where_but_not_what():
    text = report_text(_leaky(), debug=False)
    _clean(text)
    assert "IntegrityError" in text and "ValueError" in text and "_leaky" in text
    assert NIK in report_text(_leaky(), debug=True)


def test_the_window_shows_no_data_for_an_unexpected_error(qapp):
    from desktop_app.ui.common.errors import error_text

    text = error_text(_leaky())
    _clean(text)
    assert "ValueError" in text


def test_the_window_excepthook_writes_no_data(qapp, capsys, monkeypatch):
    from desktop_app.ui import app as gui
    from desktop_app.ui.common.widgets import Ask

    shown = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, text, title="": shown.append(text)))
    monkeypatch.delenv("SIPERA_DEBUG", raising=False)
    exc = _leaky()
    gui._excepthook(type(exc), exc, exc.__traceback__)
    _clean(capsys.readouterr().err + "".join(shown))


_PERSONAL_PARAMS = {"nik", "kk", "kk_number", "phone", "full_name", "nama"}


def _message_calls() -> list[tuple[Path, int, str]]:
    """Msg(...) / CliError(...) / SpreadsheetError(...) calls in the source whose keyword
    parameters carry personal fields unmasked."""
    root = Path(desktop_app.__file__).parent
    found = []
    for path in root.rglob("*.py"):
        if "screenshots" in path.name or "demo" in path.name:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if callee not in ("Msg", "make_issue") and not callee.endswith("Error"):
                continue
            for kw in node.keywords:
                if kw.arg in _PERSONAL_PARAMS:
                    value = kw.value
                    masked = isinstance(value, ast.Call) and getattr(value.func, "id", getattr(value.func, "attr", "")) \
                        == "mask_nik"
                    if not masked:
                        found.append((path.relative_to(root), node.lineno, kw.arg))
    return found


def test_no_message_template_is_given_an_unmasked_nik_name_kk_or_phone():
    assert _message_calls() == []


@pytest.mark.slow
def test_the_cli_refusals_mask_the_nik(tmp_path):
    from tests.reliability.conftest import DESA, sipera

    data = tmp_path / "d"
    sipera(data, "init", "desa", "--code", DESA, "--operator", "Siti", check=0)
    out = sipera(data, "delete", NIK, "--reason", "pindah", check=1)
    _clean(out.stderr + out.stdout)
    assert "3503********0001" in out.stderr
