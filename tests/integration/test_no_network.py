"""The app never touches the network: personal data stays on this machine.

Two checks, on ``--self-test`` and on a whole session in the real window (offscreen):

- In Python: a ``sitecustomize`` guard wraps the ``socket`` module; any socket that is not
  AF_UNIX, any ``connect``/``sendto`` to a non-local address and any name lookup is logged
  and refused.
- At the OS level (Qt's own sockets are C++, invisible to the guard): the process runs under
  ``strace -f -e trace=socket,connect`` and no AF_INET/AF_INET6 socket may be opened. Local
  sockets (the single-instance server, D-Bus, the sound server) are AF_UNIX and allowed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SESSION = ROOT / "tests" / "helpers" / "session_run.py"

GUARD = '''
"""Test guard: log and refuse every network use from Python."""
import os
import socket

_LOG = os.environ["ACU_NET_LOG"]
_real_socket_init = socket.socket.__init__
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto


def _record(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")


def _init(self, family=-1, type=-1, proto=-1, fileno=None):
    if fileno is None and family not in (-1, socket.AF_UNIX):
        _record(f"socket family={family!r}")
        raise OSError("network access is not allowed in acupress-gui tests")
    _real_socket_init(self, family, type, proto, fileno)


def _check(self, address):
    if self.family != socket.AF_UNIX:
        _record(f"connect {address!r}")
        raise OSError("network access is not allowed in acupress-gui tests")


def _connect(self, address):
    _check(self, address)
    return _real_connect(self, address)


def _connect_ex(self, address):
    _check(self, address)
    return _real_connect_ex(self, address)


def _sendto(self, *args):
    _check(self, args[-1])
    return _real_sendto(self, *args)


def _refuse(name):
    def refused(*args, **kwargs):
        _record(f"{name} {args!r}")
        raise OSError(f"{name} is not allowed in acupress-gui tests")
    return refused


socket.socket.__init__ = _init
socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex
socket.socket.sendto = _sendto
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
socket.gethostbyname = _refuse("gethostbyname")
socket.gethostbyname_ex = _refuse("gethostbyname_ex")
_record("guard loaded")
'''


def _env(tmp_path: Path, config: Path, *, guard: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ACUPRESS_CONFIG_DIR"] = str(config)
    paths = [str(ROOT)]
    if guard:
        folder = tmp_path / "guard"
        folder.mkdir(exist_ok=True)
        (folder / "sitecustomize.py").write_text(GUARD)
        env["ACU_NET_LOG"] = str(tmp_path / "network.log")
        paths.insert(0, str(folder))
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"safety_notice_accepted": True}))
    return config


SELF_TEST = [sys.executable, "-m", "acupress_gui", "--self-test"]
RUN_SESSION = [sys.executable, str(SESSION)]


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
@pytest.mark.parametrize("what", ["self-test", "session"])
def test_python_opens_no_network_socket(tmp_path: Path, what: str) -> None:
    config = _config(tmp_path)
    env = _env(tmp_path, config, guard=True)
    command = SELF_TEST if what == "self-test" else [*RUN_SESSION, str(config)]
    result = _run(command, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is True
    log = (tmp_path / "network.log").read_text().splitlines()
    assert log[0] == "guard loaded", "the guard did not run: the test would prove nothing"
    assert log[1:] == [], f"network use from Python: {log[1:]}"


def test_the_guard_catches_a_connection(tmp_path: Path) -> None:
    """The guard itself works: a process that does reach for the network is caught."""
    env = _env(tmp_path, _config(tmp_path), guard=True)
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('example.org', 80), timeout=1)\n"
        "except OSError:\n"
        "    pass\n"
        "try:\n"
        "    socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "except OSError:\n"
        "    pass\n"
        "socket.socket(socket.AF_UNIX).close()\n"
    )
    result = _run([sys.executable, "-c", probe], env)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "network.log").read_text().splitlines()
    assert log[0] == "guard loaded"
    assert log[1].startswith("create_connection")
    assert log[2].startswith("socket family=")
    assert len(log) == 3, "AF_UNIX is allowed"


# ---- at the OS level ----------------------------------------------------------------------


def _strace_problem() -> str:
    """Why strace cannot be used here ("" when it can)."""
    strace = shutil.which("strace")
    if strace is None:
        return "strace is not installed (apt-get install strace)"
    try:
        probe = subprocess.run(
            [strace, "-f", "-o", os.devnull, "true"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"strace cannot run: {error}"
    if probe.returncode != 0:
        return f"strace cannot trace here (ptrace not permitted?): {probe.stderr.strip()}"
    return ""


STRACE_PROBLEM = _strace_problem()
_INET = re.compile(r"\b(socket\(AF_INET6?\b|connect\(.*sa_family=AF_INET6?\b)")
_FAMILY = re.compile(r"socket\((AF_\w+)")


def _traced(command: list[str], env: dict[str, str], log: Path) -> subprocess.CompletedProcess[str]:
    strace = shutil.which("strace")
    assert strace is not None
    return _run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command], env)


@pytest.mark.slow
@pytest.mark.skipif(bool(STRACE_PROBLEM), reason=STRACE_PROBLEM or "strace works")
@pytest.mark.parametrize("what", ["self-test", "session"])
def test_no_inet_socket_at_the_os_level(tmp_path: Path, what: str) -> None:
    config = _config(tmp_path)
    env = _env(tmp_path, config, guard=False)
    command = SELF_TEST if what == "self-test" else [*RUN_SESSION, str(config)]
    log = tmp_path / "strace.log"
    result = _traced(command, env, log)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is True
    calls = log.read_text().splitlines()
    inet = [line for line in calls if _INET.search(line)]
    assert inet == [], "the app opened a network socket:\n" + "\n".join(inet[:20])
    families = {match.group(1) for line in calls if (match := _FAMILY.search(line))}
    # Only local sockets: AF_UNIX (D-Bus, sound server, single-instance server) and the
    # kernel's AF_NETLINK (interface and device queries), never AF_INET or AF_INET6.
    assert families <= {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}, families


@pytest.mark.skipif(bool(STRACE_PROBLEM), reason=STRACE_PROBLEM or "strace works")
def test_strace_would_see_an_inet_socket(tmp_path: Path) -> None:
    """The OS-level check can fail: a process opening an AF_INET socket is seen."""
    log = tmp_path / "strace.log"
    result = _traced(
        [sys.executable, "-c", "import socket; socket.socket(socket.AF_INET).close()"],
        dict(os.environ),
        log,
    )
    assert result.returncode == 0, result.stderr
    assert any(_INET.search(line) for line in log.read_text().splitlines())
