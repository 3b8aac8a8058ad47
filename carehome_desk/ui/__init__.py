"""Windows, the concern wizard, views, Qt item models and dialogs."""

from carehome_desk.qt_workarounds import pad_refcounts

# Every window imports this package first, so the padding is in place before
# any view requests data from a model.
pad_refcounts()
