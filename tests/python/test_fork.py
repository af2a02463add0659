"""A fork after a parallel batch call must not deadlock (Spark, Dask and multiprocessing fork)."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

import naskh

COLUMN = ["۱۲۳ abc ٤٥٦"] * 5000
EXPECTED = ["123 abc 456"] * 5000


@pytest.mark.skipif(sys.platform == "win32", reason="fork does not exist on Windows")
@pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")
def test_fork_after_parallel_call_does_not_deadlock() -> None:
    os.environ.pop("NASKH_NUM_THREADS", None)
    assert naskh.to_ascii_digits_batch(COLUMN) == EXPECTED  # starts naskh's thread pool
    pid = os.fork()
    if pid == 0:  # child: the parent's pool threads do not exist here
        try:
            ok = naskh.to_ascii_digits_batch(COLUMN) == EXPECTED
            os._exit(0 if ok else 1)
        except BaseException:
            os._exit(2)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail("child process deadlocked in a batch call after fork")


def test_thread_cap_from_environment_still_gives_the_same_answer() -> None:
    os.environ["NASKH_NUM_THREADS"] = "1"
    try:
        assert naskh.to_ascii_digits_batch(COLUMN) == EXPECTED
    finally:
        del os.environ["NASKH_NUM_THREADS"]
