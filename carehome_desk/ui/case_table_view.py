"""A table view that sizes rows and columns to their contents with cached measurements."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QShowEvent
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

# Line and paragraph breaks, and tabs, which the delegate lays out differently from
# QFontMetricsF. The delegate measures every cell that contains one.
_BREAKS_AND_TABS = frozenset("\n\r\t\u2028\u2029")

# Pixels of width a one-line text must have to spare before it is taken to fit without
# wrapping. They cover rounding between QFontMetricsF and the item delegate's text
# layout. The delegate measures any cell that comes closer to its column's width.
_FIT_SPARE = 4


class FittedRowsTableView(QTableView):
    """A QTableView whose size hints for rows and columns are cached between changes.

    With the vertical header in ResizeToContents mode and word wrap on, Qt measures
    every cell through the item delegate each time a column changes width, and the
    columns change width several times while a window is first laid out. This view
    measures a row through the delegate only when one of its cells is too wide to fit
    its column on one line. Every other row contains one line of text, whose height
    it measures once for each combination of fonts in a row. Until the event loop has
    run once after the view was first shown, the column widths are not final, so a
    row that needs the delegate gets the default row height until then, when the
    rows are fitted again. Hints for columns are kept until the model or the font
    changes.

    The estimates assume that cells show text only: an icon or a check box in a cell
    takes width that they leave out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settled = False  # set once the widths after the first show are final
        self._provisional = False  # a row got the default height while not settled
        self._needed: list[tuple[float, ...]] = []  # per row and column: width for one line
        self._row_fonts: list[tuple[str, ...]] = []  # per row: the keys of its cells' fonts
        self._one_line_heights: dict[tuple[str, ...], int] = {}
        self._measured_at: tuple[int, ...] = ()  # the column widths _row_heights are for
        self._row_heights: dict[int, int] = {}
        self._column_widths: dict[int, int] = {}

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            before, after = _change_signals(old)
            for signal in before:
                signal.disconnect(self._invalidate)
            for signal in after:
                signal.disconnect(self._forget)

        super().setModel(model)
        if model is not None:
            before, after = _change_signals(model)
            for signal in before:
                signal.connect(self._invalidate)
            for signal in after:
                signal.connect(self._forget)
        self._forget()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._settled:
            QTimer.singleShot(0, self, self._settle)

    # --- size hints, as the header views request them ----------------------------

    def sizeHintForRow(self, row: int) -> int:
        if not self.wordWrap() or row >= len(self._needed):
            return super().sizeHintForRow(row)

        # Reading the widths on every request, rather than tracking sectionResized, keeps
        # the cache right even if a column changes width before that signal reaches here.
        header = self.horizontalHeader()
        widths = tuple(map(header.sectionSize, range(header.count())))
        if widths != self._measured_at:
            self._row_heights.clear()
            self._measured_at = widths

        height = self._row_heights.get(row)
        if height is None:
            if self._fits_one_line(row, widths):
                height = self._one_line_height(row)
            elif not self._settled:
                self._provisional = True
                return self.verticalHeader().defaultSectionSize()
            else:
                height = super().sizeHintForRow(row)
            self._row_heights[row] = height
        return height

    def sizeHintForColumn(self, column: int) -> int:
        width = self._column_widths.get(column)
        if width is None:
            width = self._measure_column(column)
            self._column_widths[column] = width
        return width

    def _measure_column(self, column: int) -> int:
        """Return Qt's hint for ``column``, measuring only the cells close to the widest."""
        model = self.model()
        rows = len(self._needed)
        precision = self.horizontalHeader().resizeContentsPrecision()
        if model is None or not rows or 0 <= precision < rows:
            return super().sizeHintForColumn(column)  # Qt measures only some rows then
        visible_rows = [row for row in range(rows) if not self.isRowHidden(row)]
        widest = max((self._needed[row][column] for row in visible_rows), default=0)
        if widest == math.inf:
            return super().sizeHintForColumn(column)

        # A cell's width depends on its text and font only, as does its estimate, so one
        # cell per estimate is measured.
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        measured: set[float] = set()
        hint = 0
        for row in visible_rows:
            need = self._needed[row][column]
            if need >= widest - 2 * _FIT_SPARE and need not in measured:
                measured.add(need)
                index = model.index(row, column)
                delegate = self.itemDelegateForIndex(index)
                hint = max(hint, delegate.sizeHint(option, index).width())
        return hint + 1 if self.showGrid() else hint

    def _fits_one_line(self, row: int, widths: tuple[int, ...]) -> bool:
        # A hidden column has width 0, and Qt leaves it out of the row's height.
        needed = self._needed[row]
        if len(needed) != len(widths):
            return False
        return all(need <= width or not width for need, width in zip(needed, widths, strict=True))

    def _one_line_height(self, row: int) -> int:
        """Return the height of ``row``, which fits on one line, measured once per font mix."""
        fonts = self._row_fonts[row]
        height = self._one_line_heights.get(fonts)
        if height is None:
            height = super().sizeHintForRow(row)
            self._one_line_heights[fonts] = height
        return height

    # --- keeping the measurements current ----------------------------------------

    def _settle(self) -> None:
        self._settled = True
        if self._provisional:
            self._provisional = False
            self.resizeRowsToContents()

    def _invalidate(self, *_: Any) -> None:
        """Drop every measurement. Until ``_forget`` runs, Qt measures every row and column."""
        self._row_heights.clear()
        self._column_widths.clear()
        self._one_line_heights.clear()
        self._needed, self._row_fonts = [], []

    def _forget(self, *_: Any) -> None:
        """Drop every measurement, and read each cell's one-line width from the model."""
        self._invalidate()
        self._needed, self._row_fonts = self._one_line_widths()

    def _one_line_widths(self) -> tuple[list[tuple[float, ...]], list[tuple[str, ...]]]:
        model = self.model()
        if model is None:
            return [], []

        style = self.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        spare = margin + _FIT_SPARE + (1 if self.showGrid() else 0)
        view_font = self.font()
        view_key = view_font.key()
        measures = {view_key: _OneLineWidths(view_font, spare)}
        needed, row_fonts = [], []
        for row in range(model.rowCount()):
            widths, keys = [], {view_key}
            for column in range(model.columnCount()):
                index = model.index(row, column)
                key = view_key
                font = model.data(index, Qt.ItemDataRole.FontRole)
                if isinstance(font, QFont):
                    font = font.resolve(view_font)
                    key = font.key()
                    if key not in measures:
                        measures[key] = _OneLineWidths(font, spare)
                keys.add(key)
                widths.append(measures[key].width(model.data(index)))
            needed.append(tuple(widths))
            row_fonts.append(tuple(sorted(keys)))
        return needed, row_fonts


