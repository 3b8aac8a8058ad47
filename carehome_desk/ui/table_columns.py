"""Column widths for long tables, measured from the rows' text in Python.

``QHeaderView.ResizeToContents`` asks the model for a dozen roles of every cell
it measures, through Python. With 500 homes that took about 65 ms at start-up,
so the main window's tables measure their text once per reload here instead,
with the font metrics the delegate paints with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

MEASURED_ROWS = 1000  # a column is as wide as its widest text in this many rows


def fit_columns(
    table: QTableView,
    column_texts: Mapping[int, Iterable[str]],
    bold_columns: Iterable[int] = (),
    extra_width: Mapping[int, int] | None = None,
) -> None:
    """Set each column in ``column_texts`` as wide as its widest text, or its header.

    ``bold_columns`` are measured in bold, as rows there may be painted bold.
    ``extra_width`` adds pixels to a column, for a delegate that pads its text.
    """
    header = table.horizontalHeader()
    plain = table.fontMetrics()
    bold_font = QFont(table.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    bold_set = set(bold_columns)
    margin = _text_margin(table)
    for column, texts in column_texts.items():
        metrics = bold if column in bold_set else plain
        # Counts and levels repeat, so each distinct text is measured once.
        widest = max(map(metrics.horizontalAdvance, set(texts)), default=0)
        width = widest + margin + (extra_width or {}).get(column, 0)
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def _text_margin(table: QTableView) -> int:
    """Return the space a QStyledItemDelegate leaves around a cell's text, and a little more.

    The delegate lays text out at fractional widths, which whole-pixel advances can
    round below; the spare pixels keep a text that just fits from wrapping.
    """
    frame = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    return 2 * (frame + 1) + 8


def set_fitted_columns(table: QTableView, stretch_column: int) -> None:
    """Let the user resize every column but ``stretch_column``, which takes the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
