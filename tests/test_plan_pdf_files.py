"""The action plan PDF on disk: atomic writing, errors that name the path, and the fonts."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from plan_samples import WELSH_LETTERS, make_plan

from carehome_desk.documents import fonts
from carehome_desk.documents.plan_pdf import DocumentError, render_plan_pdf
from carehome_desk.documents.plan_text import ALL_FACES


def test_plan_pdf_missing_folder_raises(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "plan.pdf"

    with pytest.raises(DocumentError) as raised:
        render_plan_pdf(make_plan(), out)

    assert str(out) in str(raised.value)
    assert "does not exist" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_plan_pdf_parent_is_file_raises(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("notes")

    with pytest.raises(DocumentError) as raised:
        render_plan_pdf(make_plan(), not_a_folder / "plan.pdf")

    assert str(not_a_folder / "plan.pdf") in str(raised.value)
    assert sorted(tmp_path.iterdir()) == [not_a_folder]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions that bind the user"
)
def test_plan_pdf_read_only_folder_raises(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    existing = folder / "plan.pdf"
    existing.write_bytes(b"previous export")
    folder.chmod(0o500)

    try:
        with pytest.raises(DocumentError) as raised:
            render_plan_pdf(make_plan(), existing)
    finally:
        folder.chmod(0o700)

    assert "permission denied" in str(raised.value)
    assert existing.read_bytes() == b"previous export"
    assert list(folder.iterdir()) == [existing]


def test_plan_pdf_target_is_folder_raises(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.mkdir()

    with pytest.raises(DocumentError) as raised:
        render_plan_pdf(make_plan(), target)

    assert str(target) in str(raised.value)
    assert target.is_dir()
    assert list(tmp_path.iterdir()) == [target]


def test_plan_pdf_failure_keeps_existing_file(tmp_path: Path) -> None:
    existing = tmp_path / "plan.pdf"
    existing.write_bytes(b"previous export")

    def fail_midway(done: int, total: int) -> None:
        raise RuntimeError("export cancelled")

    with pytest.raises(RuntimeError, match="export cancelled"):
        render_plan_pdf(make_plan(), existing, progress=fail_midway)

    assert existing.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [existing]


def test_plan_pdf_disk_full_keeps_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "plan.pdf"
    existing.write_bytes(b"previous export")

    def fsync_disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # The PDF bytes are already written when fsync runs, so a direct write to the
    # target would have replaced the old file by this point.
    monkeypatch.setattr(os, "fsync", fsync_disk_full)
    with pytest.raises(DocumentError) as raised:
        render_plan_pdf(make_plan(), existing)

    assert "disk is full" in str(raised.value)
    assert str(existing) in str(raised.value)
    assert existing.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [existing]


def test_plan_pdf_replaces_existing_file(tmp_path: Path) -> None:
    existing = tmp_path / "plan.pdf"
    existing.write_bytes(b"previous export")

    render_plan_pdf(make_plan(), existing)

    assert existing.read_bytes().startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == [existing]


def test_fonts_unsupported_characters() -> None:
    assert fonts.unsupported_characters("Tŷ Gwyn, Ŵyn & ŷ") == []
    assert fonts.unsupported_characters("a👍b👍🦄\n") == ["👍", "🦄"]


def test_fonts_draw_welsh_in_every_face() -> None:
    for face in ALL_FACES:
        assert fonts.unsupported_characters(WELSH_LETTERS, (face,)) == [], face


def test_fonts_register_twice() -> None:
    assert fonts.register_fonts() == fonts.FAMILY
    assert fonts.register_fonts() == fonts.FAMILY
