"""A hung render worker: quitting ends it within seconds, and a render times out with a message.

The tests suspend the worker with SIGSTOP, as a hung process would be, and always
resume or kill it at the end.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from conftest import TODAY
from plan_samples import make_case, make_plan, ready_item
from test_plan_render_worker import click, environment, export_and_wait, running

from carehome_desk.documents import render_worker
from carehome_desk.documents.plan_pdf import DocumentError
from carehome_desk.documents.render_worker import STOP_WAIT_SECONDS, RenderWorker, default_worker
from carehome_desk.store import plans
from carehome_desk.store.plans import PlanDetails
from carehome_desk.ui import plan_output
from carehome_desk.ui.plan_dialog import PlanDialog

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")


def suspend(process_id: int) -> None:
    os.kill(process_id, signal.SIGSTOP)


def end(process_id: int) -> None:
    """Resume the process, so that it can exit, and kill it if it is still there."""
    for sent in (signal.SIGCONT, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.kill(process_id, sent)


@pytest.fixture
def stopped_default_worker() -> Iterator[int]:
    """Suspend the app's render worker; yield its process id; stop it at the end."""
    process_id = default_worker().process_id()
    suspend(process_id)
    try:
        yield process_id
    finally:
        end(process_id)
        default_worker().shutdown()


@pytest.fixture
def dialog(qtbot, ui_context, home) -> Iterator[PlanDialog]:
    """A plan dialog, shown. It deletes itself when closed, so qtbot does not hold it."""
    session = ui_context.session
    case = make_case(session, home)
    version = plans.create_plan(
        case.id, "DAP", PlanDetails(trigger="Whistleblowing"), [ready_item(1)],
        session.officer(), TODAY,
    )  # fmt: skip
    plan_id = plans.version_content(version.id).plan_id
    plan_dialog = PlanDialog(ui_context, case.id, "DAP", plan_id=plan_id)
    plan_dialog.show()
    yield plan_dialog
    if shiboken6.isValid(plan_dialog):
        plan_dialog.close()


@pytest.fixture
def quick_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_worker, "RENDER_TIMEOUT_SECONDS", 1)


# --- the worker -----------------------------------------------------------------------


def test_shutdown_kills_suspended_worker(qtbot) -> None:
    worker = RenderWorker()
    process_id = worker.process_id()
    suspend(process_id)
    try:
        outcome = worker.submit_render(make_plan())
        started = time.monotonic()
        worker.shutdown()
        took = time.monotonic() - started

        assert took < STOP_WAIT_SECONDS + 3
        qtbot.waitUntil(lambda: not running(process_id), timeout=5_000)
        error = outcome.exception(timeout=10)
        assert isinstance(error, DocumentError)
        assert "stopped unexpectedly" in str(error)
    finally:
        end(process_id)
        worker.shutdown()


def test_shutdown_of_idle_worker_is_quick(qtbot) -> None:
    worker = RenderWorker()
    process_id = worker.process_id()

    started = time.monotonic()
    worker.shutdown()

    assert time.monotonic() - started < STOP_WAIT_SECONDS
    qtbot.waitUntil(lambda: not running(process_id), timeout=5_000)


def test_render_times_out_then_new_worker(qtbot, quick_timeout) -> None:
    worker = RenderWorker()
    process_id = worker.process_id()
    suspend(process_id)
    try:
        with pytest.raises(DocumentError, match="had not finished after"):
            worker.render(make_plan())
        qtbot.waitUntil(lambda: not running(process_id), timeout=5_000)

        assert worker.render(make_plan()).content.startswith(b"%PDF-")
        assert worker.process_id() != process_id
    finally:
        end(process_id)
        worker.shutdown()


# --- the plan dialog ------------------------------------------------------------------


def test_export_times_out_with_message(
    qtbot, dialog, prompts, tmp_path, stopped_default_worker, quick_timeout
):
    prompts.save_answer = tmp_path / "plan.pdf"

    export_and_wait(qtbot, dialog, prompts)

    title, text = prompts.errors[0]
    assert title == "PDF not made"
    assert "had not finished after" in text
    assert "No file was written" in text
    assert dialog.ui.status_label.text() == "Not exported"
    assert not (tmp_path / "plan.pdf").exists()
    qtbot.waitUntil(lambda: not running(stopped_default_worker), timeout=5_000)

    export_and_wait(qtbot, dialog, prompts)

    assert prompts.opened_files == [tmp_path / "plan.pdf"]
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")


