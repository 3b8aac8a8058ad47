"""Issue a plan version from the plan dialog or the plans panel: check, ask, then issue."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans
from carehome_desk.store.plans import ItemInput, PlanNotReady, VersionContent
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.presentation import format_date, translate_error

log = logging.getLogger(__name__)


def show_not_ready(context: UiContext, parent: QWidget, items: Sequence[ItemInput]) -> bool:
    """Show which items lack an action or a target date; return True if any do or none exist."""
    problems = plans.issue_problems(items)
    if not problems and items:
        return False
    error = PlanNotReady(problems)
    context.prompts.error(
        parent, QCoreApplication.translate("PlanIssue", "Plan not issued"), translate_error(error)
    )
    return True


def ask_and_issue(
    context: UiContext,
    parent: QWidget,
    content: VersionContent,
    on_issued: Callable[[VersionContent], None],
) -> None:
    """Ask to issue the draft ``content``; on Yes issue it and call ``on_issued``.

    The store checks the items again and stores the document's data with the version.
    """
    question = QCoreApplication.translate(
        "PlanIssue",
        "Issue version {number} of {reference}, dated {date}? It will no longer change; "
        "later edits make version {next}.",
    ).format(
        number=content.number,
        reference=content.reference,
        date=format_date(context.session.today()),
        next=content.number + 1,
    )
    context.prompts.confirm(
        parent,
        QCoreApplication.translate("PlanIssue", "Issue the plan?"),
        question,
        lambda: _issue(context, parent, content, on_issued),
    )


def _issue(
    context: UiContext,
    parent: QWidget,
    content: VersionContent,
    on_issued: Callable[[VersionContent], None],
) -> None:
    from carehome_desk.documents.plan_data import snapshot_maker

    session = context.session
    try:
        plans.issue_version(
            content.version_id, session.officer(), session.today(), snapshot_maker(session)
        )
    except DeskError as error:
        context.prompts.error(
            parent,
            QCoreApplication.translate("PlanIssue", "Plan not issued"),
            translate_error(error),
        )
        return
    log.info("Issued %s version %d", content.reference, content.number)
    on_issued(plans.version_content(content.version_id))
