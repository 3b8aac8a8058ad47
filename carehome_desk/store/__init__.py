"""Local storage: peewee models on SQLite, set-up, and the queries screens need."""

# Import the models first, whichever store module is imported: models.py imports
# plan_models.py part-way through, after the models that plan_models builds on.
from carehome_desk.store import models as _models  # noqa: F401
