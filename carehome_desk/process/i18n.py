"""Marking of user-facing strings in layers that do not import Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate``
finds the call, and the interface or command line translates the text with
``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def untranslated(context: str, text: str) -> str:
    return text


class DeskError(Exception):
    """An error the user can fix, carrying a translatable message template.

    ``template`` is a ``str.format`` pattern marked with ``QT_TRANSLATE_NOOP``
    under ``context``; ``message()`` fills it in after translating it. A
    ``field`` parameter names a form field and is translated in the same context.
    """

    def __init__(self, context: str, template: str, **params: Any) -> None:
        self.context = context
        self.template = template
        self.params: Mapping[str, Any] = params
        super().__init__(self.message())

    def message(self, translate: Translator = untranslated) -> str:
        params = dict(self.params)
        if isinstance(params.get("field"), str):
            params["field"] = translate(self.context, params["field"])
        return translate(self.context, self.template).format(**params)
