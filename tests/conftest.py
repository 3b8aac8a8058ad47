"""Shared fixtures: a fresh data folder per test, a fixed today, and answered prompts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from carehome_desk.paths import resource_path
from carehome_desk.process.processmap import ProcessMap, load_process_map
from carehome_desk.startup import open_data_folder
from carehome_desk.store import settings
from carehome_desk.store.db import close_db
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome
from carehome_desk.store.session import Session

TODAY = date(2026, 12, 4)  # a Friday
MAP_FILE = resource_path("process_maps", "appendix-18.toml")


@pytest.fixture(scope="session")
def process_map() -> ProcessMap:
    return load_process_map(MAP_FILE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def session(data_dir: Path) -> Iterator[Session]:
    """An open data folder with an officer set and today fixed to TODAY."""
    opened = open_data_folder(data_dir)
    opened.clock = lambda: TODAY
    settings.save_officer("Siân Ŵyn", "Contracts")
    yield opened
    close_db()


@pytest.fixture
def home(session: Session) -> CareHome:
    return save_home(
        HomeInput(
            name="Tŷ Gwyn",
            address="1 Heol y Bont\nCaerdydd",
            postcode="CF10 4UW",
            ciw_number="SIN-00012345",
            provider="Gofal Da Cyf",
            responsible_individual="Dafydd ap Gwilym",
            registered_manager="Gwenllïan Jones",
            phone="029 2000 0000",
            email="manager@tygwyn.example",
            beds=30,
        ),
        "Siân Ŵyn",
    )


@dataclass
class AnsweringPrompts:
    """A stand-in for ui.prompts.Prompts that records messages and answers at once."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    opened_files: list[Path] = field(default_factory=list)
    confirm_answer: bool = True
    save_answer: Path | None = None
    suggested_paths: list[Path] = field(default_factory=list)
    print_to: Path | None = None  # the PDF file "printed" to; None cancels the print dialog
    print_requests: list[object] = field(default_factory=list)
    viewer_opens: bool = True  # what open_file reports: whether a viewer showed the file

    def error(self, parent: object, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: object, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, parent: object, title: str, text: str, on_yes: Callable[[], None]) -> None:
        self.confirms.append(text)
        if self.confirm_answer:
            on_yes()

    def save_file(
        self,
        parent: object,
        title: str,
        suggested: Path,
        name_filter: str,
        on_chosen: Callable[[Path], None],
    ) -> None:
        self.suggested_paths.append(suggested)
        if self.save_answer is not None:
            on_chosen(self.save_answer)

    def open_file(self, path: Path) -> bool:
        self.opened_files.append(path)
        return self.viewer_opens

    def print_dialog(self, parent: object, printer, on_accepted: Callable[[], None]) -> None:
        """Answer as a user who prints to the PDF file ``print_to`` at 72 dpi, or cancels."""
        from PySide6.QtPrintSupport import QPrinter

        self.print_requests.append(printer)
        if self.print_to is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.print_to))
            printer.setResolution(72)  # keeps the page images small, so tests stay quick
            on_accepted()


@pytest.fixture
def prompts() -> AnsweringPrompts:
    return AnsweringPrompts()


@pytest.fixture
def ui_context(qtbot, session: Session, prompts: AnsweringPrompts):
    from carehome_desk.ui.context import UiContext
    from carehome_desk.ui.tasks import TaskRunner

    tasks = TaskRunner()
    yield UiContext(session=session, prompts=prompts, tasks=tasks)  # type: ignore[arg-type]
    tasks.wait()


@dataclass
class DeskPrompts(AnsweringPrompts):
    """AnsweringPrompts that also answers the start-up, crash and open-file prompts.

    A crash report stays "open" until the test calls one of ``crash_closers``.
    """

    fatals: list[tuple[str, str]] = field(default_factory=list)
    crashes: list[tuple[str, str]] = field(default_factory=list)
    crash_closers: list[Callable[[], None]] = field(default_factory=list)
    choose_answer: Path | None = None

    def choose_file(
        self,
        parent: object,
        title: str,
        folder: Path,
        name_filter: str,
        on_chosen: Callable[[Path], None],
    ) -> None:
        if self.choose_answer is not None:
            on_chosen(self.choose_answer)

    def fatal(self, parent: object, title: str, text: str, on_closed: Callable[[], None]) -> None:
        self.fatals.append((title, text))
        on_closed()

    def crash(
        self, parent: object, summary: str, details: str, on_closed: Callable[[], None]
    ) -> None:
        self.crashes.append((summary, details))
        self.crash_closers.append(on_closed)


@pytest.fixture
def desk_prompts() -> DeskPrompts:
    return DeskPrompts()
