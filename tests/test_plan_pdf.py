"""Tests for the action plan PDF: text, escaping, long rows, fonts and atomic writing."""

from __future__ import annotations

import dataclasses
import errno
import os
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from carehome_desk.documents import fonts
from carehome_desk.documents.plan_pdf import (
    DocumentError,
    PlanData,
    PlanItemData,
    render_plan_pdf,
)


def make_plan(**changes: object) -> PlanData:
    plan = PlanData(
        plan_type="DAP",
        case_reference="CHD-2026-K7QF-0003",
        council_name="Isle of Anglesey County Council",
        home_name="Tŷ Gwyn",
        home_address="Ffordd yr Orsaf\nLlangefni",
        home_postcode="LL77 7AA",
        ciw_number="SIN-00012345-ABCD",
        provider="Gofal Cymru Cyf.",
        responsible_individual="Dafydd Jones",
        registered_manager="Siân Ŵyn",
        level_name="Amber",
        level_set_on=date(2026, 12, 4),
        prepared_by="Gwenllian Huws",
        prepared_by_team="Adult Safeguarding",
        prepared_on=date(2026, 12, 7),
        items=(
            PlanItemData(
                number=1,
                finding="Night staff could not describe the safeguarding procedure.",
                action_required="Train all night staff in safeguarding.",
                responsible_person="Siân Ŵyn",
                target_date=date(2027, 1, 15),
            ),
            PlanItemData(
                number=2,
                finding="Falls risk assessments were out of date in two care files.",
                action_required="Review every falls risk assessment.",
                responsible_person="Bryn Ŵyn",
                target_date=None,
            ),
        ),
    )
    return dataclasses.replace(plan, **changes)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def full_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def fill_colours(path: Path) -> set[tuple[float, float, float]]:
    """Return every RGB fill colour set in the content streams of the PDF."""
    colours = set()
    for page in pypdf.PdfReader(path).pages:
        content = page.get_contents().get_data()
        for red, green, blue in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) rg", content):
            colours.add((round(float(red), 3), round(float(green), 3), round(float(blue), 3)))
    return colours


def hex_to_rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return (round(red, 3), round(green, 3), round(blue, 3))


