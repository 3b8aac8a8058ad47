"""Subcommands of the command line, one module each, registered in ``carehome_desk.cli``."""
