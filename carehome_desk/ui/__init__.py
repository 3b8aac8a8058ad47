"""Windows, the concern wizard, views, Qt item models and dialogs."""