def test_plan_pdf_welsh_names_in_text(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    warnings = render_plan_pdf(make_plan(), out)

    text = full_text(out)
    assert warnings == []
    assert "Tŷ Gwyn" in text
    assert "Siân Ŵyn" in text
    assert "Bryn Ŵyn" in text
    # The home name is printed in bold under the title and in regular in the details.
    assert text.count("Tŷ Gwyn") >= 2


def test_plan_pdf_uses_bundled_fonts(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    render_plan_pdf(make_plan(), out)

    font_names = set()
    for page in pypdf.PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font_names.add(str(font.get_object()["/BaseFont"]))

    assert any(name.endswith("+DejaVuSans") for name in font_names)
    assert any(name.endswith("+DejaVuSans-Bold") for name in font_names)
    assert not any("Helvetica" in name for name in font_names)


def test_plan_pdf_header_and_items(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan = make_plan()

    render_plan_pdf(plan, out)

    text = full_text(out)
    for expected in (
        "Developmental Action Plan (DAP)",
        "CHD-2026-K7QF-0003",
        "Ffordd yr Orsaf",
        "LL77 7AA",
        "SIN-00012345-ABCD",
        "Gofal Cymru Cyf.",
        "Dafydd Jones",
        "Amber",
        "4 December 2026",
        "Gwenllian Huws, Adult Safeguarding",
        "7 December 2026",
        "15 January 2027",
        "Not set",
        "correspondence in Welsh",
    ):
        assert expected in text
    for item in plan.items:
        for line in item.finding.split():
            assert line in text


def test_plan_pdf_level_colour(tmp_path: Path) -> None:
    red = tmp_path / "red.pdf"
    render_plan_pdf(make_plan(level_name="Red"), red)
    blue = tmp_path / "blue.pdf"
    render_plan_pdf(make_plan(level_name="Blue"), blue)

    assert hex_to_rgb("#C62828") in fill_colours(red)
    assert "Red" in full_text(red)
    assert hex_to_rgb("#1565C0") in fill_colours(blue)
    assert hex_to_rgb("#C62828") not in fill_colours(blue)


def test_plan_pdf_no_level_or_dates(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(level_name=None, level_set_on=None), out)

    text = full_text(out)
    assert "No escalation" in text
    assert "Alert level set on\nNot set" in text


def test_plan_pdf_empty_field_not_recorded(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(registered_manager=" \n"), out)

    assert "Registered Manager\nNot recorded" in full_text(out)


def test_plan_pdf_cap_title(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(plan_type="CAP"), out)

    assert "Corrective Action Plan (CAP)" in full_text(out)


def test_plan_pdf_markup_round_trips(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    # Short enough to fit on one line in the column, so a line break in the
    # extracted text can only come from the "\n".
    finding = "A & <i>x</i>\n\"q\" 's' > z"
    plan = make_plan(
        home_name="Tŷ & <Gwyn>",
        items=(PlanItemData(1, finding, "Call <manager> & log it", "R&D", None),),
    )

    render_plan_pdf(plan, out)

    text = full_text(out)
    assert "A & <i>x</i>\n\"q\" 's' > z" in text
    assert "Tŷ & <Gwyn>" in text
    assert "Call <manager> & log it" in text
    assert "R&D" in text
    assert "&amp;" not in text
    assert "<br/>" not in text


def test_plan_pdf_long_finding_pages(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    words = " ".join(f"evidence{index % 50}" for index in range(8000))
    plan = make_plan(
        items=(
            PlanItemData(1, words + " FINDINGEND", "Act on it.", "Siân Ŵyn", date(2027, 2, 1)),
            PlanItemData(2, "Short second finding.", "Act.", "Bryn Ŵyn", None),
        )
    )

    render_plan_pdf(plan, out)

    texts = page_texts(out)
    page_count = len(texts)
    assert page_count > 10
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {page_count}" in text
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert "CHD-2026-K7QF-0003" in text
        assert "Action required" in text  # the repeated header row
    whole = "\n".join(texts)
    assert "FINDINGEND" in whole
    assert "Short second finding." in whole


def test_plan_pdf_emoji_dropped_and_reported(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan = make_plan(items=(PlanItemData(3, "Good 👍 progress🦄", "Keep going.", "Siân", None),))

    warnings = render_plan_pdf(plan, out)

    text = full_text(out)
    assert "Good  progress" in text or "Good progress" in text
    assert "👍" not in text
    assert len(warnings) == 1
    assert "Item 3, Finding" in warnings[0]
    assert "U+1F44D" in warnings[0]
    assert "U+1F984" in warnings[0]


def test_plan_pdf_control_characters_removed(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan = make_plan(provider="Gofal\x00 Cymru\x07\x1b Cyf.\r\nLtd")

    warnings = render_plan_pdf(plan, out)

    assert warnings == []
    assert "Gofal Cymru Cyf.\nLtd" in full_text(out)


def test_plan_pdf_no_items(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(items=()), out)

    text = full_text(out)
    assert "This plan has no items." in text
    assert "Target date" not in text


def test_plan_pdf_progress_per_item(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    render_plan_pdf(make_plan(), tmp_path / "plan.pdf", progress=lambda *call: calls.append(call))

    assert calls == [(1, 2), (2, 2)]


def test_plan_pdf_metadata(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(), out)

    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == "Developmental Action Plan (DAP) CHD-2026-K7QF-0003"
    assert reader.metadata.author == "Isle of Anglesey County Council"
    assert "Tŷ Gwyn" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


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


def test_fonts_register_twice() -> None:
    assert fonts.register_fonts() == fonts.FAMILY
    assert fonts.register_fonts() == fonts.FAMILY
