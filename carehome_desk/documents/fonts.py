"""The bundled DejaVu Sans family, registered with ReportLab.

ReportLab's built-in PDF fonts print ŵ and ŷ as boxes, so every string in a
document uses this family. ReportLab is imported inside the functions because
the app loads it only on the first export.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from carehome_desk.paths import resource_path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

# ReportLab font name -> bundled file name. The file stem is the font name.
_FONT_FILES = {name: f"{name}.ttf" for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)}

_lock = threading.Lock()
_supported_code_points: dict[str, frozenset[int]] = {}


def register_fonts() -> str:
    """Register the four DejaVu Sans faces and their family with ReportLab.

    Only the first call in a process reads the font files. Later calls return at once, so
    every document builder may call this before it builds. Returns the family name and
    raises FileNotFoundError if a bundled font file is missing.
    """
    with _lock:
        if _supported_code_points:
            return FAMILY

        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        code_points: dict[str, frozenset[int]] = {}
        for font_name, file_name in _FONT_FILES.items():
            font = TTFont(font_name, str(resource_path("fonts", file_name)))
            pdfmetrics.registerFont(font)
            # Glyph 0 is .notdef, the box that a missing character prints as.
            code_points[font_name] = frozenset(
                code_point for code_point, glyph in font.face.charToGlyph.items() if glyph != 0
            )

        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _supported_code_points.update(code_points)
        return FAMILY


def unsupported_characters(text: str, font_names: Iterable[str] = (REGULAR,)) -> list[str]:
    """Return the distinct characters of ``text`` that any of ``font_names`` cannot draw.

    Characters come back in order of first appearance. Line breaks and other control
    characters are not checked, because callers handle them before printing.
    Registers the fonts first if needed.
    """
    register_fonts()
    faces = [_supported_code_points[name] for name in font_names]
    # dict.fromkeys keeps each character once, in order of first appearance.
    return [
        character
        for character in dict.fromkeys(text)
        if not _is_control(character) and any(ord(character) not in face for face in faces)
    ]


def _is_control(character: str) -> bool:
    code_point = ord(character)
    return code_point < 0x20 or 0x7F <= code_point < 0xA0
