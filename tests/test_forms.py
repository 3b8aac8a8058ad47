"""Loading Designer forms: every named object reachable, Qt's library paths left alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from carehome_desk.paths import bundled_path
from carehome_desk.ui.forms import _object_names, load_form

# Forms that promote widgets to the app's classes are loaded by their windows' tests.
FORMS = sorted(
    path.name
    for path in bundled_path("forms").glob("*.ui")
    if "<customwidgets>" not in path.read_text(encoding="utf-8")
)


def _root_for(name: str) -> QWidget:
    text = bundled_path("forms", name).read_text(encoding="utf-8")
    if 'class="QMainWindow"' in text.split("<widget", 2)[1]:
        return QMainWindow()
    if 'class="QDialog"' in text.split("<widget", 2)[1]:
        return QDialog()
    return QWidget()


@pytest.mark.parametrize("name", FORMS)
def test_every_named_object_on_form(qapp, name):
    root = _root_for(name)
    try:
        form = load_form(name, root)
        names = _object_names(bundled_path("forms", name))
        top = names[0]
        for object_name in names[1:]:
            assert getattr(form, object_name).objectName() == object_name
        assert top not in vars(form) or getattr(form, top) is not root
    finally:
        root.deleteLater()


def test_library_paths_unchanged(qapp):
    before = QCoreApplication.libraryPaths()
    root = QMainWindow()
    load_form("main_window.ui", root)
    assert QCoreApplication.libraryPaths() == before
    root.deleteLater()


def test_missing_name_raises(qapp):
    root = QMainWindow()
    form = load_form("main_window.ui", root)
    with pytest.raises(AttributeError, match="no_such_widget"):
        getattr(form, "no_such_widget")  # noqa: B009
    root.deleteLater()


def test_window_fits_free_screen_area(qapp):
    area = QGuiApplication.primaryScreen().availableGeometry()
    root = QWidget()
    load_form("deadlines_window.ui", root)  # drawn 1180 pixels wide, wider than this screen
    assert area.width() < 1180
    assert root.width() == area.width()
    assert root.height() == 700
    root.deleteLater()


def test_tall_window_fits_free_screen_area(qapp):
    from carehome_desk.ui.case_table_view import FittedRowsTableView

    area = QGuiApplication.primaryScreen().availableGeometry()
    root = QWidget()
    load_form("case_window.ui", root, [FittedRowsTableView])  # drawn 760 pixels tall
    assert root.height() == area.height() - 60
    assert root.height() < 760
    root.deleteLater()


def test_panel_keeps_form_size(qapp):
    parent = QWidget()
    panel = QWidget(parent)
    load_form("plans_panel.ui", panel)
    assert (panel.width(), panel.height()) == (900, 320)
    parent.deleteLater()
