"""Load Qt Designer forms from ``forms/`` into an existing widget.

The loader builds the form's root into the widget passed in, so a window
class owns its form; the named children are collected on a ``Form`` object
held by composition as ``self.ui``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from carehome_desk.paths import form_path


class _IntoWidgetLoader(QUiLoader):
    def __init__(self, root: QWidget, custom_widgets: Iterable[type[QWidget]] = ()) -> None:
        super().__init__(root)
        self._root = root
        for widget_class in custom_widgets:
            self.registerCustomWidget(widget_class)

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None:
            return self._root
        return super().createWidget(class_name, parent, name)


def _new_loader(root: QWidget, custom_widgets: Iterable[type[QWidget]]) -> _IntoWidgetLoader:
    """Return a loader that does not load Qt Designer's plugins.

    A QUiLoader loads every plugin in the ``designer`` folders of the library paths
    when it is built. PySide6 ships three there (Python, QtQuick and WebEngine
    widgets, the last failing to load without WebEngine), which took about 10 ms of
    start-up. No form here uses them, so the loader is built with no library paths.
    """
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return _IntoWidgetLoader(root, custom_widgets)
    finally:
        QCoreApplication.setLibraryPaths(library_paths)


@cache
def _object_names(path: Path) -> tuple[str, ...]:
    """Return the names the form at ``path`` gives its widgets, layouts and actions."""
    names = []
    for element in ElementTree.parse(path).iter():
        name = element.get("name")
        if element.tag in ("widget", "layout", "action") and name and name not in names:
            names.append(name)
    return tuple(names)


class Form:
    """The named widgets, layouts and actions of a loaded form, as attributes."""

    def __init__(self, root: QWidget, names: Iterable[str]) -> None:
        # Looking up the form's own names wraps only those objects for Python; wrapping
        # every child (findChildren) took about 25 ms for the main window.
        for name in names:
            child = root.findChild(QObject, name)
            if child is not None and not name.startswith("qt_") and not hasattr(self, name):
                setattr(self, name, child)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"the form has no widget named {name!r}")


def load_form(file_name: str, root: QWidget, custom_widgets: Iterable[type[QWidget]] = ()) -> Form:
    """Build ``forms/<file_name>`` into ``root`` and return its named children.

    ``custom_widgets`` are the classes the form promotes widgets to (Designer's
    ``<customwidgets>``). The loader builds each with its parent as the only argument.
    """
    path = form_path(file_name)
    ui_file = QFile(str(path))
    if not ui_file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Cannot open form {path}: {ui_file.errorString()}")
    try:
        loaded = _new_loader(root, custom_widgets).load(ui_file)
    finally:
        ui_file.close()
    if loaded is None:
        raise RuntimeError(f"Form {path} could not be loaded")
    if root.isWindow():
        _fit_on_screen(root)
    return Form(root, _object_names(path))


# Room for the title bar and borders, which the window system adds only once a window
# is shown. Title bars are about 30 pixels on common desktops, so this leaves room for
# large ones too (an estimate).
_WINDOW_FRAME_ALLOWANCE = 60


def _fit_on_screen(window: QWidget) -> None:
    """Shrink ``window``'s size from its form to the free area of its screen, if larger.

    A form drawn for a large monitor (the case window is 760 pixels tall) would otherwise
    open with its bottom under the taskbar of a 1366×768 laptop screen.
    """
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(window.width(), area.width())
    height = min(window.height(), area.height() - _WINDOW_FRAME_ALLOWANCE)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
