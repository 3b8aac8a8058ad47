"""Benchmarks of Care Home Desk at council scale, run with ``python -m tests.benchmarks.bench``."""
