"""The entry point: which arguments start the window and on which data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from carehome_desk import __main__ as entry
from carehome_desk.paths import default_data_dir


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ([], default_data_dir()),
        (["--data-dir", "/srv/desk"], Path("/srv/desk")),
        (["--data-dir=/srv/Tŷ Gwyn & <co>"], Path("/srv/Tŷ Gwyn & <co>")),
        (["--data-dir", "~/desk"], Path.home() / "desk"),
    ],
)
def test_plain_forms_start_window(arguments, expected):
    assert entry.window_folder(arguments) == expected


@pytest.mark.parametrize(
    "arguments",
    [
        ["--data-dir", ""],
        ["--data-dir", "   "],
        ["--data-dir", "--version"],
        ["--data-dir=/srv/desk", "list-cases"],
        ["list-cases"],
        ["--help"],
    ],
)
def test_other_forms_go_to_parser(arguments):
    assert entry.window_folder(arguments) is None


def test_window_started_on_given_folder(monkeypatch, tmp_path):
    started = []
    monkeypatch.setattr("carehome_desk.app.run_gui", lambda folder: started.append(folder) or 0)
    assert entry.main(["--data-dir", str(tmp_path)]) == 0
    assert started == [tmp_path]


def test_empty_folder_rejected_by_parser(capsys):
    with pytest.raises(SystemExit) as stopped:
        entry.main(["--data-dir", ""])
    assert stopped.value.code == 2
    assert "the folder name is empty" in capsys.readouterr().err
