"""The action plan PDF: what each page prints, typed text kept exactly, and page numbering."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from plan_samples import (
    WELSH_LETTERS,
    full_text,
    make_item,
    make_plan,
    page_texts,
    sized_items,
)

from carehome_desk.documents.plan_document import plan_from_json, plan_to_json
from carehome_desk.documents.plan_pdf import PlanItemData, render_plan_pdf


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


def font_names(path: Path) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def flat(text: str) -> str:
    """Return ``text`` on one line, for checks that must not depend on where lines wrap."""
    return " ".join(as_typed(text).split())


def as_typed(text: str) -> str:
    """Return extracted text with the no-break spaces that keep runs of spaces as spaces."""
    return text.replace("\u00a0", " ")


def test_plan_pdf_welsh_names_in_text(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    warnings = render_plan_pdf(make_plan(), out)

    text = flat(full_text(out))
    assert warnings == []
    assert "Tŷ Gwyn" in text
    assert "Siân Ŵyn" in text
    assert "Bryn Ŵyn" in text
    assert "Gwenllïan Jones" in text
    # The home name prints in bold under the title and in regular among the facts.
    assert text.count("Tŷ Gwyn") >= 2


def test_plan_pdf_uses_four_bundled_faces(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(), out)

    names = font_names(out)
    for face in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert any(name.endswith(f"+{face}") for name in names), face
    assert not any("Helvetica" in name for name in names)


def test_plan_pdf_welsh_letters_every_style(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    # The home name prints in bold, the finding in regular, the evidence in italic and
    # the progress entry's author in bold italic.
    item = make_item(
        1,
        finding=f"Regular {WELSH_LETTERS}",
        evidence=f"Italic {WELSH_LETTERS}",
        progress=(dataclasses.replace(make_item(1).progress[0], author=f"B {WELSH_LETTERS}"),),
    )
    plan = make_plan(home_name=f"Bold {WELSH_LETTERS}", items=(item,))

    warnings = render_plan_pdf(plan, out)

    text = flat(full_text(out))
    assert warnings == []
    for prefix in ("Regular", "Italic", "Bold", "B"):
        assert f"{prefix} {WELSH_LETTERS}" in text, prefix


def test_plan_pdf_front_matter(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(), out)

    first_page = flat(page_texts(out)[0])
    for expected in (
        "Isle of Anglesey County Council",
        "Developmental Action Plan (DAP)",
        "DAP-2026-K7QF-0001",
        "CHD-2026-K7QF-0003",
        "Version 2, issued 7 December 2026",
        "Gofal Cymru Cyf.",
        "Ffordd yr Orsaf Llangefni LL77 7AA",
        "SIN-00012345-ABCD",
        "Dafydd Jones",
        "Amber",
        "Set on 4 December 2026",
        "Conditional: No admissions with nursing needs.",
        "Gwenllian Huws, Adult Safeguarding",
        "01248 750057",
        "CIW; Betsi Cadwaladr UHB",
        "Whistleblowing about night staffing.",
        "Unannounced visit on 3 December 2026",
    ):
        assert expected in first_page, expected


def test_plan_pdf_items_and_closing(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan = make_plan()

    render_plan_pdf(plan, out)

    text = flat(full_text(out))
    for expected in (
        "Area: Safeguarding",
        "Priority: High",
        "1. Train all night staff in safeguarding.",
        "2. Display the escalation chart.",
        "Evidence: Interviews with three night carers at Bryn Ŵyn.",
        "Evidence of completion: Training certificates for every night carer.",
        "Accountable Dafydd ap Gwilym",
        "15 January 2027",
        "Not set",
        "In progress",
        "Completed on 5 December 2026",
        "Verified by Gwenllian Huws on 6 December 2026",
        "4 December 2026, Gwenllïan Jones",
        "Half the staff booked.",
        "18 December 2026",
        "6 January 2027",
        "3 February 2027",
        "factually",
        "Any new safeguarding concern.",
        "For the council",
        "For the provider",
        "Rydym yn croesawu gohebiaeth yn Gymraeg.",
        "correspondence in Welsh",
    ):
        assert expected in text, expected
    assert "Support from the council:" in text


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

    render_plan_pdf(make_plan(level_name=None, level_set_on=None, respond_by=None), out)

    text = full_text(out)
    assert "No alert" in text
    assert "Respond by\nNot set" in text


def test_plan_pdf_empty_field_not_recorded(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(registered_manager=" \n"), out)

    assert "Registered Manager Not recorded" in flat(full_text(out))


def test_plan_pdf_cap_title(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(plan_type="CAP"), out)

    assert "Corrective Action Plan (CAP)" in full_text(out)


def test_plan_pdf_draft_marked(tmp_path: Path) -> None:
    draft = tmp_path / "draft.pdf"
    issued = tmp_path / "issued.pdf"

    render_plan_pdf(make_plan(issued_on=None), draft)
    render_plan_pdf(make_plan(), issued)

    assert "Version 2, draft, not issued" in full_text(draft)
    assert "Not issued: draft of 7 December 2026" in flat(full_text(draft))
    assert "DRAFT" in full_text(draft)
    assert "DRAFT" not in full_text(issued)


def test_plan_pdf_markup_round_trips(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    # Short enough to fit on one line in the column, so a line break in the
    # extracted text can only come from the "\n".
    finding = "A & <i>x</i>\n\"q\" 's' > z"
    plan = make_plan(
        home_name="Tŷ & <Gwyn>",
        items=(
            PlanItemData(1, finding, ("Call <manager> & log it",), "R&D", None),
            PlanItemData(2, "<b>not bold</b> &amp; <br/>", ("<para>",), "", None),
        ),
    )

    render_plan_pdf(plan, out)

    text = full_text(out)
    assert "A & <i>x</i>\n\"q\" 's' > z" in text
    assert "Tŷ & <Gwyn>" in text
    assert "Call <manager> & log it" in text
    assert "R&D" in text
    assert "<b>not bold</b> &amp; <br/>" in flat(text)
    assert "<para>" in text


def test_plan_pdf_text_as_typed(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    typed = "Tŷ  Gwyn: two  spaces,\n“curly” quotes — and a dash"
    plan = make_plan(items=(make_item(1, finding=typed, area="", priority="", evidence=""),))

    render_plan_pdf(plan, out)

    assert typed in as_typed(full_text(out))


def test_plan_pdf_long_finding_pages(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    words = " ".join(f"evidence{index % 50}" for index in range(8000))
    plan = make_plan(
        items=(
            make_item(1, finding=words + " FINDINGEND"),
            make_item(2, finding="Short second finding."),
        )
    )

    render_plan_pdf(plan, out)

    texts = page_texts(out)
    page_count = len(texts)
    assert page_count > 10
    last_table_page = next(
        number for number, text in enumerate(texts, start=1) if "Short second finding." in text
    )
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {page_count}" in text
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert "DAP-2026-K7QF-0001" in text
        if number <= last_table_page:
            assert "Finding and evidence" in text  # the repeated header row
    whole = "\n".join(texts)
    assert "FINDINGEND" in whole
    assert "Short second finding." in whole
    assert " ".join(whole.split()).count("evidence49") == 8000 // 50


# Items of about 60 words give these page counts with the layout of this version.
# A layout change may need new counts, which a quick loop over render_plan_pdf finds.
@pytest.mark.parametrize(
    ("items", "words", "pages"),
    [(1, 5, 1), (23, 60, 9), (25, 60, 10), (28, 60, 11), (173, 60, 60)],
)
def test_plan_pdf_page_x_of_y(tmp_path: Path, items: int, words: int, pages: int) -> None:
    out = tmp_path / "plan.pdf"
    plan = make_plan(items=sized_items(items, words), plan_reference="CAP-2026-AB12-0042")

    render_plan_pdf(plan, out)

    texts = page_texts(out)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert "CAP-2026-AB12-0042" in text
        assert "Isle of Anglesey County Council" in text
        assert "Version 2, issued 7 December 2026" in text
    whole = "\n".join(texts)
    assert f"Act on finding {items}." in whole
    assert "correspondence in Welsh" in texts[-1]


def test_plan_pdf_emoji_dropped_and_reported(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    item = make_item(3, finding="Good 👍 progress🦄", evidence="", area="")
    plan = make_plan(items=(item,))

    warnings = render_plan_pdf(plan, out)

    text = full_text(out)
    assert "Good  progress" in as_typed(text) or "Good progress" in text
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
    assert "Responsibility and target" not in text


def test_plan_pdf_progress_per_item(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    render_plan_pdf(make_plan(), tmp_path / "plan.pdf", progress=lambda *call: calls.append(call))

    assert calls == [(1, 2), (2, 2)]


def test_plan_pdf_metadata(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"

    render_plan_pdf(make_plan(), out)

    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == "Developmental Action Plan (DAP) DAP-2026-K7QF-0001"
    assert reader.metadata.author == "Isle of Anglesey County Council"
    assert "Tŷ Gwyn" in reader.metadata.subject
    assert "CHD-2026-K7QF-0003" in reader.metadata.subject
    assert "Version 2" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_plan_json_round_trip() -> None:
    plan = make_plan(home_name="Tŷ & <Gwyn> 👍", level_set_on=None)

    assert plan_from_json(plan_to_json(plan)) == plan


def test_plan_json_unknown_format() -> None:
    with pytest.raises(ValueError, match="format"):
        plan_from_json('{"format": 99, "plan": {}}')


def test_plan_pdf_dates_long_form(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan = make_plan(items=(make_item(1, target_date=date(2027, 9, 30)),))

    render_plan_pdf(plan, out)

    assert "30 September 2027" in full_text(out)


def test_symlink_target_replaced_not_link(tmp_path):
    from carehome_desk.documents.plan_pdf import PlanData, render_plan_pdf

    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    plan = PlanData(
        "DAP",
        "CHD-2026-TEST-0001",
        "Cyngor",
        "Tŷ Gwyn",
        "",
        "",
        "",
        "",
        "",
        "",
        None,
        None,
        "Siân Ŵyn",
        "Contracts",
        date(2026, 12, 4),
    )
    render_plan_pdf(plan, link)
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"%PDF")


def test_device_file_is_refused(tmp_path):
    import os

    from carehome_desk.documents.plan_pdf import DocumentError, PlanData, render_plan_pdf

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    plan = PlanData(
        "DAP",
        "CHD-2026-TEST-0001",
        "Cyngor",
        "Tŷ Gwyn",
        "",
        "",
        "",
        "",
        "",
        "",
        None,
        None,
        "Siân Ŵyn",
        "Contracts",
        date(2026, 12, 4),
    )
    with pytest.raises(DocumentError, match="not a regular file"):
        render_plan_pdf(plan, fifo)
    assert fifo.exists()
