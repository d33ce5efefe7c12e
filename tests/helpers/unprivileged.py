"""Run a function as a user whose file modes bind (not root), in a forked child.

CI runs as root, where ``chmod 000`` does not stop a read. As root, a forked child drops to
the ``nobody`` user (``os.setuid``) and runs the function there; as any other user the child
simply runs it. Everything the function needs must be imported before (the child may not be
allowed to read the interpreter's own folder). Tests skip cleanly where this is impossible.
"""

from __future__ import annotations

import os
import pickle
import select
import shutil
import signal
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534


@pytest.fixture
def user_dir() -> Iterator[Path]:
    """A folder the unprivileged user owns (outside pytest's root-only tmp folder)."""
    folder = Path(tempfile.mkdtemp(prefix="acupress-user-"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _drop() -> None:
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def run_as_user[T](function: Callable[..., T], *args: Any, timeout: float = 60) -> T:
    """``function(*args)`` run as the unprivileged user; its return value (picklable).

    An exception in the child fails the test with the child's traceback.
    """
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        try:
            _drop()
            if os.geteuid() == 0:
                raise PermissionError("still root")
            payload = pickle.dumps(("ok", function(*args)))
        except BaseException:
            payload = pickle.dumps(("error", traceback.format_exc()))
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(payload)
        os._exit(0)
    os.close(writer)
    chunks: list[bytes] = []
    try:
        with os.fdopen(reader, "rb") as pipe:
            while True:
                ready, _, _ = select.select([pipe], [], [], timeout)
                if not ready:
                    os.kill(pid, signal.SIGKILL)
                    pytest.fail(f"the unprivileged child blocked for {timeout} s")
                chunk = pipe.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.waitpid(pid, 0)
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "error":
        if "PermissionError: still root" in value:
            pytest.skip("cannot drop to a normal user here")
        pytest.fail(f"the unprivileged child failed:\n{value}")
    result: T = value
    return result
