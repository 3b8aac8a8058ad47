"""Care Home Desk: escalating concerns about adult care homes, offline."""

__version__ = "0.1.0"
