"""One app per config folder: a second start raises the running window instead.

The first instance takes a :class:`QLockFile` in the config folder and listens on a
:class:`QLocalServer` whose name is derived from that folder (and the user), so two config
folders are two independent apps. A second instance fails to take the lock, connects to the
server, sends one line ``{"command": "raise", "args": [...]}`` and waits for ``ok``; the
first instance answers and emits :attr:`SingleInstance.raise_requested`.

A lock left behind by a crash or a SIGKILL is recovered: Qt's lock records the owner's PID,
and a lock whose owner is no longer running is removed. The stale lock age is switched off
(``setStaleLockTime(0)``), because a running app keeps its lock for hours without touching
it. A socket file left by a killed first instance is removed before listening, which is safe
because only the holder of the lock listens.

The server is a local (Unix domain / named pipe) socket that only the same user may connect
to; the app opens no other socket.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEventLoop,
    QLockFile,
    QObject,
    QSysInfo,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from acupress_gui.storage.atomic import PRIVATE_FILE_MODE, ensure_private_dir

if TYPE_CHECKING:
    # At run time QtNetwork is imported where a socket is first needed: a normal start
    # listens only after its first frame (see acquire).
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["LOCK_FILE_NAME", "MAX_MESSAGE_BYTES", "SingleInstance", "server_name_for"]

LOCK_FILE_NAME = "acupress-gui.lock"
#: A message longer than this is not from acupress-gui; the connection is dropped.
MAX_MESSAGE_BYTES = 64 * 1024
_RAISE = "raise"
#: Between two attempts to reach a first instance that does not listen yet.
_RETRY_MS = 100


def server_name_for(config_dir: Path) -> str:
    """The local server name for ``config_dir``: short (socket path limit), per user."""
    try:
        folder = str(config_dir.expanduser().resolve())
    except OSError:
        folder = os.path.abspath(config_dir)
    uid = os.getuid() if hasattr(os, "getuid") else 0
    # Not a secret, only a short name: two checksums (64 bits) instead of a cryptographic
    # hash, which would load the crypto library into every start.
    key = f"{uid}\0{folder}".encode()
    return f"acupress-gui-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def _pid_running(pid: int) -> bool:
    """True when a process ``pid`` exists (it may belong to another user)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill would terminate it there; QLockFile.tryLock already checked the owner.
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, as another user's process
        return True
    return True