def test_dialog_closes_while_worker_hangs(
    qtbot, dialog, ui_context, prompts, tmp_path, stopped_default_worker
):
    prompts.save_answer = tmp_path / "plan.pdf"
    click(qtbot, dialog.ui.export_button)
    assert dialog.ui.status_label.text() == "Making the PDF…"

    click(qtbot, dialog.ui.close_button)

    assert not dialog.isVisible()
    ui_context.tasks.wait()  # the render has gone to the worker
    default_worker().shutdown()  # as the app does when it quits
    qtbot.waitUntil(lambda: not plan_output._rendering, timeout=10_000)
    assert not running(stopped_default_worker)
    assert prompts.errors == []
    assert prompts.opened_files == []
    assert not (tmp_path / "plan.pdf").exists()


def test_export_after_dialog_closed_opens_nothing(qtbot, dialog, prompts, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger=plan_output.__name__)
    prompts.save_answer = tmp_path / "plan.pdf"
    click(qtbot, dialog.ui.export_button)

    click(qtbot, dialog.ui.close_button)

    qtbot.waitUntil(lambda: "after its window closed" in caplog.text, timeout=30_000)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")
    assert prompts.opened_files == []
    assert prompts.infos == []
    assert prompts.errors == []


def print_files() -> set[Path]:
    """Return the temporary PDF files that printing makes."""
    return set(Path(tempfile.gettempdir()).glob("carehome-desk-print-*"))


def test_print_after_dialog_closed_leaves_no_file(qtbot, dialog, prompts, tmp_path):
    prompts.print_to = tmp_path / "printed.pdf"
    before = print_files()
    click(qtbot, dialog.ui.print_button)
    assert len(print_files() - before) == 1

    click(qtbot, dialog.ui.close_button)

    qtbot.waitUntil(lambda: print_files() == before, timeout=30_000)
    assert not plan_output._rendering
    assert not prompts.print_to.exists()
    assert prompts.errors == []


# --- the app --------------------------------------------------------------------------

QUIT_WITH_STOPPED_WORKER = """
import dataclasses, os, signal, sys, time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from carehome_desk.app import run_gui
from plan_samples import make_plan, sized_items

suspend = sys.argv[4] == "suspend"
closed_at = []


class Answers:
    def save_file(self, parent, title, suggested, name_filter, on_chosen):
        on_chosen(Path(sys.argv[3]))

    def open_file(self, path):
        print("viewer opened", flush=True)
        return True

    def info(self, parent, title, text):
        print("info", title, flush=True)

    def error(self, parent, title, text):
        print("error", title, flush=True)


def export():
    from carehome_desk.documents.render_worker import default_worker
    from carehome_desk.ui.main_window import MainWindow
    from carehome_desk.ui.plan_output import PlanOutput

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(100, export)
        return
    window = windows[0]
    worker_id = default_worker().process_id()
    if suspend:
        os.kill(worker_id, signal.SIGSTOP)
    print("worker", worker_id, flush=True)
    plan = make_plan(items=sized_items(600, words=200))  # about 3 s to lay out
    PlanOutput(dataclasses.replace(window.context, prompts=Answers()), window).export(plan)
    QTimer.singleShot(300, lambda: (closed_at.append(time.monotonic()), window.close()))


QTimer.singleShot(100, export)
code = run_gui(Path(sys.argv[1]), Path(sys.argv[2]))
print("quit after", round(time.monotonic() - closed_at[0], 1), flush=True)
sys.exit(code)
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("worker_state", ["suspend", "working"])
def test_app_quits_during_export(tmp_path: Path, worker_state: str) -> None:
    out = tmp_path / "plan.pdf"
    app = subprocess.Popen(
        [sys.executable, "-c", QUIT_WITH_STOPPED_WORKER, str(tmp_path / "data"),
         str(tmp_path / "log"), str(out), worker_state],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=environment(tmp_path),
    )  # fmt: skip
    worker_id = None
    try:
        first = app.stdout.readline().split()
        assert first[:1] == ["worker"], [*first, app.stderr.read()]
        worker_id = int(first[1])
        output, errors = app.communicate(timeout=30)
    finally:
        if worker_id is not None:
            end(worker_id)
        if app.poll() is None:
            app.kill()
            app.communicate()

    assert app.returncode == 0, errors
    lines = output.splitlines()
    assert lines[-1].startswith("quit after"), output
    assert float(lines[-1].split()[-1]) < STOP_WAIT_SECONDS + 2
    assert "viewer opened" not in output
    assert not running(worker_id)
    log_text = (tmp_path / "log" / "carehome_desk.log").read_text(encoding="utf-8")
    assert "PDF render worker stopped" in log_text
