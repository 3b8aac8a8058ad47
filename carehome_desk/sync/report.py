"""The outcome of one sync, and its wording for the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError, Translator, untranslated

_CTX = "Sync"

DAY_MS = 86_400_000
# A clock a day or more from the shared folder's is reported; nothing is rejected for
# it. Skew is measured through file times, which are coarse (two seconds on FAT) and
# include the time taken to write, so the threshold allows five minutes for that.
SKEW_WARNING_MS = DAY_MS - 5 * 60_000


class SyncError(DeskError):
    """The sync could not start or had to stop: the shared folder is missing or not writable."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(_CTX, template, **params)


@dataclass
class Received:
    device_id: str
    label: str
    changes: int = 0
    files: int = 0


@dataclass
class Skipped:
    path: str  # relative to the shared folder, e.g. "<laptop id>/<file name>"
    reason: DeskError


@dataclass
class SyncReport:
    share: Path
    device_id: str = ""
    label: str = ""
    sent_changes: int = 0
    sent_files: int = 0
    received: list[Received] = field(default_factory=list)
    records_updated: int = 0
    conflicts: int = 0
    waiting_records: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[DeskError] = field(default_factory=list)
    new_device_id: str = ""  # set when this laptop took a new id during the sync
    interrupted: bool = False  # the shared folder became unreachable part-way

    @property
    def received_changes(self) -> int:
        return sum(item.changes for item in self.received)

    @property
    def succeeded(self) -> bool:
        """True when every file was read and the share stayed reachable."""
        return not self.skipped and not self.interrupted


def laptop_name(label: str, device_id: str) -> str:
    """Return e.g. "Laptop 3 (3f9a2c1b)": the label, with the id's start to tell laptops apart."""
    short = device_id[:8]
    return f"{label} ({short})" if label else short


def format_report(report: SyncReport, translate: Translator = untranslated) -> list[str]:
    """Return the report as lines of text, translated with ``translate``."""

    def tr(text: str) -> str:
        return translate(_CTX, text)

    lines = [
        tr(QT_TRANSLATE_NOOP("Sync", "Shared folder: {path}")).format(path=report.share),
        tr(QT_TRANSLATE_NOOP("Sync", "This laptop: {laptop}")).format(
            laptop=laptop_name(report.label, report.device_id)
        ),
    ]
    if report.new_device_id:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This laptop's records also appeared under its id on another computer "
                    "(a copy or a restored backup), so it took the new id {id}. Nothing was lost.",
                )
            ).format(id=report.new_device_id)
        )
    lines.append(
        tr(QT_TRANSLATE_NOOP("Sync", "Changes sent: {changes} in {files} files")).format(
            changes=report.sent_changes, files=report.sent_files
        )
    )
    lines.append(
        tr(QT_TRANSLATE_NOOP("Sync", "Changes received: {changes}")).format(
            changes=report.received_changes
        )
    )
    for item in report.received:
        lines.append(
            "  "
            + tr(
                QT_TRANSLATE_NOOP("Sync", "from {laptop}: {changes} changes in {files} files")
            ).format(
                laptop=laptop_name(item.label, item.device_id),
                changes=item.changes,
                files=item.files,
            )
        )
    lines.append(
        tr(QT_TRANSLATE_NOOP("Sync", "Records updated: {count}")).format(
            count=report.records_updated
        )
    )
    lines.append(
        tr(QT_TRANSLATE_NOOP("Sync", "Conflicts waiting for an officer: {count}")).format(
            count=report.conflicts
        )
    )
    if report.waiting_records:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Records waiting for a record they refer to, or duplicating another's "
                    "unique value: {count}",
                )
            ).format(count=report.waiting_records)
        )
    lines.extend(_problems(report, tr, translate))
    return lines


def _problems(report: SyncReport, tr: object, translate: Translator) -> list[str]:
    lines = []
    if report.skipped:
        lines.append(
            tr(QT_TRANSLATE_NOOP("Sync", "Files skipped: {count}")).format(  # type: ignore[operator]
                count=len(report.skipped)
            )
        )
        for item in report.skipped:
            lines.append(f"  {item.path}: {item.reason.message(translate)}")
    for warning in report.warnings:
        lines.append(
            tr(QT_TRANSLATE_NOOP("Sync", "Warning: {message}")).format(  # type: ignore[operator]
                message=warning.message(translate)
            )
        )
    return lines