class SingleInstance(QObject):
    """The single-instance guard of one config folder.

    Args:
        config_dir: The config folder; the lock file lives in it.
        parent: The QObject parent.
    """

    raise_requested = Signal(list)
    """Another start asked this instance to show its window; carries its arguments."""

    def __init__(self, config_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        self.lock_path = config_dir / LOCK_FILE_NAME
        self.server_name = server_name_for(config_dir)
        self._lock = QLockFile(str(self.lock_path))
        # A running app holds its lock for hours: only a dead owner makes a lock stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._primary = False
        self._buffers: dict[QLocalSocket, bytes] = {}
        #: Why the lock or the server could not be used ("" when all is well).
        self.problem = ""

    # ---- first instance ------------------------------------------------------------------

    @property
    def is_primary(self) -> bool:
        """True after :meth:`acquire` returned True (until :meth:`release`)."""
        return self._primary

    @property
    def listening(self) -> bool:
        """True while the server accepts raise requests."""
        return self._server is not None and self._server.isListening()

    def acquire(self, *, listen: bool = True) -> bool:
        """Become the instance of this config folder.

        With ``listen=False`` the lock is taken but the server is started only by
        :meth:`listen` (a second start meanwhile waits and retries, see
        :meth:`notify_running`).

        Returns:
            True when no other instance runs (the server is started); False when one does:
            call :meth:`notify_running` then.
        """
        if self.is_primary:
            return True
        try:
            ensure_private_dir(self.config_dir)
        except OSError as error:
            return self._acquire_without_lock(f"the folder cannot be created: {error.strerror}")
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return self._acquire_without_lock(
                    f"the lock file {self.lock_path} cannot be written"
                )
            if not self._remove_stale_lock():
                return False
        # Qt creates the lock 0666 & umask; like every file in the folder it is private.
        with contextlib.suppress(OSError):
            os.chmod(self.lock_path, PRIVATE_FILE_MODE)
        if listen:
            self._listen()
        self._primary = True
        return True

    def listen(self) -> None:
        """Start the server after ``acquire(listen=False)`` (nothing when it runs already)."""
        if self._primary and self._server is None and not self.problem:
            self._listen()

    @property
    def owner_pid(self) -> int:
        """The PID written in the lock file (0 when there is none or it cannot be read)."""
        pid, _host, _app = self._lock.getLockInfo()
        return int(pid)

    @property
    def owner_alive(self) -> bool:
        """True while the lock is held by a living process (or one that cannot be checked:
        on another computer, or a lock file being written). Never advise deleting the lock
        then: that gives two windows writing one config folder."""
        if not self.lock_path.exists():
            return False
        pid, host, _app = self._lock.getLockInfo()
        if not pid:
            return True
        return host not in ("", QSysInfo.machineHostName()) or _pid_running(int(pid))

    def _remove_stale_lock(self) -> bool:
        """Take over a lock whose owner died; False when the owner is alive."""
        # PySide returns (pid, hostname, appname); pid is 0 when the file cannot be read.
        pid, host, _app = self._lock.getLockInfo()
        # A lock from another computer (shared home folder) cannot be checked: it counts.
        if pid and (host not in ("", QSysInfo.machineHostName()) or _pid_running(int(pid))):
            return False
        # Owner gone (or the file is unreadable garbage): removeStaleLockFile only succeeds
        # when no live process holds the file's native lock.
        self._lock.removeStaleLockFile()
        return self._lock.tryLock(0)

    def _acquire_without_lock(self, problem: str) -> bool:
        """The lock cannot be used (read-only folder): the server alone decides."""
        self.problem = problem
        if self._server_answers():
            return False
        self._listen()
        self._primary = True
        return True

    def _server_answers(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        connected = socket.waitForConnected(500)
        socket.abort()
        return connected

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file with this name is left over from a crash.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            self.problem = (
                f"a second start cannot reach this window ({server.errorString()}); "
                "it will start another window"
            )
            server.deleteLater()
            return
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def release(self) -> None:
        """Stop the server and unlock (the app is quitting)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        if self._lock.isLocked():
            self._lock.unlock()
        self._primary = False

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        buffer = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE_BYTES:
                self._reply(socket, b"error\n")
            else:
                self._buffers[socket] = buffer
            return
        line = buffer.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        args = _parse_message(line)
        if args is None:
            self._reply(socket, b"error\n")
            return
        self._reply(socket, b"ok\n")
        self.raise_requested.emit(args)

    def _reply(self, socket: QLocalSocket, answer: bytes) -> None:
        socket.write(QByteArray(answer))
        socket.flush()
        socket.disconnectFromServer()

    # ---- second instance -----------------------------------------------------------------

    def notify_running(
        self, args: list[str] | None = None, *, timeout_ms: int = 2000, wait_ms: int = 30_000
    ) -> bool:
        """Ask the running instance to raise its window (and use ``args``).

        Two starts at the same moment: the first may hold the lock but not listen yet, or
        listen but not answer yet (its event loop starts once its window is built). So this
        waits and retries while the lock's owner is alive, for up to ``wait_ms``; it gives up
        at once when no living process holds the lock.

        Args:
            args: The command-line arguments to pass on.
            timeout_ms: How long one attempt waits when no living owner holds the lock.
            wait_ms: How long to keep trying while the owner is alive.

        Returns:
            True when the running instance confirmed; False when none answered in time (see
            :attr:`owner_alive` for whether one still runs).
        """
        payload = json.dumps({"command": _RAISE, "args": list(args or [])}).encode() + b"\n"
        deadline = time.monotonic() + max(wait_ms, timeout_ms) / 1000
        while True:
            alive = self.owner_alive
            budget = deadline if alive else time.monotonic() + timeout_ms / 1000
            remaining_ms = max(1, int((budget - time.monotonic()) * 1000))
            answer = self._ask(payload, remaining_ms)
            if answer == "ok":
                return True
            if answer == "refused" or time.monotonic() >= deadline or not self.owner_alive:
                return False
            # Not listening yet: the first start is between its lock and its server.
            QThread.msleep(_RETRY_MS)

    def _ask(self, payload: bytes, timeout_ms: int) -> str:
        """One attempt: "ok", "refused" (an answer that is not ok) or "none"."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        loop = QEventLoop()
        answer = bytearray()
        done = False

        def finish() -> None:
            nonlocal done
            done = True
            loop.quit()

        def on_connected() -> None:
            socket.write(QByteArray(payload))
            socket.flush()

        def on_ready_read() -> None:
            answer.extend(bytes(socket.readAll().data()))
            if b"\n" in answer:
                finish()

        socket.connected.connect(on_connected)
        socket.readyRead.connect(on_ready_read)
        socket.errorOccurred.connect(finish)
        socket.disconnected.connect(finish)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(finish)
        timer.start(timeout_ms)
        socket.connectToServer(self.server_name)
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            done = True
        if not done:
            loop.exec()
        timer.stop()
        if socket.bytesAvailable():
            answer.extend(bytes(socket.readAll().data()))
        socket.blockSignals(True)  # nothing may call back into this finished wait
        socket.abort()
        if bytes(answer).startswith(b"ok\n"):
            return "ok"
        return "refused" if b"\n" in answer else "none"


def _parse_message(line: bytes) -> list[str] | None:
    """The arguments of a raise request, or None when the line is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(message, dict) or message.get("command") != _RAISE:
        return None
    args = message.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        return None
    return list(args)
