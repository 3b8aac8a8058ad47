"""PDF documents for the provider: action plans, printed with the bundled DejaVu Sans fonts."""
