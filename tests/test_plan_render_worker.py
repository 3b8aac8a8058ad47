"""The PDF render worker process: same PDF as in the app's process, failures, lifetime."""

from __future__ import annotations

import errno
import os
import pickle
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY
from plan_samples import make_case, make_plan, page_texts, ready_item, sized_items
from PySide6.QtCore import Qt
from reportlab import rl_config
from reportlab.platypus import Paragraph

from carehome_desk.documents import plan_story, render_worker
from carehome_desk.documents.plan_pdf import render_plan_pdf, render_plan_pdf_bytes
from carehome_desk.documents.render_worker import RenderWorker, export_plan_pdf
from carehome_desk.store import plans
from carehome_desk.store.plans import PlanDetails
from carehome_desk.ui.plan_dialog import PlanDialog

TESTS = Path(__file__).resolve().parent


def exit_worker(plan: object) -> None:
    """Stand in for the renderer in the worker process, and end that process at once."""
    os._exit(3)


def long_plan():
    """Return a plan whose long rows continue over several pages."""
    return make_plan(items=make_plan().items + sized_items(12, words=700))


def export_dialog(qtbot, ui_context, home) -> PlanDialog:
    session = ui_context.session
    case = make_case(session, home)
    version = plans.create_plan(
        case.id, "DAP", PlanDetails(trigger="Whistleblowing"), [ready_item(1)],
        session.officer(), TODAY,
    )  # fmt: skip
    dialog = PlanDialog(
        ui_context, case.id, "DAP", plan_id=plans.version_content(version.id).plan_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def export_and_wait(qtbot, dialog, prompts) -> None:
    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files or prompts.errors), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.ui.export_button.isEnabled())


# --- the PDF ----------------------------------------------------------------------


def test_plan_data_pickles() -> None:
    plan = make_plan()

    assert pickle.loads(pickle.dumps(plan)) == plan


def test_worker_pdf_matches_in_process(tmp_path: Path) -> None:
    plan = long_plan()
    in_worker = tmp_path / "worker.pdf"
    in_process = tmp_path / "process.pdf"

    warnings = export_plan_pdf(plan, in_worker)
    render_plan_pdf(plan, in_process)

    assert warnings == []
    assert len(page_texts(in_worker)) > 5
    assert page_texts(in_worker) == page_texts(in_process)
    assert in_worker.stat().st_mode & 0o777 == 0o600
    assert sorted(tmp_path.iterdir()) == [in_process, in_worker]


def test_worker_returns_warnings(tmp_path: Path) -> None:
    plan = make_plan(home_name="Tŷ Gwyn 🏠")

    warnings = export_plan_pdf(plan, tmp_path / "plan.pdf")

    assert warnings == render_plan_pdf(plan, tmp_path / "again.pdf")
    assert "U+1F3E0" in warnings[0]


def test_pdf_bytes_same_as_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    path = tmp_path / "plan.pdf"

    render_plan_pdf(long_plan(), path)

    assert render_plan_pdf_bytes(long_plan()).content == path.read_bytes()


def test_wrap_cache_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    cached = render_plan_pdf_bytes(long_plan()).content

    monkeypatch.setattr(plan_story._paragraph_class(), "wrap", Paragraph.wrap)
    uncached = render_plan_pdf_bytes(long_plan()).content

    assert cached == uncached


def test_wrap_cache_breaks_lines_less(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    break_lines = Paragraph.breakLines

    def counted(self, *args, **kwargs):
        calls.append(self)
        return break_lines(self, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    render_plan_pdf_bytes(long_plan())
    cached = len(calls)
    calls.clear()
    monkeypatch.setattr(plan_story._paragraph_class(), "wrap", Paragraph.wrap)
    render_plan_pdf_bytes(long_plan())

    assert cached < len(calls) / 2


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None and not
                    (Path(sys.executable).parent / "pyside6-lrelease").exists(),
                    reason="pyside6-lrelease is not installed")  # fmt: skip
def test_worker_uses_translations(tmp_path: Path) -> None:
    source = tmp_path / "carehome_desk_cy.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="cy_GB"><context><name>PlanPdf</name><message>'
        "<source>Plan items</source><translation>Eitemau'r cynllun</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    subprocess.run([lrelease, str(source)], check=True, capture_output=True)
    worker = RenderWorker([tmp_path / "carehome_desk_cy.qm"])

    try:
        export_plan_pdf(make_plan(), tmp_path / "plan.pdf", worker)
    finally:
        worker.shutdown()

    text = " ".join(page_texts(tmp_path / "plan.pdf"))
    assert "Eitemau'r cynllun" in text
    assert "Plan items" not in text


# --- failures, through the plan dialog --------------------------------------------


def test_export_worker_dies(qtbot, ui_context, prompts, home, tmp_path, monkeypatch):
    dialog = export_dialog(qtbot, ui_context, home)
    folder = tmp_path / "exports"
    folder.mkdir()
    prompts.save_answer = folder / "plan.pdf"
    monkeypatch.setattr(render_worker, "render_plan_pdf_bytes", exit_worker)

    export_and_wait(qtbot, dialog, prompts)

    title, text = prompts.errors[0]
    assert title == "PDF not made"
    assert "stopped unexpectedly" in text
    assert "No file was written" in text
    assert list(folder.iterdir()) == []
    assert dialog.ui.status_label.text() == "Not exported"
    assert dialog.ui.output_progress.isHidden()

    monkeypatch.undo()
    export_and_wait(qtbot, dialog, prompts)

    assert prompts.opened_files == [folder / "plan.pdf"]
    assert (folder / "plan.pdf").read_bytes().startswith(b"%PDF-")
    assert list(folder.iterdir()) == [folder / "plan.pdf"]


def test_print_worker_dies(qtbot, ui_context, prompts, home, tmp_path, monkeypatch):
    dialog = export_dialog(qtbot, ui_context, home)
    prompts.print_to = tmp_path / "printed.pdf"
    monkeypatch.setattr(render_worker, "render_plan_pdf_bytes", exit_worker)

    click(qtbot, dialog.ui.print_button)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=30_000)

    title, text = prompts.errors[0]
    assert title == "PDF not made"
    assert "stopped unexpectedly" in text
    assert dialog.ui.status_label.text() == "Not printed"
    assert not prompts.print_to.exists()
    assert dialog.ui.print_button.isEnabled()


