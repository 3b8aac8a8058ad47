"""The shared state of every window: the open data folder, the prompts seam and the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from carehome_desk.store.session import Session
from carehome_desk.ui.prompts import Prompts
from carehome_desk.ui.tasks import TaskRunner


@dataclass
class UiContext:
    session: Session
    prompts: Prompts
    tasks: TaskRunner
