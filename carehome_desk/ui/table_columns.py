"""Column widths for long tables, measured from the rows' text in Python.

``QHeaderView.ResizeToContents`` requests a dozen roles of every cell it measures
from the model, through Python. With 500 homes that took about 65 ms at start-up,
so the main window's tables measure their text once per reload here instead,
with the font metrics the delegate paints with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

MEASURED_ROWS = 1000  # a column is as wide as its widest text in this many rows

# The widest a column is made to fit its text. A longer text (a provider name of 200
# characters, say) wraps or is cut short, and the officer can still widen the column.
MAX_FITTED_WIDTH = 360


class ColumnFitter:
    """The column widths of one table, fitted to their text at each reload unless resized by hand.

    Every column but ``stretch_column`` can be resized by hand; that column takes the
    rest of the table's width. A column the officer has resized keeps its width.
    """

    def __init__(self, table: QTableView, stretch_column: int) -> None:
        self.table = table
        self.user_sized: set[int] = set()
        self._fitting = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)

    def fit(
        self,
        column_texts: Mapping[int, Iterable[str]],
        bold_columns: Iterable[int] = (),
        extra_width: Mapping[int, int] | None = None,
    ) -> None:
        """Set each column in ``column_texts`` as wide as its widest text, or its header.

        ``bold_columns`` are measured in bold, as rows there may be painted bold.
        ``extra_width`` adds pixels to a column, for a delegate that pads its text.
        """
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        bold_set = set(bold_columns)
        margin = text_margin(self.table)
        self._fitting = True
        try:
            for column, texts in column_texts.items():
                if column in self.user_sized:
                    continue
                metrics = bold if column in bold_set else plain
                # Counts and levels repeat, so each distinct text is measured once.
                widest = max(map(metrics.horizontalAdvance, set(texts)), default=0)
                width = min(widest + margin + (extra_width or {}).get(column, 0), MAX_FITTED_WIDTH)
                header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        if (
            not self._fitting
            and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
        ):
            self.user_sized.add(column)


def text_margin(table: QTableView) -> int:
    """Return the space a QStyledItemDelegate leaves around a cell's text, and a little more.

    The delegate lays text out at fractional widths, which whole-pixel advances can
    round below; the spare pixels keep a text that just fits from wrapping.
    """
    frame = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    return 2 * (frame + 1) + 8
