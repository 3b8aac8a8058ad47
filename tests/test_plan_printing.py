"""Printing a PDF page by page on a QPrinter, as the print dialog leaves it set up."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from plan_samples import make_plan, sized_items
from PySide6.QtPrintSupport import QPrinter

from carehome_desk.documents.plan_pdf import render_plan_pdf
from carehome_desk.ui.plan_printing import PdfPrintJob, pages_to_print


@pytest.fixture
def pdf_printer(qtbot, tmp_path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    return printer


@pytest.fixture
def plan_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "plan.pdf"
    render_plan_pdf(make_plan(items=sized_items(25)), path)  # 10 pages
    return path


def run_job(qtbot, path: Path, printer: QPrinter) -> tuple[list[tuple[int, int]], list[str]]:
    job = PdfPrintJob(path, printer)
    progress: list[tuple[int, int]] = []
    failures: list[str] = []
    job.progress.connect(lambda done, total: progress.append((done, total)))
    job.failed.connect(failures.append)
    with qtbot.waitSignals([job.finished], timeout=30_000, raising=False):
        job.start()
    return progress, failures


def test_print_job_prints_every_page(qtbot, pdf_printer, plan_pdf, tmp_path):
    progress, failures = run_job(qtbot, plan_pdf, pdf_printer)

    assert failures == []
    assert progress == [(page, 10) for page in range(1, 11)]
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 10


def test_print_job_page_range(qtbot, pdf_printer, plan_pdf, tmp_path):
    pdf_printer.setPrintRange(QPrinter.PrintRange.PageRange)
    pdf_printer.setFromTo(3, 5)

    progress, failures = run_job(qtbot, plan_pdf, pdf_printer)

    assert failures == []
    assert progress[-1] == (3, 3)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 3


def test_print_job_unreadable_pdf(qtbot, pdf_printer, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a PDF")
    job = PdfPrintJob(broken, pdf_printer)

    with qtbot.waitSignal(job.failed) as failed:
        job.start()

    assert "could not be opened" in failed.args[0]


def test_print_job_cancel(qtbot, pdf_printer, plan_pdf):
    job = PdfPrintJob(plan_pdf, pdf_printer)
    job.progress.connect(lambda done, total: job.cancel() if done == 2 else None)

    with qtbot.waitSignal(job.failed) as failed:
        job.start()

    assert failed.args == ["Printing was cancelled."]
    assert job.done == 2


@pytest.mark.parametrize(
    ("page_range", "order", "copies", "expected"),
    [
        (None, QPrinter.PageOrder.FirstPageFirst, 1, [0, 1, 2, 3]),
        ((2, 3), QPrinter.PageOrder.FirstPageFirst, 1, [1, 2]),
        ((3, 9), QPrinter.PageOrder.FirstPageFirst, 1, [2, 3]),
        (None, QPrinter.PageOrder.LastPageFirst, 1, [3, 2, 1, 0]),
        ((1, 2), QPrinter.PageOrder.FirstPageFirst, 2, [0, 1, 0, 1]),
    ],
)
def test_pages_to_print(qtbot, pdf_printer, page_range, order, copies, expected):
    if page_range is not None:
        pdf_printer.setPrintRange(QPrinter.PrintRange.PageRange)
        pdf_printer.setFromTo(*page_range)
    pdf_printer.setPageOrder(order)
    pdf_printer.setCopyCount(copies)

    assert pages_to_print(pdf_printer, 4) == expected