def fail_with(error_number: int):
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(error_number, os.strerror(error_number))

    return fail


@pytest.mark.parametrize(
    ("patched", "error_number", "expected"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("mkstemp", errno.EROFS, "permission denied"),
    ],
)
def test_export_write_errors(
    qtbot, ui_context, prompts, home, tmp_path, monkeypatch, patched, error_number, expected
):
    import tempfile

    dialog = export_dialog(qtbot, ui_context, home)
    folder = tmp_path / "exports"
    folder.mkdir()
    existing = folder / "plan.pdf"
    existing.write_bytes(b"previous export")
    prompts.save_answer = existing
    # The app's process writes the file that the worker rendered, so the patch applies.
    monkeypatch.setattr(os if patched == "fsync" else tempfile, patched, fail_with(error_number))

    export_and_wait(qtbot, dialog, prompts)

    title, text = prompts.errors[0]
    assert title == "PDF not made"
    assert expected in text
    assert str(existing) in text
    assert existing.read_bytes() == b"previous export"
    assert list(folder.iterdir()) == [existing]
    assert prompts.opened_files == []


def test_export_missing_folder(qtbot, ui_context, prompts, home, tmp_path):
    dialog = export_dialog(qtbot, ui_context, home)
    folder = tmp_path / "exports"
    folder.mkdir()
    prompts.save_answer = folder / "no such folder" / "plan.pdf"

    export_and_wait(qtbot, dialog, prompts)

    title, text = prompts.errors[0]
    assert title == "PDF not made"
    assert "does not exist" in text
    assert list(folder.iterdir()) == []


# --- lifetime -------------------------------------------------------------------------

QUIT_APP = """
import dataclasses, os, sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from carehome_desk.app import run_gui
from plan_samples import make_plan

worker_ids = []

class Answers:
    def save_file(self, parent, title, suggested, name_filter, on_chosen):
        on_chosen(Path(sys.argv[3]))

    def open_file(self, path):
        from carehome_desk.documents.render_worker import default_worker

        worker_ids.append(default_worker().process_id())
        window.close()
        return True

    def info(self, parent, title, text):
        pass

    def error(self, parent, title, text):
        print("error", title, text, flush=True)
        window.close()

def export():
    global window
    from carehome_desk.ui.main_window import MainWindow
    from carehome_desk.ui.plan_output import PlanOutput

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    context = dataclasses.replace(window.context, prompts=Answers())
    PlanOutput(context, window).export(make_plan())

QTimer.singleShot(500, export)
code = run_gui(Path(sys.argv[1]), Path(sys.argv[2]))
try:
    os.kill(worker_ids[0], 0)
    print("worker still running", flush=True)
except ProcessLookupError:
    print("worker stopped", flush=True)
sys.exit(code)
"""

KILLED_APP = """
import sys
from carehome_desk.documents.render_worker import RenderWorker

worker = RenderWorker()
print(worker.process_id(), flush=True)
sys.stdin.read()
"""


def environment(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }


def running(process_id: int) -> bool:
    """Return whether the process exists and is not a zombie waiting to be reaped."""
    try:
        status = Path(f"/proc/{process_id}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.slow
def test_worker_stops_when_app_quits(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    done = subprocess.run(
        [sys.executable, "-c", QUIT_APP, str(tmp_path / "data"), str(tmp_path / "log"), str(out)],
        capture_output=True, text=True, encoding="utf-8", env=environment(tmp_path), timeout=120,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "worker stopped", done.stdout
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_worker_exits_when_app_killed(qtbot, tmp_path: Path) -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", KILLED_APP],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment(tmp_path),
    )  # fmt: skip
    try:
        worker_id = int(app.stdout.readline())
        assert running(worker_id)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
        app.stdout.close()
        app.stdin.close()

    qtbot.waitUntil(lambda: not running(worker_id), timeout=15_000)


EXPORT = """
import sys
from pathlib import Path

from carehome_desk.documents.render_worker import default_worker, export_plan_pdf
from plan_samples import make_plan

export_plan_pdf(make_plan(), Path(sys.argv[1]))
default_worker().shutdown()
"""


@pytest.mark.slow
def test_worker_export_opens_no_socket(tmp_path: Path) -> None:
    from test_no_network import SITECUSTOMIZE

    hook_dir = tmp_path / "hook"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = environment(tmp_path)
    env["PYTHONPATH"] = os.pathsep.join([str(hook_dir), env["PYTHONPATH"]])
    env["CHD_NETWORK_LOG"] = str(tmp_path / "network.log")
    trace = tmp_path / "trace.txt"
    # strace -f also traces the worker and the resource tracker that multiprocessing starts.
    wrapper = ["strace", "-f", "-e", "trace=socket,socketpair,connect,bind", "-o", str(trace)]
    if shutil.which("strace") is None:
        wrapper = []

    done = subprocess.run(
        [*wrapper, sys.executable, "-c", EXPORT, str(tmp_path / "plan.pdf")],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip

    if wrapper and "ptrace" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")
    assert not (tmp_path / "network.log").exists()
    if wrapper:
        calls = [line for line in trace.read_text().splitlines() if "(" in line]
        assert calls == []
