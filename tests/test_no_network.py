"""Starting the app, assessing, exporting and syncing open no socket.

Every program runs in its own process with a ``sitecustomize`` module that
installs a Python audit hook (``sys.addaudithook``). The hook records every
socket created, bound or connected, every name lookup and every HTTP, FTP or
mail connection. At exit it also records any socket the process still has
open, including ones Qt made in C++, read from ``/proc/self/fd`` on Linux.

Where ``strace`` can run, the window's start is also traced at the system-call
level. On Debian 12 with Qt 6 the offscreen platform makes no socket; a real
X11 session connects to the X server's local socket and a desktop session
may connect to D-Bus, which the offscreen tests cannot see.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SITECUSTOMIZE = """
import atexit, os, sys

_LOG = os.environ["CHD_NETWORK_LOG"]
_WATCHED = (
    "socket.__new__", "socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.getnameinfo", "http.client.connect", "urllib.Request", "ftplib.connect",
    "smtplib.connect", "imaplib.open", "poplib.connect", "webbrowser.open",
)

def _write(line):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {sys.argv[:2]} {line}\\n")

def _hook(event, args):
    if event in _WATCHED:
        _write(f"{event} {args!r:.200}")

def _open_sockets():
    folder = "/proc/self/fd"
    if not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        try:
            target = os.readlink(os.path.join(folder, name))
        except OSError:
            continue
        if target.startswith("socket:"):
            _write(f"open at exit: fd {name} {target}")

sys.addaudithook(_hook)
atexit.register(_open_sockets)
"""

APP = """
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from carehome_desk.app import run_gui

def work():
    from carehome_desk.documents.plan_data import plan_data
    from carehome_desk.documents.plan_pdf import render_plan_pdf
    from carehome_desk.process.assessment import Answer
    from carehome_desk.store import cases, settings
    from carehome_desk.store.homes import HomeInput, save_home
    from carehome_desk.ui.main_window import MainWindow

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    session = window.context.session
    settings.save_officer("Siân Ŵyn", "Contracts")
    home = save_home(HomeInput(name="Tŷ Rhwydwaith"), "Siân Ŵyn")
    today = date.today()
    answers = tuple(
        Answer(c.id, c.id == "red-neglect", "Gwelwyd") for c in session.process_map().criteria
    )
    case = cases.record_new_case(
        session.process_map(),
        cases.ConcernInput(home.id, today, "ciw", "Pryder"),
        cases.AssessmentInput(answers, "red", today),
        session.officer(),
        today,
    )
    window.refresh()
    render_plan_pdf(plan_data(session, case.id, "DAP"), Path(sys.argv[3]))
    print("worked", case.reference, flush=True)
    window.close()

QTimer.singleShot(500, work)
sys.exit(run_gui(Path(sys.argv[1]), Path(sys.argv[2])))
"""


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hook_dir), os.environ.get("PYTHONPATH", "")]),
        "CHD_NETWORK_LOG": str(tmp_path / "network.log"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }


def run(env: dict[str, str], *argv: str, wrapper: tuple[str, ...] = ()) -> str:
    result = subprocess.run(
        [*wrapper, sys.executable, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def network_log(env: dict[str, str]) -> list[str]:
    path = Path(env["CHD_NETWORK_LOG"])
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_hook_sees_sockets(environment: dict[str, str]) -> None:
    """The check can fail: a program that makes a socket is caught."""
    run(environment, "-c", "import socket; socket.socket().close()")

    assert any("socket.__new__" in line for line in network_log(environment))


def test_app_assess_export_sync_open_no_socket(environment, tmp_path: Path) -> None:
    data_dir = tmp_path / "Siân Ŵyn" / "data"
    share = tmp_path / "rhannu"
    share.mkdir()

    run(environment, "-m", "carehome_desk", "demo", "--data-dir", str(data_dir))
    worked = run(
        environment, "-c", APP, str(data_dir), str(tmp_path / "log"), str(tmp_path / "a.pdf")
    )
    reference = worked.split()[-1]
    run(
        environment,
        "-m",
        "carehome_desk",
        "export-plan",
        reference,
        "--type",
        "cap",
        "--out",
        str(tmp_path / "b.pdf"),
        "--data-dir",
        str(data_dir),
    )
    run(
        environment,
        "-m",
        "carehome_desk",
        "sync",
        "--share",
        str(share),
        "--data-dir",
        str(data_dir),
    )
    run(
        environment,
        "-m",
        "carehome_desk",
        "backup",
        "--out",
        str(tmp_path / "c.sqlite3"),
        "--data-dir",
        str(data_dir),
    )

    assert worked.startswith("worked CHD-")
    assert (tmp_path / "a.pdf").stat().st_size > 0
    assert any(share.iterdir())
    assert network_log(environment) == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_window_start_makes_no_socket_call(environment, tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    probe = subprocess.run(
        ["strace", "-o", os.devnull, "true"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.strip()}")
    data_dir = tmp_path / "data"

    run(
        environment,
        "-c",
        APP,
        str(data_dir),
        str(tmp_path / "log"),
        str(tmp_path / "a.pdf"),
        wrapper=("strace", "-f", "-e", "trace=socket,socketpair,connect", "-o", str(trace)),
    )

    calls = [
        line for line in trace.read_text().splitlines() if "socket" in line or "connect(" in line
    ]
    assert calls == []