class _OneLineWidths:
    """The column widths texts in one font need to stay on one line, each measured once."""

    def __init__(self, font: QFont, spare: int) -> None:
        self.metrics = QFontMetricsF(font)
        self.spare = spare
        self.widths: dict[str, float] = {}

    def width(self, text: Any) -> float:
        """Return the width ``text`` needs, or infinity if only the delegate can measure it."""
        text = "" if text is None else str(text)
        width = self.widths.get(text)
        if width is None:
            if _BREAKS_AND_TABS.intersection(text):
                width = math.inf
            else:
                width = math.ceil(self.metrics.horizontalAdvance(text)) + self.spare
            self.widths[text] = width
        return width


def _change_signals(model: QAbstractItemModel) -> tuple[list[Any], list[Any]]:
    """Return the model's signals sent before, and after, a change that can alter a size."""
    before = [
        model.modelAboutToBeReset,
        model.layoutAboutToBeChanged,
        model.rowsAboutToBeInserted,
        model.rowsAboutToBeRemoved,
        model.columnsAboutToBeInserted,
        model.columnsAboutToBeRemoved,
    ]
    after = [
        model.modelReset,
        model.layoutChanged,
        model.rowsInserted,
        model.rowsRemoved,
        model.columnsInserted,
        model.columnsRemoved,
        model.dataChanged,
    ]
    return before, after
