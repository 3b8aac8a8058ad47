"""The "New concern" wizard: care home, concern, criteria per alert level, result."""

from carehome_desk.ui.wizard.concern_wizard import ConcernWizard

__all__ = ["ConcernWizard"]
