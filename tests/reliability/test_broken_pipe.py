"""Output piped into `head`: the command stops quietly when the reader goes away."""

from __future__ import annotations

import subprocess

import pytest

from tests.reliability.conftest import child_env, sipera_cmd

pytestmark = pytest.mark.slow


def test_a_closed_pipe_is_a_quiet_exit():
    proc = subprocess.Popen(sipera_cmd(None, "nik", *["3503011205800001"] * 4000), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=child_env())
    assert proc.stdout.read(200)  # `head -c 200`
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "tak terduga" not in err and "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode in (0, 1, 141)
